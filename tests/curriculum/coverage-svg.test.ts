// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { coverageOf } from '../../src/lib/curriculum/coverage';
import { coverageSvg } from '../../src/lib/curriculum/coverage-svg';
import {
	layoutCoverageMatrix,
	MATRIX_LABEL_LINE_CHARS
} from '../../src/lib/layout/coverage-matrix';
import { accendFramework } from '../fixtures/accend';
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

test("every ACCEND domain's name is drawn whole, on one or two lines", () => {
	const fw = accendFramework();
	const domains = fw.domains.map((d) => ({ id: d.id, title: d.title }));
	const empty = { rows: domains.map(() => []), max: 0 };
	const svg = coverageSvg(layoutCoverageMatrix(empty, fw.levels, domains), 'T');
	const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
	const labels = [...doc.querySelectorAll('text[x="8"]')].map((t) => t.textContent ?? '');
	expect(labels.join(' ')).toBe(domains.map((d) => d.title).join(' '));
	expect(labels.filter((l) => l.length > MATRIX_LABEL_LINE_CHARS || l.endsWith('…'))).toEqual([]);
	expect(labels.length).toBeGreaterThan(domains.length);
});
