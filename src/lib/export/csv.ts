/**
 * Writing CSV that spreadsheets open safely: RFC 4180 quoting, CRLF line ends,
 * and cells that would start a formula neutralised with a leading apostrophe.
 */

/**
 * Cells a spreadsheet may run as a formula: = + - @ (and the full-width ＝ ＋ － ＠) at the start,
 * also after spaces, no-break or zero-width spaces, a byte-order mark or a line break, which
 * some spreadsheets trim on import; and a leading tab or carriage return.
 */
const FORMULA_START =
	/^[\t\r]|^[\s\u00a0\u200b-\u200d\u2060\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20]/;

/** One cell: formula starts neutralised, quoted when it holds a comma, quote or line break. */
export function csvCell(value: string | number | boolean | null | undefined): string {
	if (value === null || value === undefined) return '';
	let text = String(value);
	if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document from a header row and data rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
	const line = (cells: readonly unknown[]) =>
		cells.map((c) => csvCell(c as string | number | boolean | null | undefined)).join(',');
	return [line(header), ...rows.map(line)].join('\r\n') + '\r\n';
}
