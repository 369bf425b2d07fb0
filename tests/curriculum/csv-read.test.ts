import { describe, expect, test } from 'vitest';
import { MAX_CSV_COLUMNS } from '../../src/lib/curriculum/csv-parse';
import { readCsvBytes } from '../../src/lib/curriculum/csv-read';
import { readCsvFile } from '../../src/lib/curriculum/read-csv-file';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('readCsvBytes', () => {
	test('decodes and parses, reporting progress that only rises and ends at 1', () => {
		const line =
			'Module 1,M1-01,"Explain how cancer cells grow, spread and respond to treatment"\n';
		const seen: number[] = [];
		const read = readCsvBytes(bytes(line.repeat(3000)), (share) => seen.push(share));
		expect(read.ok && read.value.rows).toHaveLength(3000);
		expect(read.ok && read.value.rows[0]![2]).toMatch(/^Explain how cancer cells grow, spread/);
		expect(seen.length).toBeGreaterThan(2);
		expect(seen.at(-1)).toBe(1);
		for (let i = 1; i < seen.length; i++) expect(seen[i]!).toBeGreaterThanOrEqual(seen[i - 1]!);
	});

	test('names Windows-1252 lines in a mostly UTF-8 file', () => {
		const mixed = new Uint8Array([...bytes('a,café\n'), ...[0x62, 0x2c, 0x93, 0x71, 0x94, 0x0a]]);
		const read = readCsvBytes(mixed);
		expect(read.ok && read.value.otherLines).toEqual([2]);
		expect(read.ok && read.value.rows[1]).toEqual(['b', '\u201cq\u201d']);
	});

	test('refuses a one-row file of 200,000 commas at once, by its width', () => {
		const read = readCsvBytes(bytes(','.repeat(200_000)));
		expect(read.ok).toBe(false);
		expect(!read.ok && read.message).toContain(`more than ${MAX_CSV_COLUMNS} columns`);
	});

	test('passes on a decoding refusal unchanged', () => {
		const read = readCsvBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
		expect(!read.ok && read.message).toMatch(/Excel workbook/);
	});
});

describe('readCsvFile', () => {
	test('reads on the page where no Worker exists, with the same result', async () => {
		expect(typeof Worker).toBe('undefined');
		const text = 'Module,Outcome\nA,Describe the stages of cancer\n';
		const read = await readCsvFile(new File([text], 'x.csv'));
		expect(read).toEqual(readCsvBytes(bytes(text)));
	});
});
