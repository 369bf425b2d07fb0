/**
 * Geometry of the coverage matrix (domains down, levels across): where each cell sits,
 * what it says, and its shading (from ./shading). Pure: plain counts in, positioned
 * records out, for the on-screen table and the curriculum's SVG and PNG exports alike.
 */
import { countShading, textOn } from './shading';

/** Export geometry: room for domain names (two lines of 13px text) at the left and level names on top. */
export const MATRIX_LABEL_WIDTH = 320;
export const MATRIX_HEADER_HEIGHT = 44;
export const MATRIX_CELL_WIDTH = 104;
export const MATRIX_CELL_HEIGHT = 52;
/** Characters of a domain name per line: 13px Arial averages under 6.6px a character, in 304px. */
export const MATRIX_LABEL_LINE_CHARS = 44;
/** Lines a domain name may take: two fit a 52px row at 13px. */
const MATRIX_LABEL_LINES = 2;

/**
 * Words into at most `maxLines` lines of at most `maxChars` characters; only what still does not
 * fit is cut, with an ellipsis. e.g. wrapLabel('Education and facilitating learning', 21, 2)
 * → ['Education and', 'facilitating learning'] (a word longer than a line is cut too).
 */
export function wrapLabel(text: string, maxChars: number, maxLines: number): string[] {
	const lines: string[] = [];
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const last = lines.at(-1);
		if (last !== undefined && last.length + 1 + word.length <= maxChars)
			lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	const kept = lines.slice(0, maxLines);
	const cut = (s: string) => `${s.slice(0, maxChars - 1).trimEnd()}…`;
	return kept.map((line, i) =>
		line.length > maxChars || (i === maxLines - 1 && lines.length > maxLines) ? cut(line) : line
	);
}

/** One domain at one level, as the matrix needs it: the outcomes there are only counted. */
export interface MatrixInputCell {
	domain: string;
	level: string;
	outcomes: readonly unknown[];
	/** Capabilities of the domain that apply at the level, and how many of them are mapped. */
	applicable: number;
	covered: number;
	gap: boolean;
}

/** The counts to lay out: rows[d][l] is domain d at level l; `max` the largest outcome count. */
export interface MatrixInput {
	rows: readonly (readonly MatrixInputCell[])[];
	max: number;
}

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
	/** `lines`: the name wrapped for the export's label column. */
	rows: { id: string; name: string; lines: string[]; y: number }[];
	cells: MatrixCell[];
}

/** Lay the matrix out for the given levels and domains (framework order). */
export function layoutCoverageMatrix(
	coverage: MatrixInput,
	levels: readonly { id: string; name: string }[],
	domains: readonly { id: string; title: string }[]
): MatrixLayout {
	const shade = countShading(coverage.max);
	const cells = coverage.rows.flatMap((row, r) =>
		row.map((cell, c): MatrixCell => {
			const count = cell.outcomes.length;
			const fill = shade(count);
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
			lines: wrapLabel(d.title, MATRIX_LABEL_LINE_CHARS, MATRIX_LABEL_LINES),
			y: MATRIX_HEADER_HEIGHT + i * MATRIX_CELL_HEIGHT
		})),
		cells
	};
}
