import { describe, expect, test } from 'vitest';
import {
	ASSESSMENT_CSV_COLUMNS,
	assessmentCsv,
	EARLIER_SECTION
} from '../../src/lib/assessment/csv';
import { assessmentDataOf, descriptorsOf } from '../../src/lib/assessment/data';
import {
	addPlanItem,
	annotate,
	createAssessment,
	rate,
	updatePlanItem
} from '../../src/lib/assessment/edit';
import { parseCsv } from '../../src/lib/curriculum/csv-parse';
import { miniFramework } from '../fixtures/mini';

const data = assessmentDataOf(miniFramework());
const descriptors = descriptorsOf(miniFramework());
const when = new Date('2026-11-30T10:00:00Z');

/** An entry-level nurse assessed against the middle level: both mini capabilities apply there. */
function sample() {
	let a = createAssessment(
		data,
		{ professionGroup: 'nursing', currentLevel: 'entry', targetLevel: 'middle' },
		'a1',
		when
	);
	a = rate(descriptors, a, 'comfort', 2, when);
	a = annotate(a, 'comfort', { note: 'Private, "quoted"', evidence: ['https://example.org/e'] });
	a = addPlanItem(a, 'appraise', 'p1', when);
	return updatePlanItem(a, 'p1', { action: 'Journal club', due: '2027-03-01' }, when);
}

const table = (csv: string) => {
	const read = parseCsv(csv, ',');
	if (!read.ok) throw new Error('the export should read back as CSV');
	const [head, ...body] = read.value.rows;
	return body.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i] ?? ''])));
};

describe('an assessment as a spreadsheet', () => {
	test('a header, then one row per capability at the target level, levels by name', () => {
		const rows = table(assessmentCsv(data, descriptors, sample()));
		expect(Object.keys(rows[0]!)).toEqual(ASSESSMENT_CSV_COLUMNS);
		expect(rows.map((r) => r.code)).toEqual(['T1.1', 'T2.1']);
		expect(rows[0]).toMatchObject({
			current_level: 'Entry',
			target_level: 'Middle',
			rating_value: '2',
			rating: 'Confident',
			note: 'Private, "quoted"',
			evidence: 'https://example.org/e'
		});
		expect(rows[1]).toMatchObject({
			rating: 'Not rated',
			planned_action: 'Journal club',
			by_when: '2027-03-01'
		});
	});

	test('notes and evidence stay out when the person asks', () => {
		const rows = table(assessmentCsv(data, descriptors, sample(), false));
		expect(rows[0]!.note).toBe('');
		expect(rows[0]!.evidence).toBe('');
		expect(rows[0]!.rating).toBe('Confident');
	});

	test('work on a capability the data no longer has is exported under its own section', () => {
		const a = sample();
		const old = {
			...a,
			ratings: {
				...a.ratings,
				retired: { value: 1, note: 'kept', evidence: [], seenText: 'Old words' }
			}
		};
		const rows = table(assessmentCsv(data, descriptors, old));
		const earlier = rows.find((r) => r.domain === EARLIER_SECTION)!;
		expect(earlier).toMatchObject({ capability: 'retired', rating: 'Developing' });
		expect(rows).toHaveLength(3);
	});
});
