import { expect, test } from 'vitest';
import {
	assessmentDataOf,
	assessmentRolesOf,
	assessmentTextOf,
	descriptorOf,
	openAssessmentDataOf
} from '../../src/lib/assessment/data';
import { miniFramework } from '../fixtures/mini';

const fw = miniFramework();
const data = assessmentDataOf(fw);
/** A capability's descriptor at the middle level, as the framework has it. */
const middleText = (id: string) => {
	const d = fw.capabilities.find((c) => c.id === id)?.descriptors.middle;
	return d?.applies ? d.text : '';
};

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

test('the page data says where a capability applies; the text, fetched apart, says what it reads', () => {
	const appraise = data.capabilities.find((c) => c.id === 'appraise')!;
	expect(appraise.levels).toEqual(['middle', 'top']);
	expect(JSON.stringify(data)).not.toContain(middleText('comfort'));
	const text = assessmentTextOf(fw);
	expect([text.frameworkId, text.frameworkVersion]).toEqual([
		data.frameworkId,
		data.frameworkVersion
	]);
	expect(Object.keys(text.descriptors.appraise!)).toEqual(['middle', 'top']);
	expect(descriptorOf(text.descriptors, 'appraise', 'middle')).toBe(middleText('appraise'));
	expect(descriptorOf(text.descriptors, 'appraise', 'entry')).toBe('');
	expect(descriptorOf(text.descriptors, 'gone', 'middle')).toBe('');
});

test('an open assessment fetches the descriptors with the roles, which the page does not ship', () => {
	expect(openAssessmentDataOf(fw)).toEqual({
		...assessmentTextOf(fw),
		roles: assessmentRolesOf(fw)
	});
	expect(data).not.toHaveProperty('roles');
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
