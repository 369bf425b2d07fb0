/**
 * The check of framework-data/search-vocabulary.json, run at build time and in
 * tests. Kept apart from vocabulary.ts so that zod does not ship to the browser.
 */
import { z } from '../zod';
import type { Vocabulary } from './vocabulary';

export const vocabularySchema: z.ZodType<Vocabulary> = z.object({
	$comment: z.string().optional(),
	equivalents: z.array(z.array(z.string().trim().min(1)).min(2))
});
