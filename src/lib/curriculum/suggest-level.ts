/**
 * The level a suggestion proposes, and why in words an educator can check. A
 * curriculum declares the level or levels it prepares people for; a suggestion
 * takes a declared level wherever the capability applies there, and says so
 * plainly when it has to propose another. With nothing declared it proposes the
 * level whose descriptor and verbs fit the outcome best.
 */

/**
 * Verbs of learning outcomes by how demanding they are (after Bloom), and the
 * place of each level on the same 0–3 scale: "critically appraise" reads higher
 * than "describe".
 */
const VERB_TIERS: [RegExp, number][] = [
	[
		/\b(lead|leads|leading|shape|shaping|influence|influencing|transform\w*|direct|design|designing|innovat\w*|strateg\w*)\b/i,
		2.5
	],
	[
		/\b(critically|analy[sz]e|analysing|evaluat\w*|apprais\w*|synthesi[sz]\w*|justify|integrat\w*|formulate|examine)\b/i,
		2
	],
	[
		/\b(apply|applies|demonstrat\w*|use|uses|assess|plan|plans|deliver|undertake|perform|manage|discuss|explain|explains|reflect|complete|administer|provide|support|coordinate|practise|educate|facilitate)\b/i,
		1.2
	],
	[
		/\b(recognis\w*|recogniz\w*|identify|identifies|list|state|name|outline|describe|describes|recall|know|observe|assist|signpost|contribute)\b/i,
		0.6
	]
];
/** Where each level sits on the verbs' scale, in framework order (seven levels). */
const LEVEL_TIER = [0, 0.5, 1, 1.3, 2, 2.5, 3];
/** How much the descriptor's shared words count against the verbs when choosing a level. */
const DESCRIPTOR_WEIGHT = 0.3;

/** How demanding an outcome's verbs are, 0–3, or null when it names none. */
export function verbTier(text: string): number | null {
	// The most demanding verb sets the outcome's demand, as in Bloom-style writing guides.
	const tiers = VERB_TIERS.filter(([pattern]) => pattern.test(text)).map(([, tier]) => tier);
	return tiers.length ? Math.max(...tiers) : null;
}

/** A level where the capability applies, with how well its descriptor matches the outcome. */
export interface CandidateLevel {
	id: string;
	name: string;
	/** Position in the framework's order of levels. */
	index: number;
	/** Weight of the outcome's words found in this level's descriptor. */
	words: number;
}

export interface LevelChoice {
	level: string;
	/** Why this level, in a sentence the page can show. */
	levelReason: string;
	/** True when the level is one the curriculum declares. */
	levelDeclared: boolean;
}

const listNames = (names: string[]) =>
	names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;

/** The candidate whose descriptor words and verbs fit the outcome best; ties go to the lower level. */
function bestFit(candidates: CandidateLevel[], tier: number | null) {
	const top = Math.max(0, ...candidates.map((c) => c.words));
	let best = candidates[0]!;
	let bestScore = -Infinity;
	let byWords = false;
	let byVerbs = false;
	for (const c of candidates) {
		const words = top > 0 ? c.words / top : 0;
		const verbs = tier === null ? 0 : 1 - Math.abs((LEVEL_TIER[c.index] ?? 0) - tier) / 3;
		const score = DESCRIPTOR_WEIGHT * words + verbs;
		if (score > bestScore) {
			bestScore = score;
			best = c;
			byWords = top > 0 && words === 1;
			byVerbs = tier !== null && verbs >= 0.9;
		}
	}
	return { best, byWords, byVerbs };
}

/**
 * The level to propose for one capability: a declared one where it applies,
 * else the applicable level nearest the declared ones, else the best fit.
 * `candidates` are the capability's applicable levels in framework order.
 */
export function chooseLevel(
	candidates: CandidateLevel[],
	declared: { id: string; name: string; index: number }[],
	tier: number | null
): LevelChoice {
	const atDeclared = candidates.filter((c) => declared.some((d) => d.id === c.id));
	if (atDeclared.length) {
		const { best, byWords, byVerbs } = bestFit(atDeclared, tier);
		const why =
			atDeclared.length === 1
				? ''
				: byVerbs
					? ', and of those the one its verbs fit'
					: byWords
						? ', and of those the one whose descriptor shares most words'
						: '';
		return {
			level: best.id,
			levelReason: `${best.name} is a level the curriculum prepares people for${why}.`,
			levelDeclared: true
		};
	}
	if (declared.length && candidates.length) {
		// The capability does not apply at any declared level: the nearest level where it does.
		const distance = (c: CandidateLevel) =>
			Math.min(...declared.map((d) => Math.abs(d.index - c.index)));
		const nearest = Math.min(...candidates.map(distance));
		const { best } = bestFit(
			candidates.filter((c) => distance(c) === nearest),
			tier
		);
		return {
			level: best.id,
			levelReason: `Not at ${listNames(declared.map((d) => d.name))}: this capability does not apply there, so ${best.name}, the nearest level where it does.`,
			levelDeclared: false
		};
	}
	const { best, byWords, byVerbs } = bestFit(candidates, tier);
	const parts = [
		byWords ? 'its descriptor shares the most words with the outcome' : '',
		byVerbs ? 'the outcome’s verbs suit it' : ''
	].filter(Boolean);
	return {
		level: best.id,
		levelReason: `No level declared for the curriculum; ${best.name} ${
			parts.length ? `fits best: ${parts.join(', and ')}` : 'is the nearest fit'
		}.`,
		levelDeclared: false
	};
}
