/**
 * The coverage matrix as a standalone SVG document, for the curriculum's SVG and PNG
 * exports: drawn from the same layout records as the on-screen table, so all three agree.
 */
import {
	MATRIX_CELL_HEIGHT,
	MATRIX_CELL_WIDTH,
	MATRIX_HEADER_HEIGHT,
	type MatrixLayout
} from '../layout/coverage-matrix';
import { DARK_TEXT } from '../layout/shading';

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** Distance between the baselines of a domain name's two lines, for 13px text. */
const LABEL_LINE_HEIGHT = 16;

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
		...layout.rows.map((r) => {
			// The lines are centred on the row as a block; 5 puts a 13px baseline mid-line.
			const top = r.y + MATRIX_CELL_HEIGHT / 2 + 5 - ((r.lines.length - 1) * LABEL_LINE_HEIGHT) / 2;
			return r.lines
				.map(
					(line, i) =>
						`<text x="8" y="${top + i * LABEL_LINE_HEIGHT}" font-size="13" fill="${DARK_TEXT}" ${font}>${escapeXml(line)}</text>`
				)
				.join('');
		}),
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
