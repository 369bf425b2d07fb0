/**
 * Reading imported CSV as the worker does (decode, then parse): the widest
 * file people send by mistake, one row of 200,000 commas, must be refused at
 * once by the 200-column rule, and a 2 MB file of outcomes read well inside
 * the time a progress bar is worth showing.
 */
import { readCsvBytes } from '../../src/lib/curriculum/csv-read';
import { MAX_TEXT_FILE_BYTES } from '../../src/lib/curriculum/text-file';
import { measure, type Timing } from './measure';

/** Budgets in milliseconds. */
const BUDGETS = {
	/** Refused by its width after a few hundred characters: no longer than a keystroke. */
	commas: 5,
	/** Decoding and parsing 2 MB in the worker: progress shows, but the wait is short. */
	twoMegabytes: 100
};

type Report = (name: string, t: Timing, budget: number) => void;

/** Time the worker's reading of the 200,000-comma row and of a 2 MB file of outcomes. */
export function benchCsv(report: Report) {
	const commas = new TextEncoder().encode(','.repeat(200_000));
	report(
		'refusing a one-row CSV of 200,000 commas',
		measure(
			() => {
				if (readCsvBytes(commas).ok) throw new Error('200,000 columns were accepted');
			},
			50,
			5
		),
		BUDGETS.commas
	);
	const line = (i: number) =>
		`Module ${i % 40},ONC-${i},"Describe the side effects of systemic anti-cancer therapy, ""as taught"" in week ${i % 12}",${'notes '.repeat(120)}\r\n`;
	let text = 'Module,Code,Learning outcome,Notes\r\n';
	for (let i = 0; text.length + line(i).length < MAX_TEXT_FILE_BYTES; i++) text += line(i);
	const bytes = new TextEncoder().encode(text);
	report(
		`decoding and parsing a ${(bytes.length / 1e6).toFixed(1)} MB CSV (the worker's share)`,
		measure(
			() => {
				if (!readCsvBytes(bytes).ok) throw new Error('the 2 MB file was refused');
			},
			20,
			3
		),
		BUDGETS.twoMegabytes
	);
}
