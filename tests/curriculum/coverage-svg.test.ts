// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { coverageOf } from '../../src/lib/curriculum/coverage';
import { coverageSvg } from '../../src/lib/curriculum/coverage-svg';
import { layoutCoverageMatrix } from '../../src/lib/layout/coverage-matrix';
import { miniCurriculum, miniData } from './mini';

const coverage = coverageOf(miniData, miniCurriculum().modules, 'top');
const layout = layoutCoverageMatrix(coverage, miniData.levels, miniData.domains);

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
