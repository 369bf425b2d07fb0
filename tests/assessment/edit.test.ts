import { describe, expect, test } from 'vitest';
import { assessmentDataOf, descriptorsOf } from '../../src/lib/assessment/data';
import {
	addPlanItem,
	annotate,
	createAssessment,
	parseEvidence,
	rate,
	removePlanItem,
	updatePlanItem
} from '../../src/lib/assessment/edit';
import { miniFramework } from '../fixtures/mini';

const data = assessmentDataOf(miniFramework());
const descriptors = descriptorsOf(miniFramework());
const t0 = new Date('2026-11-30T10:00:00Z');
const t1 = new Date('2026-12-01T09:00:00Z');
const fresh = () =>
	createAssessment(data, { professionGroup: 'support', currentLevel: 'entry' }, 'a1', t0);

describe('changing an assessment', () => {
	test('a new one aims at the next level and is named by its levels and date', () => {
		const a = fresh();
		expect(a.targetLevel).toBe('middle');
		expect(a.name).toBe('Entry to Middle, 30 Nov 2026');
		expect(a.frameworkVersion).toBe(data.frameworkVersion);
		expect(a.ratings).toEqual({});
	});

	test('rating remembers the words rated against, and keeps an earlier note', () => {
		let a = rate(descriptors, fresh(), 'appraise', 1, t1);
		a = annotate(a, 'appraise', { note: 'With support' }, t1);
		const again = rate(descriptors, a, 'appraise', 2, t1);
		const middle = descriptors.appraise!.middle;
		expect(again.ratings.appraise).toEqual({
			value: 2,
			note: 'With support',
			evidence: [],
			seenText: middle
		});
		expect(again.updatedAt).toBe(t1.toISOString());
	});

	test('the old assessment is left alone', () => {
		const a = fresh();
		const b = rate(descriptors, a, 'comfort', 3, t1);
		expect(a.ratings).toEqual({});
		expect(b).not.toBe(a);
	});

	test('a note on a capability not yet rated changes nothing', () => {
		const a = fresh();
		expect(annotate(a, 'comfort', { note: 'x' }, t1)).toBe(a);
	});

	test('plan items are added, changed and removed by id', () => {
		let a = addPlanItem(fresh(), 'comfort', 'p1', t1);
		a = addPlanItem(a, 'appraise', 'p2', t1);
		a = updatePlanItem(a, 'p2', { action: 'Shadow a lead nurse', due: '2027-01-31' }, t1);
		expect(a.plan.map((p) => [p.id, p.action])).toEqual([
			['p1', ''],
			['p2', 'Shadow a lead nurse']
		]);
		a = removePlanItem(a, 'p1', t1);
		expect(a.plan.map((p) => p.id)).toEqual(['p2']);
	});
});

test.each([
	[
		'one per line',
		'https://a.example\nhttps://b.example',
		['https://a.example', 'https://b.example']
	],
	['commas and spaces', ' a , b,,c ', ['a', 'b', 'c']],
	['nothing', '  \n ', []]
])('parseEvidence: %s', (_, text, expected) => {
	expect(parseEvidence(text)).toEqual(expected);
});
