/**
 * The plan's "By when" date as the NHS date input asks for it: day, month and
 * year in three fields, checked with the NHS service manual's messages.
 */
import type { Read } from '../read';

export interface DateParts {
	day: string;
	month: string;
	year: string;
}

/** The parts of a stored date ("2027-03-31" → 31, 3, 2027); empty parts for no date. */
export function partsOf(iso: string): DateParts {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	return m
		? { day: String(Number(m[3])), month: String(Number(m[2])), year: m[1]! }
		: { day: '', month: '', year: '' };
}

/**
 * The stored date ("YYYY-MM-DD") of what was typed, '' when all three are empty, or the
 * NHS-style message: readDateParts({day: '31', month: '2', year: '2027'}) → "Date must be a real date".
 */
export function readDateParts(parts: DateParts): Read<string> & { field?: keyof DateParts } {
	const day = parts.day.trim();
	const month = parts.month.trim();
	const year = parts.year.trim();
	if (!day && !month && !year) return { ok: true, value: '' };
	const missing = (['day', 'month', 'year'] as const).filter((k) => !parts[k].trim());
	if (missing.length)
		return {
			ok: false,
			message: `Date must include a ${missing.join(' and ')}`,
			field: missing[0]
		};
	if (![day, month, year].every((x) => /^\d+$/.test(x)))
		return { ok: false, message: 'Date must be a real date', field: 'day' };
	if (year.length !== 4)
		return { ok: false, message: 'Year must include 4 numbers', field: 'year' };
	const d = Number(day);
	const m = Number(month);
	const y = Number(year);
	const date = new Date(Date.UTC(y, m - 1, d));
	if (m < 1 || m > 12 || d < 1 || date.getUTCDate() !== d || date.getUTCMonth() !== m - 1)
		return {
			ok: false,
			message: 'Date must be a real date',
			field: m < 1 || m > 12 ? 'month' : 'day'
		};
	return {
		ok: true,
		value: `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
	};
}
