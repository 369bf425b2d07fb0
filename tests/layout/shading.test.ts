import { expect, test } from 'vitest';
import { contrastRatio, MIN_TEXT_CONTRAST } from '../../src/lib/framework/colour';
import { countShading, EMPTY_FILL, rgbToHex, textOn } from '../../src/lib/layout/shading';

test('text on every fill keeps 4.5:1 contrast', () => {
	for (const fill of ['#000000', '#ffffff', '#005eb8', '#7fa7d6']) {
		expect(contrastRatio(fill, textOn(fill))).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
	}
});

test('no count is the empty fill; higher counts are darker, up to the full NHS blue', () => {
	const shade = countShading(4);
	const darkness = (fill: string) => contrastRatio(fill, '#ffffff');
	expect(shade(0)).toBe(EMPTY_FILL);
	expect(darkness(shade(2))).toBeGreaterThan(darkness(shade(1)));
	expect(darkness(shade(4))).toBeGreaterThan(darkness(shade(2)));
	expect(shade(4)).toBe('#005eb8');
	// A largest count of 0 (nothing mapped yet) still gives a scale rather than dividing by 0.
	expect(countShading(0)(1)).toMatch(/^#[0-9a-f]{6}$/);
});

test.each([
	['rgb(0, 94, 184)', '#005eb8'],
	['rgb(255,255,255)', '#ffffff'],
	['#123456', '#123456']
])('rgbToHex(%j) → %j', (rgb, hex) => {
	expect(rgbToHex(rgb)).toBe(hex);
});
