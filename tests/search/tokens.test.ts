import { expect, test } from 'vitest';
import { normaliseWord, spansOf, tokenize } from '../../src/lib/search/tokens';

test.each([
	['Band 7–8a', ['band', '7', '8a']],
	['IR(ME)R and (Oncology)', ['irmer', 'and', 'oncology']],
	["master's; people’s care.", ['masters', 'peoples', 'care']],
	['Systemic anti-cancer therapy', ['systemic', 'anti', 'cancer', 'therapy']],
	['W3.3 Pre-registration', ['w3.3', 'pre', 'registration']],
	['Café naïve', ['cafe', 'naive']],
	['', []],
	['— ; ,', []]
])('tokenize(%j) → %j', (text, expected) => {
	expect(tokenize(text)).toEqual(expected);
});

test('spans point at the words as written, without trailing punctuation', () => {
	const text = 'Advanced Practitioner (Imaging).';
	expect(spansOf(text).map((s) => text.slice(s.start, s.end))).toEqual([
		'Advanced',
		'Practitioner',
		'Imaging'
	]);
});

test('normaliseWord folds case, accents and apostrophes', () => {
	expect(normaliseWord('Ré’s')).toBe('res');
});
