import { describe, expect, test } from 'vitest';
import { checkFileSize, decodeText, MAX_TEXT_FILE_BYTES } from '../../src/lib/curriculum/text-file';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
	test('UTF-8, with its accents', () => {
		expect(decodeText(utf8('Café, naïve'))).toEqual({
			ok: true,
			value: { text: 'Café, naïve', encoding: 'utf-8', otherLines: [] }
		});
	});

	test('Windows-1252 from Excel: é is 0xE9, the curly quote 0x92', () => {
		const read = decodeText(bytes(0x43, 0x61, 0x66, 0xe9, 0x20, 0x92, 0x73));
		expect(read).toEqual({
			ok: true,
			value: { text: 'Café ’s', encoding: 'windows-1252', otherLines: [] }
		});
	});

	test('the UTF-8 byte-order mark is dropped', () => {
		const read = decodeText(bytes(0xef, 0xbb, 0xbf, 0x61));
		expect(read.ok && read.value.text).toBe('a');
	});

	test.each([
		['an .xlsx renamed .csv', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], /Excel workbook/],
		['an old .xls', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1], /Excel workbook/],
		['a PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00], /not text/],
		['text with NUL bytes (UTF-16)', [0x61, 0x00, 0x62, 0x00], /saved as UTF-16/],
		['UTF-16 with its byte-order mark', [0xff, 0xfe, 0x61, 0x00, 0x62, 0x00], /saved as UTF-16/],
		['an empty file', [], /empty/]
	])('%s is refused', (_name, b, message) => {
		const read = decodeText(new Uint8Array(b));
		expect(read).toEqual({ ok: false, message: expect.stringMatching(message) });
	});
});

describe('checkFileSize', () => {
	test('a 10 MB file is refused before it is read, naming its size', () => {
		const read = checkFileSize(10_485_760);
		expect(read).toEqual({ ok: false, message: expect.stringContaining('10.5 MB') });
	});
	test('the limit itself is allowed', () => {
		expect(checkFileSize(MAX_TEXT_FILE_BYTES).ok).toBe(true);
	});
});

describe('a mostly UTF-8 file with one line in another encoding', () => {
	test('reads each line in its own encoding and names the other lines', () => {
		const file = new Uint8Array([
			...utf8('Outcome\nCafé culture in UTF-8\n'),
			...[0x4e, 0x61, 0xef, 0x76, 0x65, 0x0a], // "Naïve" in Windows-1252
			...utf8('Crème brûlée\n')
		]);
		expect(decodeText(file)).toEqual({
			ok: true,
			value: {
				text: 'Outcome\nCafé culture in UTF-8\nNaïve\nCrème brûlée\n',
				encoding: 'mixed',
				otherLines: [3]
			}
		});
	});
});
