import { expect, test } from 'vitest';
import { assessmentDataOf } from '../../src/lib/assessment/data';
import { curriculumDataOf } from '../../src/lib/curriculum/data';
import { miniFramework } from '../fixtures/mini';

const fw = miniFramework();
const vocabulary = { equivalents: [['SACT', 'chemotherapy']] };

test('curriculum mapping shares the assessment slice, with summaries and the vocabulary', () => {
	const data = curriculumDataOf(fw, vocabulary);
	const base = assessmentDataOf(fw);
	expect(data.frameworkId).toBe(base.frameworkId);
	expect(data.levels).toEqual(base.levels);
	expect(data.equivalents).toEqual([['SACT', 'chemotherapy']]);
	for (const c of data.capabilities) {
		const own = fw.capabilities.find((x) => x.id === c.id)!;
		expect(c.summary).toBe(own.summary);
		expect(c.descriptors).toEqual(base.capabilities.find((x) => x.id === c.id)!.descriptors);
	}
});

test('what curriculum mapping does not use is not shipped', () => {
	const data = curriculumDataOf(fw, vocabulary) as unknown as Record<string, unknown>;
	expect(data.groups).toBeUndefined();
	expect(data.offers).toBeUndefined();
});
