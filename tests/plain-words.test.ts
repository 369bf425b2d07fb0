import { expect, test } from 'vitest';
import { countInWords, formatDate, formatDuration } from '../src/lib/plain-words';

test.each([
	[null, 'Varies'],
	[{ min: 18, max: 24, unit: 'months' }, '18 to 24 months'],
	[{ min: 2, max: 2, unit: 'years' }, '2 years'],
	[{ min: 1, max: 1, unit: 'years' }, '1 year'],
	[{ min: 4, max: 4, unit: 'days' }, '4 days']
] as const)('formatDuration(%j) is "%s"', (d, expected) => {
	expect(formatDuration(d)).toBe(expected);
});

test.each([
	['2023-01-31', '31 January 2023'],
	['2025-03-01', '1 March 2025'],
	['2024-02-29', '29 February 2024'],
	['2026-12-09', '9 December 2026'],
	['2023-01', 'January 2023']
])('formatDate("%s") is "%s"', (iso, expected) => {
	expect(formatDate(iso)).toBe(expected);
});

test.each([
	'2023-02-29',
	'2023-13-01',
	'2023-00-10',
	'2023-04-31',
	'31/01/2023',
	'20231-01-01',
	''
])('formatDate refuses "%s" with a message naming it', (bad) => {
	expect(() => formatDate(bad)).toThrow(bad ? `"${bad}"` : '""');
});

test.each([
	[0, 'no'],
	[1, 'one'],
	[7, 'seven'],
	[9, 'nine'],
	[10, '10'],
	[42, '42'],
	[2.5, '2.5']
])(
	'countInWords(%s) is "%s" (words to nine, then digits, as NHS style writes counts)',
	(n, words) => {
		expect(countInWords(n)).toBe(words);
	}
);
