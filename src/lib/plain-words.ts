/** Durations, route kinds and dates in plain words, as pages show them (NHS style). */
import type { Duration, RouteKind } from './framework/schema';

/** { min: 18, max: 24, unit: 'months' } → "18 to 24 months"; equal ends → "2 years". */
export function formatDuration(d: Duration | null): string {
	if (!d) return 'Varies';
	const unit = d.min === d.max && d.max === 1 ? d.unit.replace(/s$/, '') : d.unit;
	return d.min === d.max ? `${d.min} ${unit}` : `${d.min} to ${d.max} ${unit}`;
}

export const ROUTE_KIND_LABELS: Record<RouteKind, string> = {
	apprenticeship: 'Apprenticeship',
	registration: 'Registration',
	'post-registration': 'Post-registration study',
	masters: "Master's",
	'consultant-recognition': 'Consultant recognition',
	other: 'Other training'
};

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
] as const;

/**
 * An ISO date in the NHS style: "2023-01-31" → "31 January 2023", "2023-01" → "January 2023".
 * Read from the digits, not through Date, so no time zone can move the day. Throws on anything
 * that is not a real calendar date, so a bad date fails the build instead of reaching a page.
 */
export function formatDate(iso: string): string {
	const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
	const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
	if (!m || !month) throw new RangeError(`"${iso}" is not a date in the form YYYY-MM-DD`);
	const year = Number(m[1]);
	if (m[3] === undefined) return `${month} ${year}`;
	const day = Number(m[3]);
	const daysInMonth = new Date(Date.UTC(year, Number(m[2]), 0)).getUTCDate();
	if (day < 1 || day > daysInMonth) throw new RangeError(`"${iso}" has no day ${day} in ${month}`);
	return `${day} ${month} ${year}`;
}

const SMALL_NUMBERS = [
	'no',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine'
] as const;

/**
 * A count as NHS style writes it in running text: words from one to nine, digits from 10.
 * 7 → "seven", 12 → "12". The framework's shape comes from its data, so copy about "the seven
 * levels" is written with this rather than typed in.
 */
export function countInWords(n: number): string {
	return Number.isInteger(n) && n >= 0 && n < SMALL_NUMBERS.length ? SMALL_NUMBERS[n]! : String(n);
}
