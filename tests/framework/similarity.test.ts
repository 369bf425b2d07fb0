import { expect, test } from 'vitest';
import { contentWords, wordSimilarity } from '../../src/lib/framework/similarity';

test('contentWords drops little words and case', () => {
	expect([...contentWords('Leads the audit of a Service')]).toEqual(['leads', 'audit', 'service']);
});

test.each([
	['Leads audit', 'Leads audit', 1],
	['Leads audit', 'leads the audit', 1],
	['Leads audit', 'Takes part in audit', 0.25],
	['Gives comfort', 'Writes policy', 0],
	['', '', 1]
])('wordSimilarity("%s", "%s") is %f', (a, b, expected) => {
	expect(wordSimilarity(a, b)).toBeCloseTo(expected, 5);
});

test('wordSimilarity is symmetric', () => {
	const a = 'Supervises students and support staff';
	const b = 'Leads a team, including supervision of staff';
	expect(wordSimilarity(a, b)).toBe(wordSimilarity(b, a));
});
