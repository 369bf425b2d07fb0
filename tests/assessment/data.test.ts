import { expect, test } from 'vitest';
import { assessmentDataOf, assessmentRolesOf } from '../../src/lib/assessment/data';
import { miniFramework } from '../fixtures/mini';

const fw = miniFramework();
const data = assessmentDataOf(fw);

test('the slice names the framework and carries levels and groups by name', () => {
	expect(data.frameworkId).toBe('mini');
	expect(data.frameworkVersion).toBe(fw.meta.version);
	expect(data.levels).toEqual([
		{ id: 'entry', name: 'Entry' },
		{ id: 'middle', name: 'Middle' },
		{ id: 'top', name: 'Top' }
	]);
	expect(data.groups.map((g) => g.id)).toEqual(['support', 'nursing']);
});

test('a descriptor is its text where the capability applies and null where it does not', () => {
	const appraise = data.capabilities.find((c) => c.id === 'appraise')!;
	expect(appraise.descriptors.entry).toBeNull();
	expect(typeof appraise.descriptors.middle).toBe('string');
	expect(Object.keys(appraise.descriptors)).toEqual(['entry', 'middle', 'top']);
});

test('offers keep who they are open to; roles keep only what the tool names', () => {
	expect(data.offers[0]).toMatchObject({ id: 'course', professionGroups: [] });
	expect(assessmentRolesOf(fw)).toContainEqual({
		id: 'nurse',
		title: 'Nurse',
		level: 'middle',
		professionGroup: 'nursing'
	});
	expect(Object.keys(assessmentRolesOf(fw)[0]!).sort()).toEqual([
		'id',
		'level',
		'professionGroup',
		'title'
	]);
});
