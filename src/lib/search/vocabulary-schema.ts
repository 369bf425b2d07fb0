/**
 * The check of framework-data/search-vocabulary.json, run at build time and in
 * tests. Kept apart from vocabulary.ts so that zod does not ship to the browser.
 */
import { z } from '../zod';
import type { Vocabulary } from './vocabulary';

const phrase = z.string().trim().min(1);

export const vocabularySchema: z.ZodType<Vocabulary> = z
	.object({
		$comment: z.string().optional(),
		equivalents: z.array(z.array(phrase).min(2)),
		ambiguous: z.array(z.object({ term: phrase, senses: z.array(phrase).min(2) })).optional(),
		hints: z.array(z.object({ when: z.array(phrase).min(1), say: phrase })).optional()
	})
	.superRefine((v, ctx) => {
		// An ambiguous term must not also sit in a group, or one of its senses would win silently.
		const grouped = new Set(v.equivalents.flat().map((p) => p.toLowerCase()));
		v.ambiguous?.forEach((a, i) => {
			if (grouped.has(a.term.toLowerCase()))
				ctx.addIssue({
					code: 'custom',
					path: ['ambiguous', i, 'term'],
					message: `"${a.term}" has several senses, so it must not also be in an equivalents group`
				});
		});
	});
