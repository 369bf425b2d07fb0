/**
 * Suggesting capabilities for a learning outcome. Each capability is a small
 * document (title, summary, one descriptor per level), ranked by field-weighted
 * BM25 over Porter stems, plus a bonus for phrases the outcome shares ("service
 * development") and for naming much of the capability's title; the outcome's
 * words are widened with the search vocabulary (SACT ↔ chemotherapy) and the
 * curriculum's own (toxicities ↔ side effects). Every suggestion carries the
 * words that matched, how strong the match is, and the level it proposes with
 * the reason, so an educator can see why and judge it.
 */
import { prepareVocabulary } from '../search/vocabulary';
import { createBm25, type QueryTerm } from './bm25';
import type { CurriculumData, CurriculumText } from './data';
import { OUTCOME_EQUIVALENTS } from './outcome-vocabulary';
import { stem, terms, type Term } from './stem';
import { chooseLevel, verbTier, type CandidateLevel, type LevelChoice } from './suggest-level';

export { stem } from './stem';

/** The numbers ranking was tuned with (on the tuning set only); a test may try others. */
export const TUNING = {
	/**
	 * How much a word in each part of a capability counts: the title says what it
	 * is about; seven descriptors repeat words, so they count least. The domain's
	 * title counts only towards how common a word is: words that name a whole
	 * domain ("research", "learning") say less about which capability is meant.
	 */
	fieldWeights: { title: 3, summary: 2, descriptors: 0.5, domain: 0 },
	/** BM25 saturation and length discount: the textbook values, which measured as well as any. */
	k1: 1.2,
	b: 0.75,
	/** A phrase's bonus as a share of its rarer word's weight. */
	phraseWeight: 0.5,
	/** Added for the share of a capability's title the outcome names: the title says what it is about. */
	titleCoverage: 0.5,
	/** Thinking verbs ("evaluate", "discuss") say how, not what: they count this much. */
	academicVerbWeight: 0.4,
	/** A word reached through the vocabulary (SACT for chemotherapy) counts a little less. */
	synonymWeight: 0.8
};
export type Tuning = typeof TUNING;

/**
 * The verbs every outcome leads with, whatever its subject ("critically
 * evaluate", "discuss", "explain"); verbs that name the work itself ("lead",
 * "assess", "support", "design") are not among them.
 */
const ACADEMIC_VERBS = new Set(
	'evaluate evaluating analyse analyze analysing examine examining discuss discussing explain explaining describe describing identify identifying outline apply applying synthesise synthesize justify explore exploring consider considering compare contrast differentiate interpret interpreting formulate debate articulate'
		.split(' ')
		.map(stem)
);
/** Suggestions shown for one outcome: enough to choose from, few enough to read. */
export const MAX_SUGGESTIONS = 5;
/** Below this share of the best match a suggestion is noise. */
const MIN_SHARE_OF_BEST = 0.3;
/** Below this relevance (0–1) nothing is suggested at all. */
const MIN_RELEVANCE = 0.05;
/**
 * Relevance at which a suggestion is called a strong or a good match; below,
 * it is one of the "other possibilities". Set on the tuning set, where nearly
 * every strong match was one an expert accepts.
 */
export const STRONG_MATCH = 0.7;
export const GOOD_MATCH = 0.45;
/** A match this far below the best one for the outcome is not called strong, or good. */
const STRONG_SHARE_OF_BEST = 0.9;
const GOOD_SHARE_OF_BEST = 0.7;

/** How far a suggestion can be trusted: the page lists "other possibilities" apart. */
export type Strength = 'strong' | 'good' | 'other';

export interface Suggestion extends LevelChoice {
	capability: string;
	/** 0–1: how much of the outcome's meaning the capability covers. */
	relevance: number;
	strength: Strength;
	/** The outcome's own words that matched, in the order they appear. */
	matched: string[];
	/** Runs of the outcome's words found together in the capability ("service development"). */
	phrases: string[];
}

/** A match on a single word ("reflect") is never called strong, however short the outcome. */
const STRONG_MIN_WORDS = 2;

/**
 * The strength a relevance earns, given the best relevance among the outcome's
 * suggestions and how many of the outcome's own words matched.
 */
export function strengthOf(
	relevance: number,
	best = relevance,
	words = STRONG_MIN_WORDS
): Strength {
	if (
		relevance >= STRONG_MATCH &&
		relevance >= STRONG_SHARE_OF_BEST * best &&
		words >= STRONG_MIN_WORDS
	)
		return 'strong';
	if (relevance >= GOOD_MATCH && relevance >= GOOD_SHARE_OF_BEST * best) return 'good';
	return 'other';
}

interface CapabilityLevels {
	id: string;
	levels: { id: string; name: string; index: number; stems: Set<string> }[];
}

/** Everything suggestions need, built once per framework from the page data and its text. */
export function createSuggester(
	data: CurriculumData,
	capabilityText: CurriculumText,
	tuning: Tuning = TUNING
) {
	const vocabulary = prepareVocabulary({
		equivalents: [...capabilityText.equivalents, ...OUTCOME_EQUIVALENTS]
	});
	const descriptorsOf = (id: string) => capabilityText.descriptors[id] ?? {};
	const stemsOf = (text: string) => terms(text).map((t) => t.stem);
	const domainTitle = new Map(data.domains.map((d) => [d.id, d.title]));
	const capabilities: CapabilityLevels[] = data.capabilities.map((c) => ({
		id: c.id,
		levels: data.levels.flatMap((l, index) => {
			const words = descriptorsOf(c.id)[l.id];
			return words ? [{ id: l.id, name: l.name, index, stems: new Set(stemsOf(words)) }] : [];
		})
	}));
	const index = createBm25(
		data.capabilities.map((c) => ({
			id: c.id,
			fields: {
				title: [stemsOf(c.title)],
				summary: [stemsOf(capabilityText.summaries[c.id] ?? '')],
				descriptors: data.levels.flatMap((l) => {
					const words = descriptorsOf(c.id)[l.id];
					return words ? [stemsOf(words)] : [];
				}),
				domain: [stemsOf(domainTitle.get(c.domain) ?? '')]
			}
		})),
		tuning
	);
	const byId = new Map(capabilities.map((c) => [c.id, c]));
	const titleStems = new Map(data.capabilities.map((c) => [c.id, [...new Set(stemsOf(c.title))]]));

	/** The share of a capability's title, weighted by rarity, that the matched stems name. */
	function titleShare(id: string, matched: ReadonlyMap<string, number>): number {
		const title = titleStems.get(id) ?? [];
		const whole = title.reduce((sum, s) => sum + index.idf(s), 0);
		const named = title.reduce((sum, s) => sum + (matched.get(s) ?? 0) * index.idf(s), 0);
		return whole > 0 ? named / whole : 0;
	}

	/** The outcome's terms in order, and the vocabulary's other phrases for anything it names. */
	function outcomeTerms(text: string) {
		const own = terms(text);
		const weights = new Map<string, number>(
			own.map((t) => [t.stem, ACADEMIC_VERBS.has(t.stem) ? tuning.academicVerbWeight : 1])
		);
		const words = new Map<string, string>(own.map((t) => [t.stem, t.word]));
		for (const group of vocabulary) {
			const hit = group.find((p) => p.pattern.test(text));
			if (!hit) continue;
			for (const other of group) {
				if (other === hit) continue;
				for (const t of terms(other.phrase)) {
					if ((weights.get(t.stem) ?? 0) >= tuning.synonymWeight) continue;
					weights.set(t.stem, tuning.synonymWeight);
					words.set(t.stem, hit.phrase);
				}
			}
		}
		const query: QueryTerm[] = [...weights].map(([stem, weight]) => ({ stem, weight }));
		return { own, query, words };
	}

	/** The outcome words behind matched stems, in the outcome's order; a widened phrase once. */
	function matchedWords(text: string, stems: string[], words: Map<string, string>): string[] {
		const found = [...new Set(stems.map((s) => words.get(s)!))];
		const single = new Set(found.filter((w) => !w.includes(' ')).map((w) => w.toLowerCase()));
		// "psychological support" adds nothing when both its words already matched on their own.
		const shown = found.filter(
			(w) =>
				!w.includes(' ') ||
				!w
					.toLowerCase()
					.split(' ')
					.every((p) => single.has(p))
		);
		// …and "anti" or "therapy" add nothing beside "systemic anti-cancer therapy".
		const inPhrase = new Set(
			shown.filter((w) => w.includes(' ')).flatMap((w) => w.toLowerCase().split(/[\s-]+/))
		);
		const plain = shown.filter((w) => w.includes(' ') || !inPhrase.has(w.toLowerCase()));
		const at = (w: string) => text.toLowerCase().indexOf(w.toLowerCase());
		return plain.sort((a, b) => at(a) - at(b));
	}

	/** The outcome's own words for a matched pair of stems: "service development". */
	function phraseWords(own: Term[], pair: string): string {
		const [a, z] = pair.split(' ');
		const i = own.findIndex((t, k) => t.stem === a && own[k + 1]?.stem === z);
		return i < 0 ? pair : `${own[i]!.word} ${own[i + 1]!.word}`;
	}

	/**
	 * Capabilities for an outcome, best first, leaving out `exclude` (already
	 * linked or rejected). `levels` are the level ids the curriculum declares
	 * (one id or several; none for no declaration): each suggestion proposes one
	 * of them wherever the capability applies there.
	 */
	function suggest(
		text: string,
		levels: string | readonly string[] = [],
		exclude: ReadonlySet<string> = new Set()
	): Suggestion[] {
		const { own, query, words } = outcomeTerms(text);
		const ceiling = index.ceiling(query.filter((t) => own.some((o) => o.stem === t.stem)));
		if (ceiling === 0) return [];
		const wanted = new Set(typeof levels === 'string' ? [levels] : levels);
		const declared = data.levels.flatMap((l, i) =>
			wanted.has(l.id) ? [{ id: l.id, name: l.name, index: i }] : []
		);
		const tier = verbTier(text);
		const weightOf = new Map(query.map((t) => [t.stem, t.weight]));
		const scored = index
			.score(
				query,
				own.map((t) => t.stem)
			)
			.filter((h) => byId.get(h.id)!.levels.length)
			.map((h) => ({
				...h,
				relevance: Math.min(
					1,
					h.score / ceiling +
						tuning.titleCoverage *
							titleShare(h.id, new Map(h.stems.map((s) => [s, weightOf.get(s) ?? 0])))
				)
			}))
			.filter((h) => h.relevance >= MIN_RELEVANCE)
			.sort((a, b) => b.relevance - a.relevance || a.id.localeCompare(b.id));
		// The bar is set by the best match of all, so turning a strong one down leaves no noise behind.
		const best = scored[0]?.relevance ?? 0;
		return scored
			.filter((h) => h.relevance >= best * MIN_SHARE_OF_BEST && !exclude.has(h.id))
			.slice(0, MAX_SUGGESTIONS)
			.map((h) => {
				const candidates: CandidateLevel[] = byId.get(h.id)!.levels.map((l) => ({
					id: l.id,
					name: l.name,
					index: l.index,
					words: query.reduce(
						(sum, t) => sum + (l.stems.has(t.stem) ? index.idf(t.stem) * t.weight : 0),
						0
					)
				}));
				return {
					capability: h.id,
					relevance: h.relevance,
					strength: strengthOf(
						h.relevance,
						best,
						h.stems.filter((s) => own.some((t) => t.stem === s)).length
					),
					matched: matchedWords(text, h.stems, words),
					phrases: h.phrases.map((p) => phraseWords(own, p)),
					...chooseLevel(candidates, declared, tier)
				};
			});
	}

	return { suggest };
}

export type Suggester = ReturnType<typeof createSuggester>;
