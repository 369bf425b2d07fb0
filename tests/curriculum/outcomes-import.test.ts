import { describe, expect, test } from 'vitest';
import { MAX_OUTCOME_CHARS } from '../../src/lib/curriculum/model';
import {
	collectOutcomes,
	guessColumns,
	listToOutcomes,
	rowsToOutcomes,
	tidyOutcome
} from '../../src/lib/curriculum/outcomes-import';

const ids = () => {
	let n = 0;
	return () => `id${++n}`;
};

describe('guessColumns', () => {
	test.each([
		[
			[['Module', 'LO code', 'Learning outcome']],
			{ hasHeader: true, module: 0, outcomeCode: 1, outcome: 2, moduleCode: null }
		],
		[
			[['Module code', 'Module title', 'Outcome']],
			{ hasHeader: true, moduleCode: 0, module: 1, outcome: 2, outcomeCode: null }
		],
		[
			[['Unit', 'Objective']],
			{ hasHeader: true, module: 0, outcome: 1, moduleCode: null, outcomeCode: null }
		],
		// No header: the outcomes are where the longest text is.
		[
			[
				['M1', 'Describe the cancer pathway'],
				['M1', 'Explain screening in detail']
			],
			{ hasHeader: false, outcome: 1, module: null, moduleCode: null, outcomeCode: null }
		]
	])('%j', (rows, expected) => {
		expect(guessColumns(rows)).toEqual(expected);
	});
});

describe('tidyOutcome', () => {
	test.each([
		['1. Describe the pathway', { text: 'Describe the pathway', code: '' }],
		['•   Describe  the\tpathway ', { text: 'Describe the pathway', code: '' }],
		['- Explain screening', { text: 'Explain screening', code: '' }],
		['(a) Explain screening', { text: 'Explain screening', code: '' }],
		['LO3: Explain screening', { text: 'Explain screening', code: 'LO3' }],
		['lo 12 - Explain screening', { text: 'Explain screening', code: 'LO12' }],
		['A person-centred approach', { text: 'A person-centred approach', code: '' }],
		['2.5 Gy per fraction: explain', { text: '2.5 Gy per fraction: explain', code: '' }],
		['10.5% of patients relapse', { text: '10.5% of patients relapse', code: '' }],
		['-20 degrees storage', { text: '-20 degrees storage', code: '' }],
		['3) Explain staging', { text: 'Explain staging', code: '' }]
	])('%j', (raw, expected) => {
		expect(tidyOutcome(raw)).toEqual(expected);
	});
});

describe('collectOutcomes', () => {
	const rows = [
		['Module', 'Outcome'],
		['Foundations', 'Describe the cancer pathway'],
		['Foundations', ''],
		['Foundations', 'describe the cancer pathway.'],
		['Practice', 'Describe the cancer pathway'],
		['', 'Reflect on practice'],
		['Practice', '=HYPERLINK("http://evil","click")'],
		['Practice', '<script>alert(1)</script> Explain risk']
	];
	const choice = guessColumns(rows);
	const read = collectOutcomes(rowsToOutcomes(rows, choice), 'Imported outcomes', ids());
	if (!read.ok) throw new Error(read.message);
	const { modules, report } = read.value;

	test('groups outcomes by module, in the order first seen, with a default module', () => {
		expect(modules.map((m) => [m.title, m.outcomes.length])).toEqual([
			['Foundations', 1],
			['Practice', 3],
			['Imported outcomes', 1]
		]);
	});

	test('reports empty rows and duplicates by spreadsheet row number', () => {
		expect(report.emptyRows).toEqual([3]);
		// A duplicate is the same words in the same module; across modules it is kept.
		expect(report.duplicates).toEqual([{ row: 4, text: 'describe the cancer pathway.' }]);
		expect(report.outcomes).toBe(5);
		expect(report.modules).toBe(3);
	});

	test('keeps markup and formulas as plain text, and says so', () => {
		expect(report.formulas).toEqual([7]);
		expect(report.markup).toEqual([8]);
		const texts = modules.flatMap((m) => m.outcomes.map((o) => o.text));
		expect(texts).toContain('=HYPERLINK("http://evil","click")');
		expect(texts).toContain('<script>alert(1)</script> Explain risk');
	});

	test('cuts an over-long outcome and reports it', () => {
		const long = collectOutcomes(
			[{ row: 1, text: 'x'.repeat(MAX_OUTCOME_CHARS + 50) }],
			'M',
			ids()
		);
		expect(long.ok && long.value.report.cut).toEqual([1]);
		expect(long.ok && long.value.modules[0]!.outcomes[0]!.text.length).toBe(MAX_OUTCOME_CHARS);
	});

	test('a column of nothing is refused with a reason', () => {
		const read = collectOutcomes(
			rowsToOutcomes(
				[
					['a', ''],
					['b', ' ']
				],
				{ hasHeader: false, outcome: 1, module: null, moduleCode: null, outcomeCode: null }
			),
			'M',
			ids()
		);
		expect(read).toEqual({
			ok: false,
			message: expect.stringMatching(/No learning outcomes were found/)
		});
	});

	test('a pasted list: one outcome a line, list marks and codes tidied', () => {
		const pasted = collectOutcomes(
			listToOutcomes('LO1: Describe A\r\n\n2) Explain B\n• Discuss C'),
			'Module 1',
			ids()
		);
		expect(pasted.ok && pasted.value.modules[0]!.outcomes.map((o) => [o.code, o.text])).toEqual([
			['LO1', 'Describe A'],
			['', 'Explain B'],
			['', 'Discuss C']
		]);
		// A blank line spaces a pasted list; it is not a skipped row worth reporting.
		expect(pasted.ok && pasted.value.report.emptyRows).toEqual([]);
		expect(pasted.ok && pasted.value.modules[0]!.outcomes.length).toBe(3);
	});
});
