import { describe, expect, test } from 'vitest';
import { isStopWord, stem, terms } from '../../src/lib/curriculum/stem';

describe('stem', () => {
	test.each([
		['communicating', 'communication'],
		['treatments', 'treatment'],
		['assessing', 'assessment'],
		['assessor', 'assessment'],
		['palliative', 'palliation'],
		['organising', 'organisation'],
		['organizing', 'organisation'],
		['learners', 'learning'],
		['teacher', 'teaching'],
		['supervisor', 'supervision'],
		['developing', 'development']
	])('%s and %s meet', (a, b) => {
		expect(stem(a)).toBe(stem(b));
	});

	test.each([
		['care', 'career'],
		['cancer', 'can'],
		['research', 'search'],
		['audit', 'palliative']
	])('%s and %s stay apart', (a, b) => {
		expect(stem(a)).not.toBe(stem(b));
	});

	test('a possessive is the word itself', () => {
		expect(stem("learner's")).toBe(stem('learner'));
	});
});

describe('terms', () => {
	test('the stock opening and empty words go; content words stay in order', () => {
		const t = terms(
			'On successful completion of the module, students will be able to: support the learning of students'
		);
		expect(t.map((x) => x.word)).toEqual(['support', 'learning', 'students']);
	});

	test('hyphens and slashes split words', () => {
		expect(terms('end-of-life and/or pre-registration').map((x) => x.word)).toEqual([
			'end',
			'life',
			'pre',
			'registration'
		]);
	});

	test.each([
		['the', true],
		['critically', true],
		['approach', true],
		['audit', false],
		['students', false]
	])('%s is a stop word: %s', (word, stop) => {
		expect(isStopWord(word)).toBe(stop);
	});
});
