/**
 * Every known outcome (the first 30 in known-outcomes.ts and the module-worded
 * ones in known-outcomes-modules.ts), split once into a TUNING set, which
 * ranking changes may be tried against, and a TEST set, which they never are.
 *
 * The rule: an outcome is in the test set when the FNV-1a hash of its text is
 * odd. It depends only on the outcome's own words, so it was fixed before any
 * tuning, it picks no favourites, and adding an outcome later never moves
 * another between the sets.
 */
import { KNOWN_OUTCOMES } from './known-outcomes';
import { MODULE_OUTCOMES, type KnownOutcome } from './known-outcomes-modules';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a, 32 bits, over the UTF-16 code units of a text: small, stable and well spread. */
export function fnv1a(text: string): number {
	let hash = FNV_OFFSET;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, FNV_PRIME) >>> 0;
	}
	return hash;
}

/** All known outcomes in one shape: the first 30 accept only their one expected capability. */
export const ALL_KNOWN: KnownOutcome[] = [
	...KNOWN_OUTCOMES.map(([outcome, expected]) => ({
		module: 'Original set',
		outcome,
		accept: [expected]
	})),
	...MODULE_OUTCOMES
];

const inTestSet = (k: KnownOutcome) => fnv1a(k.outcome) % 2 === 1;

/** Outcomes ranking may be tuned against. */
export const TUNING_SET = ALL_KNOWN.filter((k) => !inTestSet(k));
/** Outcomes held back to measure ranking honestly; never tune against these. */
export const TEST_SET = ALL_KNOWN.filter(inTestSet);
