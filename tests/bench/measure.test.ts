import { expect, test } from 'vitest';
import { percentile, summarise } from './measure';

test.each([
	[[1, 2, 3, 4], 0.5, 2],
	[[1, 2, 3, 4], 0.95, 4],
	[[5], 0.5, 5],
	[Array.from({ length: 100 }, (_, i) => i + 1), 0.95, 95]
])('percentile(%j, %f) is %f', (sorted, share, expected) => {
	expect(percentile(sorted, share)).toBe(expected);
});

test('summarise sorts before it reads', () => {
	expect(summarise([9, 1, 5])).toEqual({ median: 5, p95: 9, runs: 3 });
});
