// @vitest-environment jsdom
import { expect, test } from 'vitest';
import { xmlSafeText } from '../../src/lib/export/xml-text';

test.each([
	['Bad\u0001name', 'Badname'],
	['tab\tand\nline', 'tab\tand\nline'],
	['bell\u0007 and form feed\u000c', 'bell and form feed'],
	['lone \ud800 surrogate', 'lone  surrogate'],
	['emoji 🩺 kept', 'emoji 🩺 kept'],
	['BSc Nursing: coverage', 'BSc Nursing: coverage']
])('xmlSafeText(%j) → %j', (text, expected) => {
	expect(xmlSafeText(text)).toBe(expected);
});

test('the result always parses inside an SVG text element', () => {
	const parser = new DOMParser();
	const svg = (t: string) =>
		`<svg xmlns="http://www.w3.org/2000/svg"><text>${xmlSafeText(t).replace(/&/g, '&amp;').replace(/</g, '&lt;')}</text></svg>`;
	const doc = parser.parseFromString(svg('a\u0001b\u0002c\uffff'), 'image/svg+xml');
	expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
});
