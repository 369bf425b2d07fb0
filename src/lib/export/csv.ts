/**
 * Writing CSV that spreadsheets open safely: RFC 4180 quoting, CRLF line ends,
 * and cells that would start a formula neutralised with a leading apostrophe.
 */

/** Characters that make Excel, LibreOffice or Sheets treat a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

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
