import { expect, test } from 'vitest';
import { itemsThatFit } from '../../src/lib/layout/header-menu';

test.each([
	{ widths: [100, 100, 100], available: 300, menu: 60, fit: 3, why: 'all fit exactly: no menu' },
	{ widths: [100, 100, 100], available: 1000, menu: 60, fit: 3, why: 'room to spare' },
	{ widths: [100, 100, 100], available: 299, menu: 60, fit: 2, why: 'one pixel short' },
	{ widths: [100, 100, 100], available: 250, menu: 60, fit: 1, why: 'the menu takes room too' },
	{ widths: [100, 100, 100], available: 120, menu: 60, fit: 0, why: 'only the menu' },
	{
		widths: [40, 200, 40],
		available: 200,
		menu: 60,
		fit: 1,
		why: 'stops at the first that overflows'
	},
	{ widths: [], available: 0, menu: 60, fit: 0, why: 'no items' }
])('$why: $fit of $widths in $available', ({ widths, available, menu, fit }) => {
	expect(itemsThatFit(widths, available, menu)).toBe(fit);
});
