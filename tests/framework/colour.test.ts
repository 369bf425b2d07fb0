import { describe, expect, test } from 'vitest';
import {
	contrastRatio,
	perceivedDifference,
	relativeLuminance
} from '../../src/lib/framework/colour';

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

describe('perceivedDifference', () => {
	test('a colour does not differ from itself, whatever the vision', () => {
		for (const v of ['normal', 'protanopia', 'deuteranopia', 'tritanopia'] as const) {
			expect(perceivedDifference('#a33c00', '#a33c00', v)).toBe(0);
		}
	});
	test('black and white are 100 apart in lightness', () => {
		expect(perceivedDifference('#000000', '#ffffff')).toBeCloseTo(100, 1);
	});
	test.each([
		['protanopia', '#d5281b', '#007f3b'],
		['deuteranopia', '#d5281b', '#007f3b'],
		['tritanopia', '#005eb8', '#00703c']
	] as const)('%s shrinks the gap between %s and %s', (vision, a, b) => {
		expect(perceivedDifference(a, b, vision)).toBeLessThan(perceivedDifference(a, b) * 0.8);
	});
});
