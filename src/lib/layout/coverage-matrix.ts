/**
 * Geometry and shading of the coverage matrix (domains down, levels across):
 * cell fills from a d3 colour scale over outcome counts, with a text colour
 * that keeps 4.5:1 contrast on every fill. Used by the on-screen table and by
 * the SVG and PNG exports, so all three shade alike.
 */
import { scaleLinear } from 'd3-scale';
import { contrastRatio } from '../framework/colour';
import type { Coverage } from '../curriculum/coverage';

/** No outcomes: a pale grey that still reads as a cell. */
export const EMPTY_FILL = '#f0f4f5';
/** The scale runs from a pale to the full NHS blue as outcome counts rise. */
const LOW_FILL = '#d6e6f5';
const HIGH_FILL = '#005eb8';
const DARK_TEXT = '#212b32';
const LIGHT_TEXT = '#ffffff';
/** Export geometry: room for domain names at the left and level names on top. */
export const MATRIX_LABEL_WIDTH = 260;
export const MATRIX_HEADER_HEIGHT = 44;
export const MATRIX_CELL_WIDTH = 104;
export const MATRIX_CELL_HEIGHT = 52;

export interface MatrixCell {
	domain: string;
	level: string;
	row: number;
	column: number;
	x: number;
	y: number;
	fill: string;
	text: string;
	count: number;
	gap: boolean;
	/** False where no capability of the domain applies at the level: nothing to map, nothing to open. */
	applicable: boolean;
	/** What the cell says, a line each: ["3 outcomes", "2/5 capabilities"], or ["Not applicable"]. */
	lines: string[];
	/** The lines in one phrase: "3 outcomes · 2/5 capabilities". */
	label: string;
}

export interface MatrixLayout {
	width: number;
	height: number;
	columns: { id: string; name: string; x: number }[];
	rows: { id: string; name: string; y: number }[];
	cells: MatrixCell[];
}

/** d3's "rgb(0, 94, 184)" as "#005eb8", the form the contrast check and SVG files use. */
export function rgbToHex(colour: string): string {
	const m = /^rgb\((\d+), ?(\d+), ?(\d+)\)$/.exec(colour);
	if (!m) return colour;
	return `#${m
		.slice(1, 4)
		.map((v) => Number(v).toString(16).padStart(2, '0'))
		.join('')}`;
}

/** The text colour with the better contrast on a fill. */
export function textOn(fill: string): string {
	return contrastRatio(fill, DARK_TEXT) >= contrastRatio(fill, LIGHT_TEXT) ? DARK_TEXT : LIGHT_TEXT;
}

/** Lay the matrix out for the given levels and domains (framework order). */
export function layoutCoverageMatrix(
	coverage: Coverage,
	levels: readonly { id: string; name: string }[],
	domains: readonly { id: string; title: string }[]
): MatrixLayout {
	const shade = scaleLinear<string>()
		.domain([1, Math.max(1, coverage.max)])
		.range([LOW_FILL, HIGH_FILL]);
	const cells = coverage.rows.flatMap((row, r) =>
		row.map((cell, c): MatrixCell => {
			const count = cell.outcomes.length;
			const fill = count ? rgbToHex(shade(count)) : EMPTY_FILL;
			const lines =
				cell.applicable === 0
					? ['Not applicable']
					: [
							`${count} ${count === 1 ? 'outcome' : 'outcomes'}`,
							`${cell.covered}/${cell.applicable} capabilities`
						];
			return {
				domain: cell.domain,
				level: cell.level,
				row: r,
				column: c,
				x: MATRIX_LABEL_WIDTH + c * MATRIX_CELL_WIDTH,
				y: MATRIX_HEADER_HEIGHT + r * MATRIX_CELL_HEIGHT,
				fill,
				text: textOn(fill),
				count,
				gap: cell.gap,
				applicable: cell.applicable > 0,
				lines,
				label: lines.join(' · ')
			};
		})
	);
	return {
		width: MATRIX_LABEL_WIDTH + levels.length * MATRIX_CELL_WIDTH,
		height: MATRIX_HEADER_HEIGHT + domains.length * MATRIX_CELL_HEIGHT,
		columns: levels.map((l, i) => ({
			id: l.id,
			name: l.name,
			x: MATRIX_LABEL_WIDTH + i * MATRIX_CELL_WIDTH
		})),
		rows: domains.map((d, i) => ({
			id: d.id,
			name: d.title,
			y: MATRIX_HEADER_HEIGHT + i * MATRIX_CELL_HEIGHT
		})),
		cells
	};
}

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** Longest domain name drawn in one line before it is cut with an ellipsis. */
const MAX_LABEL_CHARS = 40;
const cut = (s: string) => (s.length > MAX_LABEL_CHARS ? `${s.slice(0, MAX_LABEL_CHARS - 1)}…` : s);

/** The matrix as a standalone SVG document, titled, for the export. */
export function coverageSvg(layout: MatrixLayout, title: string): string {
	const font = 'font-family="Arial, Helvetica, sans-serif"';
	const parts = [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" role="img" aria-labelledby="t">`,
		`<title id="t">${escapeXml(title)}</title>`,
		`<rect width="100%" height="100%" fill="#ffffff"/>`,
		...layout.columns.map(
			(c) =>
				`<text x="${c.x + MATRIX_CELL_WIDTH / 2}" y="${MATRIX_HEADER_HEIGHT - 14}" text-anchor="middle" font-size="13" font-weight="bold" fill="${DARK_TEXT}" ${font}>${escapeXml(c.name)}</text>`
		),
		...layout.rows.map(
			(r) =>
				`<text x="8" y="${r.y + MATRIX_CELL_HEIGHT / 2 + 5}" font-size="13" fill="${DARK_TEXT}" ${font}>${escapeXml(cut(r.name))}</text>`
		),
		...layout.cells.map((c) => {
			const [first, second] = c.lines;
			return [
				`<rect x="${c.x + 1}" y="${c.y + 1}" width="${MATRIX_CELL_WIDTH - 2}" height="${MATRIX_CELL_HEIGHT - 2}" fill="${c.fill}"${c.gap ? ` stroke="#d5281b" stroke-width="2" stroke-dasharray="4 3"` : ''}/>`,
				`<text x="${c.x + MATRIX_CELL_WIDTH / 2}" y="${c.y + 22}" text-anchor="middle" font-size="12" font-weight="bold" fill="${c.text}" ${font}>${escapeXml(first ?? '')}</text>`,
				second
					? `<text x="${c.x + MATRIX_CELL_WIDTH / 2}" y="${c.y + 38}" text-anchor="middle" font-size="11" fill="${c.text}" ${font}>${escapeXml(second)}</text>`
					: ''
			].join('');
		}),
		'</svg>'
	];
	return parts.join('\n');
}
