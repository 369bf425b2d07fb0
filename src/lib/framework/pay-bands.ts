/**
 * Agenda for Change pay bands as the data writes them ("Band 6–7", "Band 8b–8d"),
 * read back into the single bands they span, so that someone who searches for
 * "band 7" finds every level whose typical range includes Band 7.
 */

/** Agenda for Change bands in order; a range spans every band between its ends. */
const BANDS = ['1', '2', '3', '4', '5', '6', '7', '8a', '8b', '8c', '8d', '9'] as const;

/**
 * The single bands a pay band text spans, each as "Band N".
 * bandsIn("Band 8b–8d") → ["Band 8b", "Band 8c", "Band 8d"]; text that names no band → [].
 */
export function bandsIn(text: string): string[] {
	const match = /^Band\s+(\d[a-d]?)(?:\s*[–-]\s*(\d[a-d]?))?$/i.exec(text.trim());
	if (!match) return [];
	const from = BANDS.indexOf(match[1]!.toLowerCase() as (typeof BANDS)[number]);
	const to = match[2] ? BANDS.indexOf(match[2].toLowerCase() as (typeof BANDS)[number]) : from;
	if (from < 0 || to < from) return [];
	return BANDS.slice(from, to + 1).map((b) => `Band ${b}`);
}
