/**
 * A CSV file's bytes to rows, start to end: decode (UTF-8 or Windows-1252),
 * then parse. The one function both the worker and the fallback on the page's
 * own thread run, so a file reads the same either way.
 */
import type { Read } from '../read';
import { parseCsv } from './csv-parse';
import { decodeText } from './text-file';

/** The rows of a CSV file, and the lines read as Windows-1252 in a mostly UTF-8 file. */
export interface CsvRead {
	rows: string[][];
	otherLines: number[];
}

/** Share of the progress bar given to decoding; parsing fills the rest. */
const DECODED_SHARE = 0.2;

/** Decode and parse a CSV file's bytes; `onProgress` hears the share done (0–1). */
export function readCsvBytes(
	bytes: Uint8Array,
	onProgress: (share: number) => void = () => {}
): Read<CsvRead> {
	const text = decodeText(bytes);
	if (!text.ok) return text;
	onProgress(DECODED_SHARE);
	const parsed = parseCsv(text.value.text, undefined, (share) =>
		onProgress(DECODED_SHARE + (1 - DECODED_SHARE) * share)
	);
	if (!parsed.ok) return parsed;
	onProgress(1);
	return { ok: true, value: { rows: parsed.value.rows, otherLines: text.value.otherLines } };
}
