import { describe, expect, test } from 'vitest';
import { contrastRatio, relativeLuminance } from '../../src/lib/framework/colour';

describe('relativeLuminance', () => {
	test.each([
		['#000000', 0],
		['#ffffff', 1],
		['#808080', 0.2158605]
	])('%s → %f', (hex, expected) => {
		expect(relativeLuminance(hex)).toBeCloseTo(expected, 5);
	});
});

describe('contrastRatio', () => {
	test.each([
		['#000000', '#ffffff', 21],
		['#ffffff', '#000000', 21],
		['#005eb8', '#ffffff', 6.38],
		['#767676', '#ffffff', 4.54],
		['#ffffff', '#ffffff', 1]
	])('%s on %s is %f:1', (a, b, expected) => {
		expect(contrastRatio(a, b)).toBeCloseTo(expected, 2);
	});
});
