/**
 * The token index: every word of every record, numbered once, built at build
 * time and shipped with the records. The browser turns it into postings (which
 * records hold a word, and in which field) in one linear pass, so a keystroke
 * looks words up instead of scanning every record.
 */
import type { SearchRecord } from './records';
import { tokenize } from './tokens';

/** Fields in the order of their strength: a word in the title tells most. */
export const FIELDS = ['title', 'tags', 'text'] as const;
export type Field = 0 | 1 | 2;
/** Marks the gap between two aliases, so a phrase never runs from one alias into the next. */
export const ALIAS_BREAK = -1;

export interface TokenIndexJSON {
	/** Every distinct word, sorted, so a prefix is one binary search away. */
	words: string[];
	/** Per record, per field (title, tags, text), the word numbers in order. */
	fields: [number[], number[], number[]][];
}

/** The words a record is found by: a descriptor only by its text, its name being its capability's. */
function fieldTexts(r: SearchRecord): [string[], string[], string[]] {
	if (r.kind === 'descriptor') return [[], [], [r.text]];
	return [[r.title], r.tags.split(';'), [r.text]];
}

/** The index to ship: built once, at build time. */
export function createTokenIndex(records: readonly SearchRecord[]): TokenIndexJSON {
	const split = records.map((r) => fieldTexts(r).map((parts) => parts.map(tokenize)));
	const words = [...new Set(split.flat(3))].sort();
	const number = new Map(words.map((w, i) => [w, i]));
	const fields = split.map(
		(f) =>
			f.map((parts) =>
				parts.flatMap((tokens, k) => [
					...(k > 0 ? [ALIAS_BREAK] : []),
					...tokens.map((t) => number.get(t) as number)
				])
			) as [number[], number[], number[]]
	);
	return { words, fields };
}

/** For one word: the records holding it and the strongest field it is in (parallel arrays). */
export interface Posting {
	records: number[];
	fields: Field[];
}

/** Postings of every word, from the shipped index. */
export function postingsOf(index: TokenIndexJSON): Posting[] {
	const out: Posting[] = index.words.map(() => ({ records: [], fields: [] }));
	index.fields.forEach((fields, r) => {
		const seen = new Set<number>();
		fields.forEach((ids, f) => {
			for (const id of ids) {
				if (id < 0 || seen.has(id)) continue;
				seen.add(id);
				const p = out[id] as Posting;
				p.records.push(r);
				p.fields.push(f as Field);
			}
		});
	});
	return out;
}

/** Numbers of the words that start with `prefix` (not the word itself), at most `max`. */
export function wordsStartingWith(words: readonly string[], prefix: string, max: number): number[] {
	let lo = 0;
	let hi = words.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if ((words[mid] as string) < prefix) lo = mid + 1;
		else hi = mid;
	}
	const out: number[] = [];
	for (let i = lo; i < words.length && out.length < max; i++) {
		const w = words[i] as string;
		if (!w.startsWith(prefix)) break;
		if (w !== prefix) out.push(i);
	}
	return out;
}

/** The field (strongest first) where the words `ids` stand side by side, or -1. */
export function phraseField(
	fields: readonly (readonly number[])[],
	ids: readonly number[]
): number {
	for (let f = 0; f < fields.length; f++) {
		const row = fields[f] as readonly number[];
		outer: for (let i = 0; i + ids.length <= row.length; i++) {
			for (let k = 0; k < ids.length; k++) if (row[i + k] !== ids[k]) continue outer;
			return f;
		}
	}
	return -1;
}
