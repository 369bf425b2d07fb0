/**
 * Comparing levels: for each capability, what it looks like at each chosen level,
 * whether it starts, changes wording or stays the same, and which words are new.
 */
import type { Capability, Domain, Framework, Level } from './schema';
import { STOP_WORDS } from '../stop-words';

export interface WordPart {
	text: string;
	/** True for words that are not in the text it is compared with. */
	added: boolean;
}

/** Words (with the punctuation stuck to them) and the spaces between, in order. */
function tokens(text: string): string[] {
	return text.split(/(\s+)/).filter((t) => t.length > 0);
}

const normalise = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Mark the words of `after` that `before` does not have, by longest common
 * subsequence of words; spaces join whatever side they sit between.
 * diffWords("Leads audit", "Leads team audit") → Leads ·team· audit, with "team " added.
 */
export function diffWords(before: string, after: string): WordPart[] {
	const a = tokens(before)
		.filter((t) => !/^\s+$/.test(t))
		.map(normalise);
	const bTokens = tokens(after);
	const bWords = bTokens.map((t, i) => ({ t, i })).filter(({ t }) => !/^\s+$/.test(t));
	const b = bWords.map(({ t }) => normalise(t));
	// lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
	const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
	for (let i = a.length - 1; i >= 0; i--) {
		for (let j = b.length - 1; j >= 0; j--) {
			lcs[i]![j] =
				a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
		}
	}
	const addedTokenIndexes = new Set<number>();
	let i = 0;
	let j = 0;
	while (j < b.length) {
		if (i < a.length && a[i] === b[j]) {
			i++;
			j++;
		} else if (i < a.length && lcs[i + 1]![j]! >= lcs[i]![j + 1]!) {
			i++;
		} else {
			addedTokenIndexes.add(bWords[j]!.i);
			j++;
		}
	}
	// A lone little word ("the", "and") marked as new is noise: new only beside other new words.
	for (const [k, { t, i: index }] of bWords.entries()) {
		const neighbourAdded =
			addedTokenIndexes.has(bWords[k - 1]?.i ?? -1) ||
			addedTokenIndexes.has(bWords[k + 1]?.i ?? -1);
		if (addedTokenIndexes.has(index) && STOP_WORDS.has(normalise(t)) && !neighbourAdded) {
			addedTokenIndexes.delete(index);
		}
	}
	const parts: WordPart[] = [];
	bTokens.forEach((t, index) => {
		const isSpace = /^\s+$/.test(t);
		// A space is new only when the words on both sides of it are new.
		const added = isSpace
			? addedTokenIndexes.has(index - 1) && addedTokenIndexes.has(index + 1)
			: addedTokenIndexes.has(index);
		const last = parts[parts.length - 1];
		if (last && last.added === added) last.text += t;
		else parts.push({ text: t, added });
	});
	return parts;
}

/**
 * Word beginnings that signal a change of scope, autonomy, complexity or leading others. Only new
 * words that start this way are marked: marking every changed word marked nearly every word.
 */
export const SCOPE_STEMS = [
	'accountab',
	'across',
	'alone',
	'autonom',
	'coach',
	'commission',
	'complex',
	'design',
	'direct',
	'evaluat',
	'expert',
	'independen',
	'lead',
	'manag',
	'mentor',
	'national',
	'network',
	'organisation',
	'others',
	'policy',
	'polici',
	'region',
	'service',
	'shape',
	'strateg',
	'supervis',
	'system',
	'teach',
	'uncertain',
	'whole'
] as const;

/** Is this word one that signals a change of scope or autonomy? */
export function isScopeWord(word: string): boolean {
	const w = normalise(word);
	return w.length > 0 && SCOPE_STEMS.some((stem) => w.startsWith(stem));
}

/**
 * Keep the "added" mark only on new words of scope or autonomy; other new words read as plain text.
 * [Gives comfort ]·[alone and plans it.]· → Gives comfort ·[alone]· and plans it.
 */
export function markScopeChanges(parts: readonly WordPart[]): WordPart[] {
	const out: WordPart[] = [];
	const push = (text: string, added: boolean) => {
		const last = out[out.length - 1];
		if (last && last.added === added) last.text += text;
		else out.push({ text, added });
	};
	for (const part of parts) {
		if (!part.added) {
			push(part.text, false);
			continue;
		}
		const ts = tokens(part.text);
		const marked = ts.map((t) => !/^\s+$/.test(t) && isScopeWord(t));
		// A space between two marked words is marked too, so a phrase reads as one change.
		ts.forEach((t, i) => push(t, marked[i] || (Boolean(marked[i - 1]) && Boolean(marked[i + 1]))));
	}
	return out;
}

export type CapabilityChange = 'starts' | 'reworded' | 'same' | 'stops';

export type ComparedCell =
	| { level: string; applies: true; text: string; parts: WordPart[] }
	| { level: string; applies: false; note: string | undefined };

export interface ComparedCapability {
	id: string;
	code: string;
	title: string;
	change: CapabilityChange;
	/** The first chosen level where it applies, when it starts above the lowest chosen level. */
	startsAt: string | undefined;
	cells: ComparedCell[];
}

/** The parts of a domain a comparison shows. */
export type DomainSummary = Pick<Domain, 'id' | 'number' | 'title' | 'colour'>;

export interface ComparedDomain {
	domain: DomainSummary;
	capabilities: ComparedCapability[];
	counts: Record<CapabilityChange, number>;
}

export interface Comparison {
	levels: Level[];
	domains: ComparedDomain[];
	totals: Record<CapabilityChange, number>;
}

const emptyCounts = (): Record<CapabilityChange, number> => ({
	starts: 0,
	reworded: 0,
	same: 0,
	stops: 0
});

/** How a capability changes across the chosen levels (lowest first). */
function compareCapability(c: Capability, levels: Level[]): ComparedCapability {
	let previousText: string | null = null;
	let reworded = false;
	const cells: ComparedCell[] = levels.map((level) => {
		const d = c.descriptors[level.id];
		if (!d || !d.applies) return { level: level.id, applies: false, note: d?.note };
		const parts =
			previousText === null
				? [{ text: d.text, added: false }]
				: markScopeChanges(diffWords(previousText, d.text));
		if (previousText !== null && previousText !== d.text) reworded = true;
		previousText = d.text;
		return { level: level.id, applies: true, text: d.text, parts };
	});
	const applies = cells.map((cell) => cell.applies);
	const first = applies.indexOf(true);
	const change: CapabilityChange =
		first > 0 ? 'starts' : !applies[applies.length - 1] ? 'stops' : reworded ? 'reworded' : 'same';
	return {
		id: c.id,
		code: c.code,
		title: c.title,
		change,
		startsAt: first > 0 ? levels[first]?.id : undefined,
		cells
	};
}

/**
 * Compare capabilities across levels, domain by domain. Levels are put in framework
 * order; capabilities that apply at none of them are left out.
 */
export function compareLevels(fw: Framework, levelIds: readonly string[]): Comparison {
	const levels = fw.levels.filter((l) => levelIds.includes(l.id));
	const totals = emptyCounts();
	const domains = fw.domains.map((domain) => {
		const counts = emptyCounts();
		const capabilities = fw.capabilities
			.filter((c) => c.domain === domain.id && levels.some((l) => c.descriptors[l.id]?.applies))
			.map((c) => compareCapability(c, levels));
		for (const c of capabilities) {
			counts[c.change] += 1;
			totals[c.change] += 1;
		}
		return { domain, capabilities, counts };
	});
	return { levels, domains, totals };
}

/** Separator between level ids in a comparison URL: /compare/registration-vs-enhanced/ */
export const COMPARE_SEPARATOR = '-vs-';

/** Level ids from a comparison slug, or null when the slug is not 2–3 known levels in order. */
export function parseComparisonSlug(fw: Framework, slug: string): string[] | null {
	const ids = slug.split(COMPARE_SEPARATOR);
	const order = ids.map((id) => fw.levels.findIndex((l) => l.id === id));
	if (ids.length < 2 || ids.length > 3 || order.some((o) => o < 0)) return null;
	if (order.some((o, i) => i > 0 && o <= order[i - 1]!)) return null;
	return ids;
}

/** Every comparison of two or three levels, in framework order, as slugs. */
export function allComparisonSlugs(fw: Framework): string[] {
	const ids = fw.levels.map((l) => l.id);
	const slugs: string[] = [];
	ids.forEach((a, i) =>
		ids.slice(i + 1).forEach((b, j) => {
			slugs.push([a, b].join(COMPARE_SEPARATOR));
			ids.slice(i + j + 2).forEach((c) => slugs.push([a, b, c].join(COMPARE_SEPARATOR)));
		})
	);
	return slugs;
}
