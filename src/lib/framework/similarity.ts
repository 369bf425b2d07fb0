/** How alike two pieces of text are, for spotting descriptors that barely change between levels. */
import { STOP_WORDS } from '../stop-words';

/** The meaningful words of a text, lower-cased: "Leads the team's audit" → {leads, team's, audit}. */
export function contentWords(text: string): Set<string> {
	const words = text.toLowerCase().match(/[a-z0-9'’-]+/g) ?? [];
	return new Set(words.filter((w) => !STOP_WORDS.has(w)));
}

/** Jaccard similarity of the content words: 0 shares nothing, 1 the same words. */
export function wordSimilarity(a: string, b: string): number {
	const wa = contentWords(a);
	const wb = contentWords(b);
	if (wa.size === 0 && wb.size === 0) return 1;
	let shared = 0;
	for (const w of wa) if (wb.has(w)) shared += 1;
	return shared / (wa.size + wb.size - shared);
}
