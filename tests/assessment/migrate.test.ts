import { expect, test } from 'vitest';
import { assessmentDataOf, descriptorsOf } from '../../src/lib/assessment/data';
import { addPlanItem, createAssessment, rate } from '../../src/lib/assessment/edit';
import { earlierOf, migrateAssessment, rewordedOf } from '../../src/lib/assessment/migrate';
import { miniFramework } from '../fixtures/mini';

const data = assessmentDataOf(miniFramework());
const descriptors = descriptorsOf(miniFramework());
const base = () =>
	rate(
		descriptors,
		createAssessment(
			data,
			{ professionGroup: 'nursing', currentLevel: 'entry' },
			'a',
			new Date('2026-01-01T00:00:00Z')
		),
		'comfort',
		2
	);

test('an assessment on the same version is left alone', () => {
	const a = base();
	expect(migrateAssessment(data, a)).toEqual({ assessment: a, report: null });
	expect(migrateAssessment(data, a, descriptors)).toEqual({ assessment: a, report: null });
});

test('a new version reports added, removed and reworded capabilities, and keeps the work of removed ones', () => {
	let a = base();
	a = {
		...a,
		frameworkVersion: '0.0.0-old',
		ratings: { ...a.ratings, vanished: { value: 1, note: '', evidence: [], seenText: 'x' } }
	};
	a = addPlanItem(a, 'vanished', 'p1');
	const reworded = { ...descriptors, comfort: { ...descriptors.comfort, middle: 'New wording.' } };
	const { assessment, report } = migrateAssessment(data, a, reworded);
	expect(report).toEqual({
		from: '0.0.0-old',
		to: '0.0.1-test',
		added: ['appraise'],
		removed: ['vanished'],
		reworded: ['comfort']
	});
	expect(Object.keys(assessment.ratings)).toEqual(['comfort', 'vanished']);
	expect(assessment.plan.map((p) => p.capability)).toEqual(['vanished']);
	expect(earlierOf(data, assessment)).toEqual([
		{ capability: 'vanished', rating: a.ratings.vanished, plan: a.plan }
	]);
	expect(assessment.frameworkVersion).toBe('0.0.1-test');
});

test('rewording is found with the text: without it none is reported, and an unknown seen text never counts', () => {
	const a = base();
	const reworded = { ...descriptors, comfort: { ...descriptors.comfort, middle: 'New wording.' } };
	expect(rewordedOf(descriptors, a)).toEqual([]);
	expect(rewordedOf(reworded, a)).toEqual(['comfort']);
	expect(migrateAssessment(data, a).report).toBeNull();
	const unknown = { ...a, ratings: { comfort: { ...a.ratings.comfort!, seenText: '' } } };
	expect(rewordedOf(reworded, unknown)).toEqual([]);
});
