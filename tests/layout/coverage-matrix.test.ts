import { describe, expect, test } from 'vitest';
import { coverageOf } from '../../src/lib/curriculum/coverage';
import { contrastRatio, MIN_TEXT_CONTRAST } from '../../src/lib/framework/colour';
import {
	layoutCoverageMatrix,
	MATRIX_CELL_WIDTH,
	MATRIX_LABEL_WIDTH,
	wrapLabel
} from '../../src/lib/layout/coverage-matrix';
import { EMPTY_FILL } from '../../src/lib/layout/shading';
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
	});
});

describe('wrapLabel', () => {
	test.each([
		['Education and facilitating learning', 44, ['Education and facilitating learning']],
		['Education and facilitating learning', 21, ['Education and', 'facilitating learning']],
		// The walker's cut name now reads whole over two lines.
		[
			'Person-centred communication and psychological support',
			44,
			['Person-centred communication and', 'psychological support']
		],
		// More than two lines' worth: the second line ends with an ellipsis to say so.
		['one two three four five six', 9, ['one two', 'three…']],
		// A single word longer than a line is cut rather than overflowing.
		['Supercalifragilistic', 10, ['Supercali…']],
		['', 10, []]
	])('%j in lines of %i', (text, maxChars, expected) => {
		expect(wrapLabel(text, maxChars, 2)).toEqual(expected);
	});
});
