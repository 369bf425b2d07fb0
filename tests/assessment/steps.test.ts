import { describe, expect, test } from 'vitest';
import { assessmentDataOf, descriptorsOf } from '../../src/lib/assessment/data';
import { createAssessment, rate } from '../../src/lib/assessment/edit';
import { chooseStep, ratingSteps, stepSearch } from '../../src/lib/assessment/steps';
import { miniFramework } from '../fixtures/mini';

const data = assessmentDataOf(miniFramework());
const descriptors = descriptorsOf(miniFramework());
const NOW = new Date('2026-11-30T10:00:00Z');
const fresh = () =>
	createAssessment(data, { professionGroup: 'nursing', currentLevel: 'entry' }, 'a1', NOW);

describe('rating steps', () => {
	test('one step per domain that has something to rate at the target level', () => {
		expect(
			ratingSteps(data, 'middle').map((s) => [s.domain.id, s.capabilities.map((c) => c.id)])
		).toEqual([
			['care', ['comfort']],
			['evidence', ['appraise']]
		]);
		expect(ratingSteps(data, 'entry').map((s) => s.domain.id)).toEqual(['care']);
	});

	test.each([
		// [step in the URL, ratings given] → step shown (3 is the summary of two steps)
		['1', [], 1],
		['2', [], 2],
		['3', [], 3],
		['4', [], 1],
		['0', [], 1],
		['1.5', [], 1],
		['two', [], 1],
		[null, [], 1],
		[null, ['comfort'], 2],
		[null, ['comfort', 'appraise'], 3],
		['1', ['comfort', 'appraise'], 1]
	] as [string | null, string[], number][])(
		'step %j with %j rated shows %i',
		(param, rated, shown) => {
			let a = fresh();
			for (const id of rated) a = rate(descriptors, a, id, 2, NOW);
			expect(chooseStep(param, ratingSteps(data, a.targetLevel), a.ratings)).toBe(shown);
		}
	);

	test.each([
		['', 2, '?step=2'],
		['?step=1', 3, '?step=3'],
		['?from=x', 1, '?from=x&step=1']
	])('stepSearch(%j, %i) is %j', (search, step, expected) => {
		expect(stepSearch(search, step)).toBe(expected);
	});
});
