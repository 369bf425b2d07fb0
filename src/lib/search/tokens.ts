/**
 * Words as search sees them. One rule for the index, the query and the
 * highlights, so a word that matched is the word that is marked:
 * tokenize("Band 7–8a; IR(ME)R, master's") → ["band", "7", "8a", "irmer", "masters"].
 */

/** A run of letters and digits, with dots, apostrophes and brackets inside it ("W3.3", "IR(ME)R"). */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}.'’()]*/gu;
/** Punctuation a word may end with that is not part of it: "care." or "(Oncology)". */
const TRAILING = /[.'’()]+$/u;

/** The comparable form of one word: no accents, lower case, no apostrophes or brackets. */
export function normaliseWord(word: string): string {
	return word
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/['’()]/g, '');
}

/** A word found in a text, with where it sits (end exclusive) and its comparable form. */
export interface Span {
	start: number;
	end: number;
	token: string;
}

/** Every word of a text with its place, for marking matches as whole words. */
export function spansOf(text: string): Span[] {
	const out: Span[] = [];
	for (const m of text.matchAll(WORD)) {
		const raw = m[0].replace(TRAILING, '');
		const token = normaliseWord(raw);
		if (token) out.push({ start: m.index, end: m.index + raw.length, token });
	}
	return out;
}

/** The comparable words of a text, in order. */
export function tokenize(text: string): string[] {
	return spansOf(text).map((s) => s.token);
}
