/**
 * Words of learning outcomes and capabilities reduced to stems, so that the
 * forms of one word meet: "learners" and "learning", "palliative" and
 * "palliation", "organising" and "organization". The Porter stemmer (the
 * maintained `stemmer` package) does the work; two small folds after it join
 * the agent and verb forms it keeps apart.
 */
import { stemmer } from 'stemmer';
import { STOP_WORDS } from '../stop-words';

/** Words that say nothing about content in a learning outcome: "students will be able to…". */
const OUTCOME_STOP_WORDS: ReadonlySet<string> = new Set(
	'will be able demonstrate demonstrating show showing including include includes e g eg etc i ie appropriate appropriately relevant range key various understanding understand knowledge awareness aware critically critical effectively effective successful completion module how what why which can should own using about such other others before after during also more most make making all any each both these those over through than not has have been was were our we you your do does within carry out against approach approaches systematic role roles principle principles concept concepts factor factors issue issues context contexts contemporary area areas ability implications contribution importance aspects nature wide wider range ways'.split(
		' '
	)
);

/**
 * Porter leaves "learner" apart from "learn" and "palliat" apart from "palli"
 * (its rules need a longer stem). Agent (-er, -or) and verb (-at) endings are
 * folded on stems at least this long, so "career" stays apart from "care" and "cancer" whole.
 */
const FOLD_MIN_LENGTH = 7;
const FOLDED_ENDING = /(?:er|or|at)$/;

/**
 * The stock opening of a learning outcome ("On successful completion of the
 * module, students will be able to:"), removed before reading, so that
 * "students" still counts where it is the outcome's subject matter.
 */
const STOCK_OPENING =
	/^\s*(?:(?:on|upon|by the end of|following)\s+(?:the\s+)?(?:successful\s+)?(?:completion\s+of\s+)?(?:this|the)\s+(?:module|programme|course|unit)[,:]?\s*)?(?:(?:the\s+)?(?:students?|learners?|participants?|you)\s+(?:will|should|must)\s+be\s+able\s+to[:,]?\s*)?/i;

/** US -ize forms become UK -ise before stemming, so both spellings meet. */
const US_IZE = /iz(e|es|ed|ing|ation|ations|er|ers)$/;

/** The stem of one word: "communicating" → "commun", "learners" → "learn". */
export function stem(word: string): string {
	const lower = word
		.toLowerCase()
		.replace(/['’]s$/, '')
		.replace(US_IZE, 'is$1');
	const porter = stemmer(lower);
	return porter.length >= FOLD_MIN_LENGTH ? porter.replace(FOLDED_ENDING, '') : porter;
}

/** A word of a text that carries meaning, with its stem. */
export interface Term {
	stem: string;
	/** The word as written, for telling a person which of their words matched. */
	word: string;
}

const ANY_WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** True for a word that carries no content: "the", "students", "demonstrate". */
export function isStopWord(word: string): boolean {
	const lower = word.toLowerCase();
	return lower.length < 2 || STOP_WORDS.has(lower) || OUTCOME_STOP_WORDS.has(lower);
}

/**
 * The meaningful words of a text in order, as stems with the word each came
 * from: "Support the learning of students" → support/support, learn/learning.
 */
export function terms(text: string): Term[] {
	const words = text.replace(STOCK_OPENING, '').replace(/[-/]/g, ' ').match(ANY_WORD) ?? [];
	return words.filter((w) => !isStopWord(w)).map((word) => ({ stem: stem(word), word }));
}
