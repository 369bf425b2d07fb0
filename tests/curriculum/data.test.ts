import { expect, test } from 'vitest';
import { assessmentDataOf, descriptorsOf } from '../../src/lib/assessment/data';
import { curriculumDataOf, curriculumTextOf } from '../../src/lib/curriculum/data';
import { miniFramework } from '../fixtures/mini';

const fw = miniFramework();
const vocabulary = { equivalents: [['SACT', 'chemotherapy']] };

test('curriculum mapping shares the assessment slice; summaries and the vocabulary come with the text', () => {
	const data = curriculumDataOf(fw);
	const base = assessmentDataOf(fw);
	expect(data.frameworkId).toBe(base.frameworkId);
	expect(data.levels).toEqual(base.levels);
	expect(data.capabilities).toEqual(base.capabilities);
	const text = curriculumTextOf(fw, vocabulary);
	expect([text.frameworkId, text.frameworkVersion]).toEqual([
		data.frameworkId,
		data.frameworkVersion
	]);
	expect(text.equivalents).toEqual([['SACT', 'chemotherapy']]);
	expect(text.descriptors).toEqual(descriptorsOf(fw));
	for (const c of fw.capabilities) expect(text.summaries[c.id]).toBe(c.summary);
});

test('what curriculum mapping does not use, or reads only once mapping starts, is not shipped with the page', () => {
	const data = curriculumDataOf(fw) as unknown as Record<string, unknown>;
	expect(data.groups).toBeUndefined();
	expect(data.offers).toBeUndefined();
	expect(data.equivalents).toBeUndefined();
	expect(JSON.stringify(data)).not.toContain(fw.capabilities[0]!.summary);
});
