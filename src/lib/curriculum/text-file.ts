/**
 * Turning the bytes of an uploaded file into text, or a reason it cannot be:
 * too large, binary (a spreadsheet renamed .csv, an image), or empty. Reads
 * UTF-8 (with or without a byte-order mark) and falls back to Windows-1252,
 * which is what Excel on Windows writes for "CSV (Comma delimited)".
 */
import type { Read } from '../read';

/** Largest file read: a whole programme's outcomes are a few hundred KB at most. */
export const MAX_TEXT_FILE_BYTES = 2_000_000;
/** Bytes inspected to tell text from binary; enough to see a file's header and first rows. */
const SNIFF_BYTES = 8192;
/** Share of control characters above which a file is binary, not text with a stray byte. */
const MAX_CONTROL_SHARE = 0.02;

export type Encoding = 'utf-8' | 'windows-1252' | 'mixed';

/** A decoded file, and the lines that were not UTF-8 in a file that otherwise is. */
export interface DecodedText {
	text: string;
	encoding: Encoding;
	/** Line numbers (1 is the first) read as Windows-1252 in a mostly UTF-8 file. */
	otherLines: number[];
}

/**
 * Windows-1252's characters for bytes 0x80–0x9F (curly quotes, dashes, €…).
 * Decoded by hand because some runtimes' "windows-1252" decoder is plain
 * Latin-1 there; '' marks the five bytes the code page leaves undefined.
 */
const CP1252_HIGH = [
	'\u20ac',
	'',
	'\u201a',
	'\u0192',
	'\u201e',
	'\u2026',
	'\u2020',
	'\u2021',
	'\u02c6',
	'\u2030',
	'\u0160',
	'\u2039',
	'\u0152',
	'',
	'\u017d',
	'',
	'',
	'\u2018',
	'\u2019',
	'\u201c',
	'\u201d',
	'\u2022',
	'\u2013',
	'\u2014',
	'\u02dc',
	'\u2122',
	'\u0161',
	'\u203a',
	'\u0153',
	'',
	'\u017e',
	'\u0178'
];

/** Bytes as Windows-1252 text. */
export function decodeWindows1252(bytes: Uint8Array): string {
	let text = '';
	for (const b of bytes) {
		text += b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] || '\ufffd' : String.fromCharCode(b);
	}
	return text;
}

/** Human size: 10_485_760 → "10.5 MB". */
export const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** Refuse a file by its size before reading it, so a huge file never freezes the page. */
export function checkFileSize(bytes: number): Read<null> {
	if (bytes === 0) return { ok: false, message: 'That file is empty. Nothing was imported.' };
	if (bytes > MAX_TEXT_FILE_BYTES) {
		return {
			ok: false,
			message: `That file is ${megabytes(bytes)}, larger than the ${megabytes(MAX_TEXT_FILE_BYTES)} a list of learning outcomes needs. Save only the outcomes as CSV and try again. Nothing was imported.`
		};
	}
	return { ok: true, value: null };
}

const startsWith = (bytes: Uint8Array, signature: number[]) =>
	signature.every((b, i) => bytes[i] === b);

/** A UTF-16 file (Excel's "Unicode text"): a byte-order mark, or a zero in every other byte. */
function looksUtf16(head: Uint8Array): boolean {
	if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff])) return true;
	let zeros = 0;
	for (let i = 1; i < head.length; i += 2) if (head[i] === 0 || head[i - 1] === 0) zeros++;
	return head.length >= 4 && zeros / Math.floor(head.length / 2) > 0.9;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Bytes that are not valid UTF-8 as a whole: when some lines are UTF-8 with accents and others
 * are not, each line is read in its own encoding and the others named; otherwise Windows-1252.
 */
function decodeFallback(bytes: Uint8Array): DecodedText {
	const lines: Uint8Array[] = [];
	let start = 0;
	for (let i = 0; i <= bytes.length; i++) {
		if (i === bytes.length || bytes[i] === 0x0a) {
			lines.push(bytes.subarray(start, i));
			start = i + 1;
		}
	}
	const otherLines: number[] = [];
	let utf8Accented = 0;
	const texts = lines.map((line, i) => {
		try {
			const text = utf8.decode(line);
			if (line.some((b) => b >= 0x80)) utf8Accented++;
			return text;
		} catch {
			otherLines.push(i + 1);
			return decodeWindows1252(line);
		}
	});
	return utf8Accented
		? { text: texts.join('\n'), encoding: 'mixed', otherLines }
		: { text: decodeWindows1252(bytes), encoding: 'windows-1252', otherLines: [] };
}

/** Decode a file's bytes as text. */
export function decodeText(bytes: Uint8Array): Read<DecodedText> {
	const size = checkFileSize(bytes.length);
	if (!size.ok) return size;
	if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
		return {
			ok: false,
			message:
				'That file is an Excel workbook, not a CSV. In Excel choose File › Save As › “CSV UTF-8 (Comma delimited)”, then import the saved file. Nothing was imported.'
		};
	}
	const head = bytes.subarray(0, SNIFF_BYTES);
	if (looksUtf16(head)) {
		return {
			ok: false,
			message:
				'That file is saved as UTF-16 (Excel’s “Unicode Text”), which this import does not read. In Excel choose File › Save As › “CSV UTF-8 (Comma delimited)”, then import the saved file. Nothing was imported.'
		};
	}
	let control = 0;
	for (const b of head)
		if (b === 0 || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d)) control++;
	if (head.includes(0) || control / head.length > MAX_CONTROL_SHARE) {
		return {
			ok: false,
			message:
				'That file is not text: it looks like a binary file (an image, a document or a workbook) with a .csv name. Export your outcomes from the spreadsheet as CSV and import that. Nothing was imported.'
		};
	}
	try {
		return { ok: true, value: { text: utf8.decode(bytes), encoding: 'utf-8', otherLines: [] } };
	} catch {
		// Not valid UTF-8: Excel's "CSV (Comma delimited)" on Windows writes Windows-1252.
		return { ok: true, value: decodeFallback(bytes) };
	}
}
