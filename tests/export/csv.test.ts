import { expect, test } from 'vitest';
import { csvCell, toCsv } from '../../src/lib/export/csv';

test.each([
	['plain', 'plain'],
	['with, comma', '"with, comma"'],
	['say "hi"', '"say ""hi"""'],
	['two\nlines', '"two\nlines"'],
	['=SUM(A1:A2)', "'=SUM(A1:A2)"],
	['+44 20', "'+44 20"],
	['-1+2', "'-1+2"],
	['@cmd', "'@cmd"],
	['=HYPERLINK("x", "y")', '"\'=HYPERLINK(""x"", ""y"")"'],
	[' =1+1', "' =1+1"],
	['\u00a0=1+1', "'\u00a0=1+1"],
	['\u200b=1+1', "'\u200b=1+1"],
	['\ufeff=1+1', "'\ufeff=1+1"],
	['\n=1+1', '"\'\n=1+1"'],
	['\uff1d1+1', "'\uff1d1+1"],
	['\tcmd', "'\tcmd"],
	['A = B', 'A = B'],
	['2.5 Gy per fraction', '2.5 Gy per fraction'],
	[3, '3'],
	[-3, '-3'],
	[null, ''],
	[undefined, '']
])('csvCell(%j) is %s', (value, expected) => {
	expect(csvCell(value)).toBe(expected);
});

test('toCsv writes a header and CRLF-terminated rows', () => {
	expect(
		toCsv(
			['a', 'b'],
			[
				[1, 'x,y'],
				[null, '=1']
			]
		)
	).toBe('a,b\r\n1,"x,y"\r\n,\'=1\r\n');
});
