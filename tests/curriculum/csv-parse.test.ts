import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	detectDelimiter,
	MAX_CSV_COLUMNS,
	MAX_CSV_ROWS,
	parseCsv
} from '../../src/lib/curriculum/csv-parse';
import { toCsv } from '../../src/lib/export/csv';

const rows = (text: string) => {
	const read = parseCsv(text);
	if (!read.ok) throw new Error(read.message);
	return read.value.rows;
};

describe('detectDelimiter', () => {
	test.each([
		['a,b,c\n1,2,3', ','],
		['a;b;c\n1;2;3', ';'],
		['a\tb\tc', '\t'],
		['"x;y",b,c', ','],
		['single column', ',']
	])('%j → %j', (text, expected) => {
		expect(detectDelimiter(text)).toBe(expected);
	});
});

describe('parseCsv', () => {
	test.each<[string, string, string[][]]>([
		[
			'plain',
			'a,b\n1,2',
			[
				['a', 'b'],
				['1', '2']
			]
		],
		[
			'CRLF and a final newline',
			'a,b\r\n1,2\r\n',
			[
				['a', 'b'],
				['1', '2']
			]
		],
		[
			'quoted comma, doubled quote, line break',
			'"x, y","say ""hi""","two\nlines"',
			[['x, y', 'say "hi"', 'two\nlines']]
		],
		[
			'semicolons (Excel in Europe)',
			'Module;Outcome\nM1;Describe; in part',
			[
				['Module', 'Outcome'],
				['M1', 'Describe', ' in part']
			]
		],
		['byte-order mark', '\ufeffModule,Outcome', [['Module', 'Outcome']]],
		['blank lines at the end dropped', 'a\n\n\n', [['a']]],
		['blank line in the middle kept, to be reported', 'a\n\nb', [['a'], [''], ['b']]]
	])('%s', (_name, text, expected) => {
		expect(rows(text)).toEqual(expected);
	});

	test('an unclosed quote is refused with a reason', () => {
		const read = parseCsv('a,"b\n1,2');
		expect(read).toEqual({
			ok: false,
			message: expect.stringMatching(/quotation mark .* never closed/)
		});
	});

	test('too many rows is refused, not parsed forever', () => {
		const read = parseCsv('x\n'.repeat(MAX_CSV_ROWS + 5));
		expect(read).toEqual({ ok: false, message: expect.stringMatching(/more than 5000 rows/) });
	});

	test('a row wider than the column limit is refused at once, not parsed for seconds', () => {
		const read = parseCsv(`Outcome${','.repeat(200_000)}\n`);
		expect(read).toEqual({ ok: false, message: expect.stringMatching(/more than 200 columns/) });
		expect(parseCsv(`a${',b'.repeat(MAX_CSV_COLUMNS - 1)}\n`).ok).toBe(true);
	});

	test('reads back whatever the CSV writer writes', () => {
		const cell = fc.string({ maxLength: 30 }).filter((s) => !/^[=+\-@\t\r]/.test(s));
		fc.assert(
			fc.property(
				fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
				(data) => {
					const width = data[0]!.length;
					const table = data.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? 'x'));
					const [header, ...body] = table.map((r) => r.map((c) => `k${c}`));
					const read = parseCsv(toCsv(header!, body), ',');
					expect(read.ok && read.value.rows).toEqual([header, ...body]);
				}
			)
		);
	});
});
