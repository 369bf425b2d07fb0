/**
 * Reading CSV as people's spreadsheets write it: comma, semicolon (Excel in
 * much of Europe) or tab separated, quoted cells with doubled quotes and line
 * breaks inside, CRLF or LF line ends. Returns rows of plain strings.
 */
import type { Read } from '../read';

export type Delimiter = ',' | ';' | '\t';
const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];
/** Most rows read: a programme has hundreds of outcomes, not tens of thousands. */
export const MAX_CSV_ROWS = 5000;
/** Most columns read: a list of outcomes has a handful; thousands of commas mean it is not one. */
export const MAX_CSV_COLUMNS = 200;

const TOO_WIDE = `That file has more than ${MAX_CSV_COLUMNS} columns in a row, far more than a list of learning outcomes. Save only the outcome columns as CSV and import that. Nothing was imported.`;

/**
 * The delimiter used most often outside quotes in the first line: "a;b;c" → ";". Stops
 * counting once one delimiter passes the column limit: that line is refused as too wide.
 */
export function detectDelimiter(text: string): Delimiter {
	const counts = [0, 0, 0];
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		if (ch === '"') quoted = !quoted;
		else if (quoted) continue;
		else if (ch === '\n' || ch === '\r') break;
		else {
			const d = DELIMITERS.indexOf(ch as Delimiter);
			if (d >= 0 && ++counts[d]! > MAX_CSV_COLUMNS) return DELIMITERS[d]!;
		}
	}
	let best = 0;
	for (let d = 1; d < DELIMITERS.length; d++) if (counts[d]! > counts[best]!) best = d;
	return DELIMITERS[best]!;
}

/** Characters read between progress reports: often enough to move a bar, rarely enough to cost nothing. */
const PROGRESS_EVERY = 65_536;

/**
 * Parse CSV text into rows of cells; trailing empty lines are dropped.
 * `onProgress` hears the share of the text read (0–1) as parsing goes.
 */
export function parseCsv(
	text: string,
	delimiter: Delimiter = detectDelimiter(text),
	onProgress?: (share: number) => void
): Read<{ rows: string[][]; delimiter: Delimiter }> {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	const endRow = () => {
		row.push(cell);
		rows.push(row);
		row = [];
		cell = '';
	};
	// Runs of plain characters are found with a search and sliced, never added one character at
	// a time: that kept a 2 MB file's parse at a few tens of milliseconds, not hundreds.
	const plainRun = new RegExp(`[${delimiter === '\t' ? '\\t' : delimiter}\r\n]`, 'g');
	let nextReport = PROGRESS_EVERY;
	while (i < text.length) {
		if (onProgress && i >= nextReport) {
			onProgress(i / text.length);
			nextReport = i + PROGRESS_EVERY;
		}
		if (quoted) {
			const close = text.indexOf('"', i);
			// No closing quote: the file's last cell never ends, which is refused below.
			if (close < 0) break;
			cell += text.slice(i, close);
			if (text[close + 1] === '"') {
				cell += '"';
				i = close + 2;
			} else {
				quoted = false;
				i = close + 1;
			}
			continue;
		}
		const ch = text[i];
		if (ch === '"' && cell === '') {
			quoted = true;
			i++;
		} else if (ch === delimiter) {
			row.push(cell);
			cell = '';
			if (row.length >= MAX_CSV_COLUMNS) return { ok: false, message: TOO_WIDE };
			i++;
		} else if (ch === '\r' || ch === '\n') {
			i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
			endRow();
			if (rows.length > MAX_CSV_ROWS) {
				return {
					ok: false,
					message: `That file has more than ${MAX_CSV_ROWS} rows, far more than one programme’s learning outcomes. Import one programme at a time. Nothing was imported.`
				};
			}
		} else {
			// Plain text up to the next delimiter or line end; a quote inside it is an ordinary character.
			plainRun.lastIndex = i + 1;
			const end = plainRun.exec(text)?.index ?? text.length;
			cell += text.slice(i, end);
			i = end;
		}
	}
	if (quoted) {
		return {
			ok: false,
			message:
				'That file has a quotation mark that is never closed, so its rows cannot be told apart. Open it in a spreadsheet, save it as CSV again and re-import. Nothing was imported.'
		};
	}
	if (cell !== '' || row.length) endRow();
	while (rows.length && rows[rows.length - 1]!.every((c) => c.trim() === '')) rows.pop();
	return { ok: true, value: { rows, delimiter } };
}
