/**
 * The width of a line of text in the site's font (Arial, or a metric-compatible
 * fallback such as Liberation Sans), from the font's advance widths. Lets the
 * pure layout wrap titles to fit their boxes without measuring in a DOM.
 */

/** Arial advance widths of printable ASCII (space to tilde), in thousandths of an em. */
const ARIAL_WIDTHS = [
	278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
	556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
	611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
	667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
	222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584
];
/** Characters outside ASCII (accents, dashes, curly quotes): as wide as the widest common letters. */
const OTHER_WIDTH = 722;

/**
 * Width in px of `text` set at `fontSize` px, bold text taken as 6% wider.
 * Example: textWidth('Nurse', 14) → about 36.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
	let units = 0;
	for (const ch of text) {
		const code = ch.codePointAt(0) ?? 0;
		units += code >= 32 && code <= 126 ? ARIAL_WIDTHS[code - 32]! : OTHER_WIDTH;
	}
	return ((units * fontSize) / 1000) * (bold ? 1.06 : 1);
}
