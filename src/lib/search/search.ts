/**
 * Search behind a tiny API: createSearcher(records, vocabulary, index?) gives
 * search(query, options). Matching works word by word, which keeps a keystroke
 * well inside one frame:
 *  - Fuse.js fuzzy-matches each word against titles and aliases (typos forgiven);
 *  - Fuse.js extended search finds each word, and the whole phrase, in titles,
 *    aliases and body text, descriptors included (exact, so it is fast);
 *  - the vocabulary adds NHS abbreviations, synonyms and spellings;
 *  - a title or alias equal to the query always comes first.
 * Rare words weigh more than common ones. The tuning numbers are named below with why.
 */
import Fuse, { type FuseIndex, type FuseResultMatch } from 'fuse.js';
import type { SearchKind, SearchRecord } from './records';
import { STOP_WORDS } from '../framework/similarity';
import { expandQuery, prepareVocabulary, type Vocabulary } from './vocabulary';

/** Longer queries are cut: nobody types more, and the cost grows with length. */
export const MAX_QUERY_LENGTH = 80;
/** One letter matches almost everything, so searching starts at two. */
export const MIN_QUERY_LENGTH = 2;
/** Words shorter than this are matched exactly, not fuzzily: "OT" must not match "to". */
export const MIN_FUZZY_WORD = 4;
/** 0 is exact, 1 anything: 0.3 forgives a typo or two in a word without drowning results. */
export const FUZZY_THRESHOLD = 0.3;
/** Fields fuzzy matching looks at: names only, where a typo is most likely and costs least. */
export const NAME_KEYS = [
	{ name: 'title', weight: 3 },
	{ name: 'tags', weight: 2.5 }
];
/** Fields exact matching looks at: names and body text. */
export const TEXT_KEYS = [
	{ name: 'title', weight: 3 },
	{ name: 'tags', weight: 2.5 },
	{ name: 'text', weight: 1 }
];
/** A word found only in body text counts for this much of a word found in a name. */
const TEXT_ONLY_STRENGTH = 0.6;
/** The whole phrase found as typed lifts a record by this much. */
const PHRASE_BONUS = 0.25;
/** A vocabulary variant ranks a little below what the person actually typed. */
const VARIANT_PENALTY = 0.05;
/** Variants of a query tried at most; each costs a full pass. */
const MAX_QUERY_VARIANTS = 4;
/** Descriptors are many and similar; nudge them below roles and capabilities of equal match. */
const KIND_PENALTY: Partial<Record<SearchKind, number>> = {
	descriptor: 0.04,
	offer: 0.04,
	domain: 0.02
};
/** Word lookups remembered between keystrokes: typing "clinical nurse" reuses "clinical". */
const WORD_CACHE_SIZE = 400;

export const FUSE_NAME_OPTIONS = {
	keys: NAME_KEYS,
	includeScore: true,
	includeMatches: true,
	ignoreLocation: true,
	ignoreDiacritics: true,
	threshold: FUZZY_THRESHOLD,
	minMatchCharLength: MIN_QUERY_LENGTH
};

export const FUSE_TEXT_OPTIONS = {
	keys: TEXT_KEYS,
	includeMatches: true,
	ignoreLocation: true,
	ignoreDiacritics: true,
	useExtendedSearch: true,
	threshold: 0
};

/** A run of text, marked where it matched the query. */
export interface Segment {
	text: string;
	match: boolean;
}

export interface SearchResult {
	record: SearchRecord;
	/** 0 is a perfect match; exact title or alias matches score below 0. */
	score: number;
	title: Segment[];
	text: Segment[];
}

export interface SearchOptions {
	limit?: number;
	kinds?: readonly SearchKind[];
	level?: string | null;
}

/** Split text into marked and unmarked runs from Fuse's [start, end] index pairs. */
export function segments(
	text: string,
	indices: readonly (readonly [number, number])[] = []
): Segment[] {
	const ranges = indices
		.filter(([start, end]) => end - start + 1 >= MIN_QUERY_LENGTH)
		.map(([start, end]) => [start, end] as [number, number])
		.sort((a, b) => a[0] - b[0]);
	const out: Segment[] = [];
	let at = 0;
	for (const [start, end] of ranges) {
		if (end < at) continue;
		const from = Math.max(start, at);
		if (from > at) out.push({ text: text.slice(at, from), match: false });
		const last = out[out.length - 1];
		if (last?.match && from === at) last.text += text.slice(from, end + 1);
		else out.push({ text: text.slice(from, end + 1), match: true });
		at = end + 1;
	}
	if (at < text.length) out.push({ text: text.slice(at), match: false });
	return out;
}

const normalise = (s: string) =>
	s
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();

/** A word made safe for Fuse's extended search, whose operators are ' = ! ^ $ |. */
const literal = (word: string) => word.replace(/[^\p{L}\p{N}\- ]/gu, ' ').trim();

/** The index to ship: the fuzzy name index, serialised (built once, at build time). */
export function createSearchIndex(records: readonly SearchRecord[]) {
	return Fuse.createIndex(NAME_KEYS, namedRecords(records)).toJSON();
}

/** Records that fuzzy name matching looks at: descriptors share their capability's name. */
function namedRecords(records: readonly SearchRecord[]): SearchRecord[] {
	return records.filter((r) => r.kind !== 'descriptor');
}

/** A searcher over records; pass the serialised name index to skip building it in the browser. */
export function createSearcher(
	records: readonly SearchRecord[],
	vocabulary: Vocabulary,
	index?: ReturnType<FuseIndex<SearchRecord>['toJSON']>
) {
	const named = namedRecords(records);
	const position = new Map(records.map((r, i) => [r, i]));
	const names = new Fuse(
		named,
		FUSE_NAME_OPTIONS,
		index ? Fuse.parseIndex<SearchRecord>(index) : undefined
	);
	const texts = new Fuse(records as SearchRecord[], FUSE_TEXT_OPTIONS);
	const prepared = prepareVocabulary(vocabulary);
	const exact = new Map<string, number[]>();
	records.forEach((r, i) => {
		for (const name of [r.title, ...r.tags.split(';')]) {
			const key = normalise(name);
			if (key) exact.set(key, [...(exact.get(key) ?? []), i]);
		}
	});

	/** Records one word finds, with how strongly (1 best), remembered across searches. */
	const wordCache = new Map<
		string,
		{ i: number; value: number; matches: readonly FuseResultMatch[] }[]
	>();
	function lookUp(word: string) {
		const cached = wordCache.get(word);
		if (cached) return cached;
		const hits: { i: number; value: number; matches: readonly FuseResultMatch[] }[] = [];
		const safe = literal(word);
		if (safe) {
			for (const hit of texts.search(`'${safe}`)) {
				const inName = hit.matches?.some((m) => m.key !== 'text');
				hits.push({
					i: position.get(hit.item) ?? -1,
					value: inName ? 1 : TEXT_ONLY_STRENGTH,
					matches: hit.matches ?? []
				});
			}
		}
		if (word.length >= MIN_FUZZY_WORD) {
			for (const hit of names.search(word)) {
				hits.push({
					i: position.get(hit.item) ?? -1,
					value: 1 - (hit.score ?? 1),
					matches: hit.matches ?? []
				});
			}
		}
		if (wordCache.size >= WORD_CACHE_SIZE)
			wordCache.delete(wordCache.keys().next().value as string);
		wordCache.set(word, hits);
		return hits;
	}

	/** Scores (lower is better) and matches of every record one variant of the query finds. */
	function pass(
		variant: string,
		penalty: number,
		into: Map<number, { score: number; matches: FuseResultMatch[] }>
	) {
		const offer = (i: number, score: number, matches: FuseResultMatch[]) => {
			const current = into.get(i);
			if (!current || score < current.score) into.set(i, { score, matches });
		};
		for (const i of exact.get(normalise(variant)) ?? []) offer(i, -1 + penalty, []);

		const words = [...new Set(normalise(variant).split(' '))].filter(
			(w) => w.length >= MIN_QUERY_LENGTH && !STOP_WORDS.has(w)
		);
		if (words.length === 0) return;
		const strength = new Map<number, number>();
		const matches = new Map<number, FuseResultMatch[]>();
		let weights = 0;
		for (const word of words) {
			const found = new Map<number, number>();
			const note = (i: number, value: number, m: readonly FuseResultMatch[]) => {
				if ((found.get(i) ?? 0) < value) found.set(i, value);
				matches.set(i, [...(matches.get(i) ?? []), ...m]);
			};
			for (const hit of lookUp(word)) note(hit.i, hit.value, hit.matches);
			// Rare words tell more than common ones (inverse document frequency).
			const weight = Math.log(1 + records.length / Math.max(1, found.size));
			weights += weight;
			for (const [i, value] of found) strength.set(i, (strength.get(i) ?? 0) + weight * value);
		}
		const phrase = words.length > 1 ? literal(normalise(variant)) : '';
		const phraseHits = new Set(
			phrase ? texts.search(`'"${phrase}"`).map((h) => position.get(h.item) ?? -1) : []
		);
		for (const [i, total] of strength) {
			const record = records[i];
			if (!record) continue;
			const score =
				1 -
				total / weights +
				penalty +
				(KIND_PENALTY[record.kind] ?? 0) -
				(phraseHits.has(i) ? PHRASE_BONUS : 0);
			offer(i, score, matches.get(i) ?? []);
		}
	}

	function search(query: string, options: SearchOptions = {}): SearchResult[] {
		const q = query.slice(0, MAX_QUERY_LENGTH).trim();
		if (q.length < MIN_QUERY_LENGTH) return [];
		const found = new Map<number, { score: number; matches: FuseResultMatch[] }>();
		expandQuery(q, prepared)
			.slice(0, MAX_QUERY_VARIANTS)
			.forEach((variant, v) => pass(variant, v === 0 ? 0 : VARIANT_PENALTY, found));
		const kinds = options.kinds?.length ? new Set(options.kinds) : null;
		return [...found.entries()]
			.map(([i, { score, matches }]) => ({ record: records[i] as SearchRecord, score, matches }))
			.filter(({ record }) => !kinds || kinds.has(record.kind))
			.filter(({ record }) => !options.level || record.levels.includes(options.level))
			.sort((a, b) => a.score - b.score || a.record.title.localeCompare(b.record.title))
			.slice(0, options.limit ?? 50)
			.map(({ record, score, matches }) => ({
				record,
				score,
				title: segments(record.title, indicesFor(matches, 'title')),
				text: segments(record.text, indicesFor(matches, 'text'))
			}));
	}

	return { search };
}

/** Every matched range of one key, from matches of several searches. */
function indicesFor(matches: readonly FuseResultMatch[], key: string): [number, number][] {
	return matches
		.filter((m) => m.key === key)
		.flatMap((m) => m.indices.map(([a, b]) => [a, b] as [number, number]));
}

export type Searcher = ReturnType<typeof createSearcher>;
