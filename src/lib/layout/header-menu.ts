/**
 * How many header navigation links fit on one line, the rest going behind "More": the same rule
 * as nhsuk-frontend's header script, as a pure function of measured widths.
 */

/**
 * The number of leading items that fit in `available` pixels. When every item fits there is no
 * menu; otherwise the menu button's width is set aside first.
 * Example: widths [100, 100, 100], available 250, menu 60 → 1 (100 + 100 would pass 190).
 */
export function itemsThatFit(
	widths: readonly number[],
	available: number,
	menuWidth: number
): number {
	const total = widths.reduce((sum, w) => sum + w, 0);
	if (total <= available) return widths.length;
	let right = 0;
	let count = 0;
	for (const width of widths) {
		right += width;
		if (right > available - menuWidth) break;
		count += 1;
	}
	return count;
}
