/** The search vocabulary, read and checked at build time; a bad file fails the build. */
import type { Vocabulary } from '$lib/search/vocabulary';
import { vocabularySchema } from '$lib/search/vocabulary-schema';
import raw from '../../../framework-data/search-vocabulary.json';

/** The search vocabulary, checked; a bad file throws, so the build fails. */
export function getVocabulary(): Vocabulary {
	const parsed = vocabularySchema.safeParse(raw);
	if (!parsed.success) {
		const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
		throw new Error(`framework-data/search-vocabulary.json has problems:\n${lines.join('\n')}`);
	}
	return parsed.data;
}
