import { expect, test } from 'vitest';
import { formatDuration } from '../src/lib/format';

test.each([
	[null, 'Varies'],
	[{ min: 18, max: 24, unit: 'months' }, '18 to 24 months'],
	[{ min: 2, max: 2, unit: 'years' }, '2 years'],
	[{ min: 1, max: 1, unit: 'years' }, '1 year'],
	[{ min: 4, max: 4, unit: 'days' }, '4 days']
] as const)('formatDuration(%j) is "%s"', (d, expected) => {
	expect(formatDuration(d)).toBe(expected);
});
