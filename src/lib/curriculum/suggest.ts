/**
 * Suggesting capabilities for a learning outcome. Each capability is a small
 * document (title, summary, one descriptor per level); an outcome's words are
 * stemmed, widened with the search vocabulary (SACT ↔ chemotherapy), and
 * matched, rarer words counting for more (inverse document frequency). Every
 * suggestion carries the words that matched and the level it fits best, so an
 * educator can see why and judge it.
 */
import { STOP_WORDS } from '../framework/similarity';
import { prepareVocabulary } from '../search/vocabulary';
import type { CurriculumData } from './data';

/** How much a word in each part of a capability counts: the title says what it is about. */
const FIELD_WEIGHT = { title: 3, summary: 2, descriptor: 1 } as const;
/** A word reached through the vocabulary (SACT for chemotherapy) counts a little less. */
const SYNONYM_WEIGHT = 0.8;
/** Stems are cut to this length, so communicate/communication/communicating meet. */
const STEM_LENGTH = 7;
/** Suggestions shown for one outcome: enough to choose from, few enough to read. */
export const MAX_SUGGESTIONS = 5;
/** Below this share of the best match a suggestion is noise. */
const MIN_SHARE_OF_BEST = 0.3;
/** Below this relevance (0–1) nothing is suggested at all. */
const MIN_RELEVANCE = 0.06;
/** Relevance at which a suggestion is called a strong or a good match. */
export const STRONG_MATCH = 0.3;
export const GOOD_MATCH = 0.15;
/** Weights of the three things that choose a level: descriptor words, verbs, the programme's level. */
const LEVEL_WEIGHT = { descriptor: 0.3, verbs: 1, programme: 1.5 } as const;

/** Words that say nothing about content in a learning outcome: "students will be able to…". */
const OUTCOME_STOP_WORDS = new Set(
	'students student learners learner will be able demonstrate demonstrating show showing including include includes e g eg etc i ie appropriate appropriately relevant range key various understanding understand knowledge awareness aware critically critical effectively effective successful completion module end how what why which can should own using about such other others before after during also more most make all any each both these those over through than not has have been was were our we you your do does within'.split(
		' '
	)
);

/**
 * Verbs of learning outcomes by how demanding they are (after Bloom), and the
 * place of each level on the same 0–3 scale: "critically appraise" reads higher
 * than "describe".
 */
const VERB_TIERS: [RegExp, number][] = [
	[
		/\b(lead|leads|leading|shape|shaping|influence|influencing|transform\w*|direct|design|designing|innovat\w*)\b/i,
		2.5
	],
	[
		/\b(critically|analy[sz]e|analysing|evaluat\w*|apprais\w*|synthesi[sz]\w*|justify|integrat\w*)\b/i,
		2
	],
	[
		/\b(apply|applies|demonstrat\w*|use|uses|assess|plan|plans|deliver|undertake|perform|manage|discuss|explain|explains|reflect|complete|administer|provide|support|coordinate|practise|educate)\b/i,
		1.2
	],
	[
		/\b(recognis\w*|recogniz\w*|identify|identifies|list|state|name|outline|describe|describes|recall|know|observe|assist|signpost|contribute)\b/i,
		0.6
	]
];
const LEVEL_TIER = [0, 0.5, 1, 1.3, 2, 2.5, 3];

export interface Suggestion {
	capability: string;
	/** 0–1: how much of the outcome's meaning the capability covers. */
	relevance: number;
	/** The outcome's own words that matched, in the order they appear. */
	matched: string[];
	/** The level this outcome fits best for this capability, and why in a few words. */
	level: string;
	levelReason: string;
}

interface Term {
	stem: string;
	word: string;
	weight: number;
}

const ANY_WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
/** Endings stripped before cutting, longest first, so forms of one word meet. */
const SUFFIXES = [
	'isation',
	'ization',
	'ments',
	'ment',
	'ising',
	'izing',
	'ised',
	'ized',
	'ises',
	'ions',
	'ion',
	'ives',
	'ive',
	'ings',
	'ing',
	'ies',
	'ied',
	'ers',
	'ed',
	'es',
	'er',
	'ly',
	's'
];

/** The stem of a word: "communicating" → "communi", "treatments" → "treat". */
export function stem(word: string): string {
	let w = word.toLowerCase().replace(/['’]s$/, '');
	for (const suffix of SUFFIXES) {
		if (w.length - suffix.length >= 4 && w.endsWith(suffix)) {
			w = w.slice(0, -suffix.length);
			break;
		}
	}
	return w.slice(0, STEM_LENGTH);
}

/** The meaningful words of a text as stems with the word each came from. */
export function terms(text: string, weight = 1): Term[] {
	const words = text.replace(/-/g, ' ').match(ANY_WORD) ?? [];
	return words
		.filter(
			(w) =>
				w.length > 1 && !STOP_WORDS.has(w.toLowerCase()) && !OUTCOME_STOP_WORDS.has(w.toLowerCase())
		)
		.map((word) => ({ stem: stem(word), word, weight }));
}

/** The outcome words behind matched terms; a phrase widened by the vocabulary is named once. */
function matchedWords(matched: Term[]): string[] {
	const words = new Set(matched.map((t) => t.word));
	const single = new Set([...words].filter((w) => !w.includes(' ')).map((w) => w.toLowerCase()));
	// "psychological support" adds nothing when both its words already matched on their own.
	return [...words].filter(
		(w) =>
			!w.includes(' ') ||
			!w
				.toLowerCase()
				.split(' ')
				.every((part) => single.has(part))
	);
}

interface CapabilityDoc {
	id: string;
	/** Each stem's weight: the heaviest part of the capability it appears in. */
	weights: Map<string, number>;
	/** Stems of each applicable level's descriptor. */
	levels: { id: string; index: number; stems: Set<string> }[];
}

/** Everything suggestions need, built once per framework. */
export function createSuggester(data: CurriculumData) {
	const vocabulary = prepareVocabulary({ equivalents: data.equivalents });
	const docs: CapabilityDoc[] = data.capabilities.map((c) => {
		const weights = new Map<string, number>();
		const add = (text: string, weight: number) => {
			for (const t of terms(text)) weights.set(t.stem, Math.max(weights.get(t.stem) ?? 0, weight));
		};
		add(c.title, FIELD_WEIGHT.title);
		add(c.summary, FIELD_WEIGHT.summary);
		const levels = data.levels.flatMap((l, index) => {
			const text = c.descriptors[l.id];
			if (!text) return [];
			add(text, FIELD_WEIGHT.descriptor);
			return [{ id: l.id, index, stems: new Set(terms(text).map((t) => t.stem)) }];
		});
		return { id: c.id, weights, levels };
	});
	const documentFrequency = new Map<string, number>();
	for (const d of docs)
		for (const s of d.weights.keys()) documentFrequency.set(s, (documentFrequency.get(s) ?? 0) + 1);
	const idf = (s: string) => {
		const df = documentFrequency.get(s);
		return df ? Math.log(1 + docs.length / df) : 0;
	};

	/** The outcome's terms, plus the vocabulary's other phrases for anything it names. */
	function outcomeTerms(text: string): Map<string, Term> {
		const found = new Map<string, Term>();
		const keep = (t: Term) => {
			const had = found.get(t.stem);
			if (!had || had.weight < t.weight) found.set(t.stem, t);
		};
		terms(text).forEach(keep);
		for (const group of vocabulary) {
			const hit = group.find((p) => p.pattern.test(text));
			if (!hit) continue;
			for (const other of group) {
				if (other === hit) continue;
				for (const t of terms(other.phrase, SYNONYM_WEIGHT)) keep({ ...t, word: hit.phrase });
			}
		}
		return found;
	}

	/** How demanding the outcome's verbs are, 0–3, or null when it names none. */
	function verbTier(text: string): number | null {
		// The most demanding verb sets the outcome's demand, as in Bloom-style writing guides.
		const tiers = VERB_TIERS.filter(([pattern]) => pattern.test(text)).map(([, tier]) => tier);
		return tiers.length ? Math.max(...tiers) : null;
	}

	function bestLevel(
		doc: CapabilityDoc,
		found: Map<string, Term>,
		tier: number | null,
		programme: number
	) {
		const descriptorScores = doc.levels.map((l) => {
			let score = 0;
			for (const t of found.values()) if (l.stems.has(t.stem)) score += idf(t.stem) * t.weight;
			return score;
		});
		const top = Math.max(...descriptorScores, 0);
		let best = doc.levels[0]!;
		let bestScore = -Infinity;
		let reason = '';
		doc.levels.forEach((l, i) => {
			const words = top > 0 ? (descriptorScores[i] ?? 0) / top : 0;
			const verbs = tier === null ? 0 : 1 - Math.abs((LEVEL_TIER[l.index] ?? 0) - tier) / 3;
			const near = programme < 0 ? 0 : 1 - Math.abs(l.index - programme) / (LEVEL_TIER.length - 1);
			const score =
				LEVEL_WEIGHT.descriptor * words +
				LEVEL_WEIGHT.verbs * verbs +
				LEVEL_WEIGHT.programme * near;
			if (score > bestScore) {
				bestScore = score;
				best = l;
				const parts = [
					words === 1 && top > 0 ? 'its descriptor shares the most words' : '',
					programme >= 0 && l.index === programme ? 'the programme’s level' : '',
					tier !== null && verbs >= 0.9 ? 'the outcome’s verbs' : ''
				].filter(Boolean);
				reason = parts.length ? `Fits: ${parts.join('; ')}` : 'Nearest fit';
			}
		});
		return { level: best.id, levelReason: reason };
	}

	/**
	 * Capabilities for an outcome, best first, leaving out `exclude` (already
	 * linked or rejected). `programmeLevel` ('' for none) pulls levels towards it.
	 */
	function suggest(
		text: string,
		programmeLevel = '',
		exclude: ReadonlySet<string> = new Set()
	): Suggestion[] {
		const found = outcomeTerms(text);
		const direct = [...found.values()].filter((t) => t.weight === 1);
		const possible = direct.reduce((sum, t) => sum + idf(t.stem) * FIELD_WEIGHT.title, 0);
		if (possible === 0) return [];
		const tier = verbTier(text);
		const programme = data.levels.findIndex((l) => l.id === programmeLevel);
		const scored = docs
			.filter((d) => d.levels.length)
			.map((doc) => {
				let score = 0;
				const matched: Term[] = [];
				for (const t of found.values()) {
					const w = doc.weights.get(t.stem);
					if (!w) continue;
					score += idf(t.stem) * w * t.weight;
					matched.push(t);
				}
				return { doc, relevance: Math.min(1, score / possible), matched };
			})
			.filter((s) => s.relevance >= MIN_RELEVANCE)
			.sort((a, b) => b.relevance - a.relevance || a.doc.id.localeCompare(b.doc.id));
		// The bar is set by the best match of all, so turning a strong one down leaves no noise behind.
		const best = scored[0]?.relevance ?? 0;
		const order = (w: string) => text.toLowerCase().indexOf(w.toLowerCase());
		return scored
			.filter((s) => s.relevance >= best * MIN_SHARE_OF_BEST && !exclude.has(s.doc.id))
			.slice(0, MAX_SUGGESTIONS)
			.map((s) => ({
				capability: s.doc.id,
				relevance: s.relevance,
				matched: matchedWords(s.matched).sort((a, b) => order(a) - order(b)),
				...bestLevel(s.doc, found, tier, programme)
			}));
	}

	return { suggest };
}

export type Suggester = ReturnType<typeof createSuggester>;
