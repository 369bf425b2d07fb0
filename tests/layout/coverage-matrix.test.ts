// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { coverageOf } from '../../src/lib/curriculum/coverage';
import { contrastRatio, MIN_TEXT_CONTRAST } from '../../src/lib/framework/colour';
import {
	coverageSvg,
	EMPTY_FILL,
	layoutCoverageMatrix,
	MATRIX_CELL_WIDTH,
	MATRIX_LABEL_WIDTH,
	textOn,
	rgbToHex
} from '../../src/lib/layout/coverage-matrix';
import { miniCurriculum, miniData } from '../curriculum/mini';

const coverage = coverageOf(miniData, miniCurriculum().modules, 'top');
const layout = layoutCoverageMatrix(coverage, miniData.levels, miniData.domains);
const at = (domain: string, level: string) =>
	layout.cells.find((c) => c.domain === domain && c.level === level)!;

describe('layoutCoverageMatrix', () => {
	test('one cell per domain and level, placed in a grid', () => {
		expect(layout.cells).toHaveLength(6);
		expect(at('evidence', 'top')).toMatchObject({
			row: 1,
			column: 2,
			x: MATRIX_LABEL_WIDTH + 2 * MATRIX_CELL_WIDTH
		});
		expect(layout.width).toBe(MATRIX_LABEL_WIDTH + 3 * MATRIX_CELL_WIDTH);
	});

	test('empty cells are pale, fuller cells darker', () => {
		expect(at('care', 'top').fill).toBe(EMPTY_FILL);
		expect(at('care', 'top').gap).toBe(true);
		expect(at('evidence', 'entry').gap).toBe(false);
		expect(at('evidence', 'entry').label).toBe('Not applicable');
		expect(at('care', 'entry').label).toBe('2 outcomes · 1/1 capabilities');
		const darkness = (fill: string) => contrastRatio(fill, '#ffffff');
		expect(darkness(at('care', 'entry').fill)).toBeGreaterThan(
			darkness(at('evidence', 'middle').fill)
		);
	});

	test('text on every fill keeps 4.5:1 contrast', () => {
		for (const c of layout.cells)
			expect(contrastRatio(c.fill, c.text)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
		for (const fill of ['#000000', '#ffffff', '#005eb8', '#7fa7d6']) {
			expect(contrastRatio(fill, textOn(fill))).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
		}
	});
});

describe('coverageSvg', () => {
	test('a standalone SVG with the title escaped', () => {
		const svg = coverageSvg(layout, 'Coverage of <BSc> & "friends"');
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		expect(svg).toContain('&#60;BSc&#62; &#38; &#34;friends&#34;');
		expect(svg).not.toContain('<BSc>');
		expect(svg.match(/<rect x=/g)).toHaveLength(6);
		// Gaps are outlined in red, dashed, so they show in greyscale print too.
		expect(svg.match(/stroke-dasharray/g)).toHaveLength(1);
	});

	test('parses as XML', () => {
		const doc = new DOMParser().parseFromString(coverageSvg(layout, 'T'), 'image/svg+xml');
		expect(doc.querySelector('parsererror')).toBeNull();
	});
});

test.each([
	['rgb(0, 94, 184)', '#005eb8'],
	['rgb(255,255,255)', '#ffffff'],
	['#123456', '#123456']
])('rgbToHex(%j) → %j', (rgb, hex) => {
	expect(rgbToHex(rgb)).toBe(hex);
});
