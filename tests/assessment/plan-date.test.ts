import { describe, expect, test } from 'vitest';
import { partsOf, readDateParts } from '../../src/lib/assessment/plan-date';

describe('readDateParts (the NHS date input)', () => {
	test.each([
		[['31', '3', '2027'], { ok: true, value: '2027-03-31' }],
		[['1', '12', '2026'], { ok: true, value: '2026-12-01' }],
		[['29', '2', '2028'], { ok: true, value: '2028-02-29' }],
		[['', '', ''], { ok: true, value: '' }],
		[['31', '2', '2027'], { ok: false, message: 'Date must be a real date', field: 'day' }],
		[['29', '2', '2027'], { ok: false, message: 'Date must be a real date', field: 'day' }],
		[['1', '13', '2027'], { ok: false, message: 'Date must be a real date', field: 'month' }],
		[['1', '6', '20255'], { ok: false, message: 'Year must include 4 numbers', field: 'year' }],
		[['1', '6', '27'], { ok: false, message: 'Year must include 4 numbers', field: 'year' }],
		[['1', 'June', '2027'], { ok: false, message: 'Date must be a real date', field: 'day' }],
		[['', '6', '2027'], { ok: false, message: 'Date must include a day', field: 'day' }],
		[['1', '', ''], { ok: false, message: 'Date must include a month and year', field: 'month' }]
	])('%j → %j', ([day, month, year], expected) => {
		expect(readDateParts({ day: day!, month: month!, year: year! })).toEqual(expected);
	});

	test('a stored date splits into the parts a person typed', () => {
		expect(partsOf('2027-03-09')).toEqual({ day: '9', month: '3', year: '2027' });
		expect(partsOf('')).toEqual({ day: '', month: '', year: '' });
	});
});
