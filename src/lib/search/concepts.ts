/**
 * A query as the things it asks for. Each concept is one typed word, or a
 * vocabulary phrase with every other way of saying it:
 * conceptsOf("chemo nurse") → [{typed "chemo", alternatives chemo | chemotherapy | sact | …},
 * {typed "nurse", alternatives nurse}]. Alternatives are matched as whole words
 * only; only the word as typed may be completed or forgiven a typo.
 */
import { STOP_WORDS } from '../stop-words';
import { tokenize } from './tokens';
import type { Vocabulary } from './vocabulary';

export interface Concept {
	/** The words as typed, joined by one space. */
	typed: string;
	/** Each way of saying it as words (the typed form first), for matching side by side. */
	alternatives: string[][];
	/** A single typed word, which may be completed (prefix) or corrected (fuzzy). */
	open: boolean;
}

/** Lookups for concepts and hints, built once from the vocabulary. */
export interface PreparedConcepts {
	alternatives: Map<string, string[]>;
	longest: number;
	hints: { keys: string[]; say: string }[];
}

const key = (phrase: string) => tokenize(phrase).join(' ');

/** The vocabulary turned into lookups by word sequence. */
export function prepareConcepts(vocabulary: Vocabulary): PreparedConcepts {
	const groupOf = new Map<string, string[]>();
	for (const group of vocabulary.equivalents) {
		const keys = group.map(key).filter(Boolean);
		for (const k of keys) groupOf.set(k, [...new Set([...(groupOf.get(k) ?? []), ...keys])]);
	}
	const alternatives = new Map(groupOf);
	for (const { term, senses } of vocabulary.ambiguous ?? []) {
		const all = senses.flatMap((s) => groupOf.get(key(s)) ?? [key(s)]);
		alternatives.set(key(term), [...new Set([key(term), ...all])]);
	}
	const longest = Math.max(1, ...[...alternatives.keys()].map((k) => k.split(' ').length));
	const hints = (vocabulary.hints ?? []).map((h) => ({ keys: h.when.map(key), say: h.say }));
	return { alternatives, longest, hints };
}

/** A number, or a number with a letter ("8a"), that qualifies the word before it. */
const NUMBER = /^\d+[a-z]?$/;

/** A word worth looking for on its own: not a stop word, and not a lone letter. */
const meaningful = (word: string) => !STOP_WORDS.has(word) && (word.length > 1 || /\d/.test(word));

/** The concepts of a query, the longest vocabulary phrase winning at each place. */
export function conceptsOf(query: string, prepared: PreparedConcepts): Concept[] {
	const words = tokenize(query);
	const out: Concept[] = [];
	for (let i = 0; i < words.length;) {
		let taken = 0;
		for (let n = Math.min(prepared.longest, words.length - i); n >= 1 && !taken; n--) {
			const typed = words.slice(i, i + n).join(' ');
			const alternatives = prepared.alternatives.get(typed);
			if (!alternatives) continue;
			const others = alternatives.filter((a) => a !== typed);
			out.push({
				typed,
				alternatives: [typed, ...others].map((a) => a.split(' ')),
				open: n === 1
			});
			taken = n;
		}
		const word = words[i] as string;
		const next = words[i + 1];
		if (!taken && next !== undefined && NUMBER.test(next) && !STOP_WORDS.has(word)) {
			// "band 7", "level 2": the number belongs to the word before it, side by side.
			out.push({ typed: `${word} ${next}`, alternatives: [[word, next]], open: false });
			taken = 2;
		}
		if (!taken) {
			if (meaningful(word)) out.push({ typed: word, alternatives: [[word]], open: true });
			taken = 1;
		}
		i += taken;
	}
	// The same concept typed twice counts once.
	return out.filter((c, i) => out.findIndex((d) => d.typed === c.typed) === i);
}

/** The one-way notes the vocabulary has for a query ("pay bands are not levels"). */
export function hintsFor(query: string, prepared: PreparedConcepts): string[] {
	const words = ` ${tokenize(query).join(' ')} `;
	return prepared.hints
		.filter((h) => h.keys.some((k) => words.includes(` ${k} `)))
		.map((h) => h.say);
}
