/**
 * Search behind a tiny API: createSearcher(records, vocabulary, index?) gives
 * search(query, options) and hints(query). A query is split into concepts
 * (concepts.ts); each is looked up in the prebuilt token index, never by
 * scanning records:
 *  - exact words, and vocabulary phrases side by side, as whole words only;
 *  - the typed word completed (prefix), for as-you-type;
 *  - only when a typed word is in no record: Fuse.js forgives a typo, over the
 *    index's words that start with the same letter (a small candidate set).
 * Rare concepts weigh more than common ones; a title or alias equal to the
 * query comes first; role-like queries put roles first; level descriptors fold
 * under their capability; weak matches fall below a cut relative to the best.
 * The tuning numbers are named below with why.
 */
import Fuse from 'fuse.js';
import { conceptsOf, hintsFor, prepareConcepts, type Concept } from './concepts';
import { MAX_QUERY_LENGTH, MIN_QUERY_LENGTH } from './query-limits';
import type { SearchKind, SearchRecord } from './records';
import {
	ALIAS_BREAK,
	createTokenIndex,
	phraseField,
	postingsOf,
	wordsStartingWith,
	type Field,
	type TokenIndexJSON
} from './token-index';
import { spansOf, tokenize } from './tokens';
import type { Vocabulary } from './vocabulary';

/** A typed word is completed from three letters: "ca" would complete to half the index. */
export const MIN_PREFIX = 3;
/** Typos are forgiven from five letters: a shorter word with one slip is another real word ("chem" → "them"). */
export const MIN_FUZZY_WORD = 5;
/** Fuse's 0 is exact, 1 anything: 0.34 forgives one slip in five letters, two in ten. */
export const FUZZY_THRESHOLD = 0.34;
/** A corrected word differs in length by at most this: "nures" → "nurse", never → "nursing". */
const MAX_LENGTH_GAP = 2;
/** Completions of one typed word kept: "rad" → radiotherapy, radiographer… enough, and cheap. */
const MAX_PREFIX_WORDS = 60;
/** Corrections of one typed word kept: the best few are the likely ones. */
const MAX_FUZZY_WORDS = 6;
/** How much a match counts by field (title, aliases, body): a word only in body text tells less. */
const FIELD_STRENGTH: readonly number[] = [1, 0.95, 0.6];
/** Another way of saying it (SACT for chemotherapy) ranks just below what was typed. */
const VARIANT_STRENGTH = 0.95;
/** A completed word ("physio" → physiotherapist) ranks below the whole word. */
const PREFIX_STRENGTH = 0.85;
/** A corrected word counts this much at Fuse score 0, falling with the score. */
const FUZZY_STRENGTH = 0.85;
/** A title or alias equal to the query (or a way of saying it) outranks every partial match. */
const EXACT_BONUS = 1;
/** The whole query found side by side, as typed, lifts a record by this much. */
const PHRASE_BONUS = 0.25;
/** Only records matching at least this much can hold the whole query; the rest skip the check. */
const PHRASE_CHECK_FROM = 0.5;
/** A role-like query ("CNS", "physio") lifts roles named by it above other kinds. */
const ROLE_FIRST_BONUS = 0.3;
/** Records matching less than this share of the best match's strength are dropped. */
const RELATIVE_CUT = 0.5;
/** Descriptors, offers and domains are nudged below roles and capabilities of equal match. */
const KIND_PENALTY: Partial<Record<SearchKind, number>> = {
	descriptor: 0.04,
	offer: 0.04,
	domain: 0.02
};
/** Concept lookups remembered between keystrokes: typing "clinical nurse" reuses "clinical". */
const CACHE_SIZE = 400;

/** A run of text, marked where it matched the query. */
export interface Segment {
	text: string;
	match: boolean;
}

export interface SearchResult {
	/** The record the result opens: a capability, or its best-matching level descriptor. */
	record: SearchRecord;
	/** 0 is a perfect match; exact title or alias matches score below 0. */
	score: number;
	title: Segment[];
	text: Segment[];
	/** Where the record sits, with the levels whose descriptors matched. */
	context: string;
	/** Keys of every record the result stands for (a capability and its descriptors). */
	keys: string[];
}

export interface SearchOptions {
	limit?: number;
	kinds?: readonly SearchKind[];
	level?: string | null;
}

/** Split text into marked and unmarked runs from [start, end] index pairs (inclusive). */
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

/** Longest phrase marked as one: the vocabulary's longest phrases have five words. */
const MAX_MARKED_PHRASE = 6;

/**
 * Whole words of `text` that matched marked: a phrase only where its words stand side by side.
 * markWords("Advance care planning and care", new Set(["advance care planning"])) marks the first three words.
 */
export function markWords(text: string, phrases: ReadonlySet<string>): Segment[] {
	const spans = spansOf(text);
	const ranges: [number, number][] = [];
	for (let i = 0; i < spans.length;) {
		let n = Math.min(MAX_MARKED_PHRASE, spans.length - i);
		const key = (k: number) =>
			spans
				.slice(i, i + k)
				.map((s) => s.token)
				.join(' ');
		while (n > 0 && !phrases.has(key(n))) n--;
		if (n === 0) {
			i++;
			continue;
		}
		const start = (spans[i] as (typeof spans)[number]).start;
		const end = (spans[i + n - 1] as (typeof spans)[number]).end - 1;
		const last = ranges[ranges.length - 1];
		// Neighbours parted only by a space or hyphen read as one mark.
		if (last && /^[\s-]*$/.test(text.slice(last[1] + 1, start))) last[1] = end;
		else ranges.push([start, end]);
		i += n;
	}
	return segments(text, ranges);
}

/** The index to ship with the records: built once, at build time. */
export function createSearchIndex(records: readonly SearchRecord[]): TokenIndexJSON {
	return createTokenIndex(records);
}

/** What one concept finds: per record, how strongly, whether in a name, and the words that matched. */
type Found = Map<number, { value: number; name: boolean; words: string[] }>;

interface Candidate {
	i: number;
	/** How well the concepts match, 0 to 1. */
	base: number;
	/** Lifts and nudges on top: exact name, phrase, role first, kind. */
	bonus: number;
	/** A title or alias equals the query, or a way of saying it. */
	exact: boolean;
	/** The words and phrases that matched, to mark. */
	words: Set<string>;
}

/** A searcher over records; pass the shipped token index to skip building it in the browser. */
export function createSearcher(
	records: readonly SearchRecord[],
	vocabulary: Vocabulary,
	index?: TokenIndexJSON
) {
	const idx = index ?? createTokenIndex(records);
	const { words } = idx;
	const wordId = new Map(words.map((w, i) => [w, i]));
	const postings = postingsOf(idx);
	const prepared = prepareConcepts(vocabulary);
	const position = new Map(records.map((r, i) => [r.key, i]));
	// Titles and aliases as word sequences, from the index (no second tokenizing in the browser).
	const exact = new Map<string, number[]>();
	idx.fields.forEach(([title, tags], i) => {
		const names: number[][] = [title, []];
		for (const id of tags) {
			if (id === ALIAS_BREAK) names.push([]);
			else names[names.length - 1]?.push(id);
		}
		for (const name of names) {
			const key = name.map((id) => words[id]).join(' ');
			if (key) exact.set(key, [...(exact.get(key) ?? []), i]);
		}
	});

	/** Fuse over the words that start with one letter, built when first needed. */
	const byLetter = new Map<string, Fuse<string>>();
	function corrections(word: string): { id: number; strength: number }[] {
		const letter = word[0] as string;
		let fuse = byLetter.get(letter);
		if (!fuse) {
			const list = words.filter((w) => w[0] === letter && w.length >= MIN_PREFIX);
			fuse = new Fuse(list, {
				includeScore: true,
				ignoreLocation: true,
				threshold: FUZZY_THRESHOLD
			});
			byLetter.set(letter, fuse);
		}
		return fuse
			.search(word)
			.filter((h) => Math.abs(h.item.length - word.length) <= MAX_LENGTH_GAP)
			.slice(0, MAX_FUZZY_WORDS)
			.map((h) => ({
				id: wordId.get(h.item) as number,
				strength: FUZZY_STRENGTH * (1 - (h.score ?? 1))
			}));
	}

	const cache = new Map<string, Found>();
	function find(concept: Concept): Found {
		const cached = cache.get(concept.typed);
		if (cached) return cached;
		const found: Found = new Map();
		const add = (r: number, field: Field | number, strength: number, ids: readonly number[]) => {
			const value = strength * (FIELD_STRENGTH[field] ?? 0);
			const phrase = ids.map((id) => words[id]).join(' ');
			const current = found.get(r);
			if (!current) found.set(r, { value, name: field < 2, words: [phrase] });
			else {
				current.words.push(phrase);
				if (value > current.value) Object.assign(current, { value, name: field < 2 });
			}
		};
		const addWord = (id: number, strength: number) => {
			const p = postings[id];
			if (p) p.records.forEach((r, k) => add(r, p.fields[k] as Field, strength, [id]));
		};
		concept.alternatives.forEach((alternative, a) => {
			const strength = a === 0 ? 1 : VARIANT_STRENGTH;
			const ids = alternative.map((w) => wordId.get(w));
			if (ids.some((id) => id === undefined)) return;
			const known = ids as number[];
			if (known.length === 1) return addWord(known[0] as number, strength);
			// A phrase: check the records holding its rarest word for the words side by side.
			const rarest = known.reduce((a, b) =>
				(postings[a]?.records.length ?? 0) <= (postings[b]?.records.length ?? 0) ? a : b
			);
			for (const r of postings[rarest]?.records ?? []) {
				const field = phraseField(idx.fields[r] ?? [], known);
				if (field >= 0) add(r, field, strength, known);
			}
		});
		if (concept.open) {
			const word = concept.typed;
			const completions =
				word.length >= MIN_PREFIX ? wordsStartingWith(words, word, MAX_PREFIX_WORDS) : [];
			for (const id of completions) addWord(id, PREFIX_STRENGTH);
			// Fuzzy only for a word that is in no record and starts none: a likely typo.
			if (!wordId.has(word) && completions.length === 0 && word.length >= MIN_FUZZY_WORD)
				for (const { id, strength } of corrections(word)) addWord(id, strength);
		}
		if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
		cache.set(concept.typed, found);
		return found;
	}

	/** Every record the query finds, scored (higher is better), weak ones cut. */
	function candidates(query: string): Candidate[] {
		const concepts = conceptsOf(query, prepared);
		if (concepts.length === 0) return [];
		const finds = concepts.map(find);
		// Rare concepts tell more than common ones (inverse document frequency).
		const weights = finds.map((f) => Math.log(1 + records.length / Math.max(1, f.size)));
		const total = weights.reduce((a, b) => a + b, 0);
		const roleLike = finds.some((f) => namesOnlyRoles(f));
		const out = new Map<number, Candidate & { named: number }>();
		finds.forEach((f, c) => {
			const w = (weights[c] as number) / total;
			for (const [i, hit] of f) {
				let entry = out.get(i);
				if (!entry)
					out.set(i, (entry = { i, base: 0, bonus: 0, exact: false, named: 0, words: new Set() }));
				entry.base += w * hit.value;
				if (hit.name) entry.named += w;
				for (const id of hit.words) entry.words.add(id);
			}
		});
		const typed = tokenize(query);
		const whole = typed.map((t) => wordId.get(t));
		const phrase = concepts.length > 1 && whole.every((id) => id !== undefined);
		for (const e of out.values()) {
			const record = records[e.i] as SearchRecord;
			e.bonus -= KIND_PENALTY[record.kind] ?? 0;
			if (roleLike && record.kind === 'role') e.bonus += ROLE_FIRST_BONUS * e.named;
			if (phrase && e.base >= PHRASE_CHECK_FROM) {
				const field = phraseField(idx.fields[e.i] ?? [], whole as number[]);
				if (field >= 0) e.bonus += PHRASE_BONUS * (FIELD_STRENGTH[field] ?? 0);
			}
		}
		for (const [phrasing, strength] of phrasings(typed.join(' '), concepts)) {
			for (const i of exact.get(phrasing) ?? []) {
				const e = out.get(i);
				if (e && !e.exact) Object.assign(e, { exact: true, bonus: EXACT_BONUS * strength });
			}
		}
		const best = Math.max(...[...out.values()].map((e) => e.base));
		return [...out.values()].filter((e) => e.base >= RELATIVE_CUT * best || e.exact);
	}

	/** True when everything a concept finds by name is a role: the query names a job. */
	function namesOnlyRoles(found: Found): boolean {
		let any = false;
		for (const [i, hit] of found) {
			if (!hit.name) continue;
			if (records[i]?.kind !== 'role') return false;
			any = true;
		}
		return any;
	}

	function search(query: string, options: SearchOptions = {}): SearchResult[] {
		const q = query.slice(0, MAX_QUERY_LENGTH).trim();
		if (q.length < MIN_QUERY_LENGTH) return [];
		const kinds = options.kinds?.length ? new Set(options.kinds) : null;
		const kept = candidates(q).filter((c) => {
			const r = records[c.i] as SearchRecord;
			return (!kinds || kinds.has(r.kind)) && (!options.level || r.levels.includes(options.level));
		});
		return fold(kept)
			.sort((a, b) => b.score - a.score || a.head.title.localeCompare(b.head.title))
			.slice(0, options.limit ?? 50)
			.map((f) => present(f));
	}

	interface Folded {
		head: SearchRecord;
		score: number;
		words: Set<string>;
		levels: SearchRecord[];
	}

	/** Descriptors folded under their capability: one result, levels listed. */
	function fold(kept: Candidate[]): Folded[] {
		const out = new Map<string, Folded>();
		const score = (c: Candidate) => c.base + c.bonus;
		for (const c of kept) {
			const r = records[c.i] as SearchRecord;
			if (r.kind !== 'descriptor')
				out.set(r.key, { head: r, score: score(c), words: c.words, levels: [] });
		}
		for (const c of [...kept].sort((a, b) => score(b) - score(a))) {
			const r = records[c.i] as SearchRecord;
			if (r.kind !== 'descriptor' || !r.parent) continue;
			const into = out.get(r.parent) ?? out.get(`fold:${r.parent}`);
			if (into) {
				into.levels.push(r);
				into.score = Math.max(into.score, score(c));
				for (const id of c.words) into.words.add(id);
			} else
				out.set(`fold:${r.parent}`, {
					head: r,
					score: score(c),
					words: new Set(c.words),
					levels: [r]
				});
		}
		return [...out.values()];
	}

	function present(f: Folded): SearchResult {
		const byOrder = (r: SearchRecord) => position.get(r.key) ?? 0;
		const levels = [...f.levels].sort((a, b) => byOrder(a) - byOrder(b)).map((r) => r.context);
		const parent = f.head.parent ? records[position.get(f.head.parent) ?? -1] : undefined;
		const where = parent ? parent.context : f.head.context;
		return {
			record: f.head,
			score: 1 - f.score,
			title: markWords(f.head.title, f.words),
			text: markWords(f.head.text, f.words),
			context: levels.length ? `${where} · ${foundAt(levels)}` : where,
			keys: [f.head.key, ...f.levels.map((r) => r.key).filter((k) => k !== f.head.key)]
		};
	}

	/** The vocabulary's notes for a query (shown with the results, never used to match). */
	const hints = (query: string) => hintsFor(query.slice(0, MAX_QUERY_LENGTH), prepared);

	return { search, hints };
}

/** Levels named one by one, at most this many; more are summarised as a range. */
const MAX_LEVELS_NAMED = 3;

/** Where a capability's descriptors matched: "found at Enhanced, Advanced" or "found at 7 levels, Supportive to Consultant". */
function foundAt(levels: readonly string[]): string {
	if (levels.length <= MAX_LEVELS_NAMED) return `found at ${levels.join(', ')}`;
	return `found at ${levels.length} levels, ${levels[0]} to ${levels[levels.length - 1]}`;
}

/** The query's words, and each way of saying it with one concept swapped, with how strongly each counts. */
function phrasings(typed: string, concepts: readonly Concept[]): [string, number][] {
	const out: [string, number][] = [[typed, 1]];
	for (const c of concepts) {
		for (const alternative of c.alternatives.slice(1)) {
			const swapped = ` ${typed} `.replace(` ${c.typed} `, ` ${alternative.join(' ')} `).trim();
			out.push([swapped, VARIANT_STRENGTH]);
		}
	}
	return out;
}

export type Searcher = ReturnType<typeof createSearcher>;
