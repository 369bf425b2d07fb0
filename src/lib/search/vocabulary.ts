/**
 * Search vocabulary: groups of phrases that mean the same to NHS staff
 * (abbreviations, synonyms, UK and US spellings), kept as data in
 * framework-data/search-vocabulary.json. A query that contains one phrase of a
 * group is searched again with each other phrase in its place.
 */

/** Groups of phrases that mean the same; checked by vocabulary-schema.ts at build time. */
export interface Vocabulary {
	$comment?: string;
	equivalents: string[][];
	/** Abbreviations with more than one meaning ("ACP"): search looks for every sense. */
	ambiguous?: { term: string; senses: string[] }[];
	/** One-way notes shown when a query names a phrase; never used for matching ("band 7"). */
	hints?: { when: string[]; say: string }[];
}

/** Most variants a query can grow into, so a query full of abbreviations stays fast. */
export const MAX_VARIANTS = 8;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A prepared vocabulary: each phrase with a pattern that finds it as whole words. */
export function prepareVocabulary(vocabulary: Vocabulary) {
	return vocabulary.equivalents.map((group) =>
		group.map((phrase) => ({
			phrase,
			pattern: new RegExp(`(^|[^\\p{L}\\p{N}])${escape(phrase)}(?=$|[^\\p{L}\\p{N}])`, 'iu')
		}))
	);
}

export type PreparedVocabulary = ReturnType<typeof prepareVocabulary>;

/**
 * The query and the variants the vocabulary gives it, the query first.
 * expandQuery("chemo nurse") → ["chemo nurse", "chemotherapy nurse", "SACT nurse", …]
 */
export function expandQuery(query: string, vocabulary: PreparedVocabulary): string[] {
	const variants = [query];
	for (const group of vocabulary) {
		for (const { pattern } of group) {
			const match = pattern.exec(query);
			if (!match) continue;
			for (const other of group) {
				if (other.pattern === pattern) continue;
				variants.push(query.replace(pattern, (_all, before: string) => `${before}${other.phrase}`));
			}
			break;
		}
	}
	return [...new Set(variants)].slice(0, MAX_VARIANTS);
}
