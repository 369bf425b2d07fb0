/**
 * From imported rows (a CSV after its columns are chosen, or a pasted list) to
 * modules and learning outcomes, with a report of what was tidied: empty rows,
 * duplicates, text cut to length, markup and formula-like cells kept as text.
 */
import type { Read } from '../read';
import { MAX_OUTCOME_CHARS, MAX_OUTCOMES, type Module } from './model';

/** The columns a person picked for a CSV (0-based), and whether row 1 is a header. */
export interface ColumnChoice {
	hasHeader: boolean;
	outcome: number;
	module: number | null;
	moduleCode: number | null;
	outcomeCode: number | null;
}

export interface ImportReport {
	outcomes: number;
	modules: number;
	/** Row numbers as a spreadsheet shows them (1 is the first line). */
	emptyRows: number[];
	duplicates: { row: number; text: string }[];
	cut: number[];
	/** Cells holding something like <b>, kept as plain text: nothing in them ever runs. */
	markup: number[];
	/** Cells starting with =, +, - or @: kept as text, and neutralised again on export. */
	formulas: number[];
}

export interface RawOutcome {
	row: number;
	text: string;
	code?: string;
	module?: string;
	moduleCode?: string;
}

/** Header words that name each column, for the first guess (the person can change it). */
const HEADER_HINTS: Record<keyof Omit<ColumnChoice, 'hasHeader'>, RegExp> = {
	outcomeCode: /^(lo|ilo|outcome)[ _-]?(code|no|number|id|ref)|^(lo|ilo)$/i,
	moduleCode: /^(module|unit|course)[ _-]?(code|no|number|id|ref)$/i,
	outcome: /outcome|objective|learning|\blo\b|description|statement/i,
	module: /module|unit|course|subject/i
};
/**
 * Leading list marks people paste: "1.", "(a)", "•", "- ". A number or dash is a mark only
 * when a space follows, so "2.5 Gy", "10.5%" and "-20 degrees" keep their numbers.
 */
const LIST_MARK = /^\s*(?:[•*·▪◦]+|[-–]+(?=\s)|\(?[0-9]{1,3}[.)](?=\s)|\(?[a-z][.)](?=\s))\s*/i;
const OUTCOME_CODE = /^\s*((?:I?LO|MLO|PLO)\s?[0-9]{1,3}[a-z]?)\s*[.:)–-]?\s+/i;
const MARKUP = /<\/?[a-z][^>]*>/i;
const FORMULA = /^[=+\-@]/;

/** First guess at the columns from a header row, or from the cells when there is none. */
export function guessColumns(rows: string[][]): ColumnChoice {
	const first = rows[0] ?? [];
	const find = (hint: RegExp, taken: (number | null)[]) => {
		const i = first.findIndex((cell, index) => !taken.includes(index) && hint.test(cell.trim()));
		return i < 0 ? null : i;
	};
	const outcomeCode = find(HEADER_HINTS.outcomeCode, []);
	const moduleCode = find(HEADER_HINTS.moduleCode, [outcomeCode]);
	const outcome = find(HEADER_HINTS.outcome, [outcomeCode, moduleCode]);
	const module = find(HEADER_HINTS.module, [outcomeCode, moduleCode, outcome]);
	const hasHeader = [outcome, module, outcomeCode, moduleCode].some((c) => c !== null);
	return {
		hasHeader,
		outcome: outcome ?? longestColumn(rows.slice(hasHeader ? 1 : 0)),
		module,
		moduleCode,
		outcomeCode
	};
}

/** The column with the longest text on average: where the outcomes usually are. */
function longestColumn(rows: string[][]): number {
	const width = Math.max(0, ...rows.map((r) => r.length));
	let best = 0;
	let bestLength = -1;
	for (let c = 0; c < width; c++) {
		const total = rows.reduce((sum, r) => sum + (r[c]?.trim().length ?? 0), 0);
		if (total > bestLength) [best, bestLength] = [c, total];
	}
	return best;
}

/** The rows of a CSV as raw outcomes, by the chosen columns. */
export function rowsToOutcomes(rows: string[][], choice: ColumnChoice): RawOutcome[] {
	const cell = (r: string[], c: number | null) => (c === null ? undefined : (r[c] ?? '').trim());
	return rows.slice(choice.hasHeader ? 1 : 0).map((r, i) => ({
		row: i + (choice.hasHeader ? 2 : 1),
		text: cell(r, choice.outcome) ?? '',
		code: cell(r, choice.outcomeCode),
		module: cell(r, choice.module),
		moduleCode: cell(r, choice.moduleCode)
	}));
}

/**
 * A pasted list, one outcome a line, as raw outcomes. Blank lines are how people space a list,
 * not rows of a table, so they are left out rather than reported as skipped.
 */
export function listToOutcomes(text: string): RawOutcome[] {
	return text
		.split(/\r\n|\r|\n/)
		.map((line, i) => ({ row: i + 1, text: line }))
		.filter((o) => o.text.trim() !== '');
}

/** An outcome's text without list marks, and any "LO3:" code split off. */
export function tidyOutcome(raw: string): { text: string; code: string } {
	let text = raw.replace(/\s+/g, ' ').trim().replace(LIST_MARK, '');
	const code = OUTCOME_CODE.exec(text);
	if (code) text = text.slice(code[0].length);
	return { text: text.trim(), code: code?.[1]?.toUpperCase().replace(/\s/g, '') ?? '' };
}

const sameText = (s: string) =>
	s
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();

/**
 * Group raw outcomes into modules, tidying as it goes. Rows without a module
 * go to `defaultModule`. Fails only when nothing usable is left.
 */
export function collectOutcomes(
	raw: RawOutcome[],
	defaultModule: string,
	makeId: () => string
): Read<{ modules: Module[]; report: ImportReport }> {
	const report: ImportReport = {
		outcomes: 0,
		modules: 0,
		emptyRows: [],
		duplicates: [],
		cut: [],
		markup: [],
		formulas: []
	};
	const modules = new Map<string, Module>();
	const seen = new Map<string, Set<string>>();
	for (const r of raw) {
		const tidy = tidyOutcome(r.text);
		if (!tidy.text) {
			report.emptyRows.push(r.row);
			continue;
		}
		const title = r.module?.trim() || defaultModule;
		let module = modules.get(title);
		if (!module) {
			module = {
				id: makeId(),
				code: (r.moduleCode ?? '').slice(0, 50),
				title: title.slice(0, 300),
				outcomes: []
			};
			modules.set(title, module);
			seen.set(title, new Set());
		}
		const key = sameText(tidy.text);
		if (seen.get(title)!.has(key)) {
			report.duplicates.push({ row: r.row, text: tidy.text });
			continue;
		}
		seen.get(title)!.add(key);
		if (report.outcomes >= MAX_OUTCOMES) {
			return {
				ok: false,
				message: `That list has more than ${MAX_OUTCOMES} learning outcomes, more than one curriculum holds. Import one programme at a time. Nothing was imported.`
			};
		}
		let text = tidy.text;
		if (text.length > MAX_OUTCOME_CHARS) {
			text = `${text.slice(0, MAX_OUTCOME_CHARS - 1)}…`;
			report.cut.push(r.row);
		}
		if (MARKUP.test(text)) report.markup.push(r.row);
		if (FORMULA.test(text)) report.formulas.push(r.row);
		module.outcomes.push({
			id: makeId(),
			code: (r.code || tidy.code).slice(0, 50),
			text,
			links: [],
			rejected: []
		});
		report.outcomes += 1;
	}
	const kept = [...modules.values()];
	if (!kept.length) {
		return {
			ok: false,
			message:
				'No learning outcomes were found: the column chosen for outcomes is empty on every row. Choose the column that holds the outcome text.'
		};
	}
	report.modules = kept.length;
	return { ok: true, value: { modules: kept, report } };
}
