import { expect, test } from 'vitest';
import type { SearchRecord } from '../../src/lib/search/records';
import {
	ALIAS_BREAK,
	createTokenIndex,
	phraseField,
	postingsOf,
	wordsStartingWith
} from '../../src/lib/search/token-index';

const record = (key: string, title: string, tags: string, text: string, kind = 'role') =>
	({ key, kind, title, tags, text, context: '', levels: [], path: '/' }) as SearchRecord;

const records = [
	record('role:a', 'Nurse Specialist', 'CNS; Key worker', 'Leads care for people with cancer.'),
	record('capability:b', 'Cancer care', 'W1.1', 'Specialist knowledge.', 'capability'),
	record('descriptor:b:x', 'Cancer care', 'W1.1', 'Nurse led clinics.', 'descriptor')
];
const index = createTokenIndex(records);
const id = (w: string) => index.words.indexOf(w);

test('words are numbered once, sorted, and aliases are kept apart', () => {
	expect(index.words).toEqual([...new Set(index.words)].sort());
	expect(index.fields[0]?.[1]).toEqual([id('cns'), ALIAS_BREAK, id('key'), id('worker')]);
});

test('a descriptor is found by its text only, not its capability name', () => {
	expect(index.fields[2]?.[0]).toEqual([]);
	expect(index.fields[2]?.[1]).toEqual([]);
	expect(index.fields[2]?.[2]).toContain(id('nurse'));
});

test('postings name each record once, with its strongest field', () => {
	const postings = postingsOf(index);
	expect(postings[id('cancer')]).toEqual({ records: [0, 1], fields: [2, 0] });
	expect(postings[id('nurse')]).toEqual({ records: [0, 2], fields: [0, 2] });
});

test.each([
	['spec', ['specialist']],
	['car', ['care']],
	['care', []],
	['zzz', []]
])('words starting with %j', (prefix, expected) => {
	expect(wordsStartingWith(index.words, prefix, 10).map((i) => index.words[i])).toEqual(expected);
});

test('a phrase is found only where its words stand side by side, strongest field first', () => {
	const fields = index.fields[0] ?? [];
	expect(phraseField(fields, [id('nurse'), id('specialist')])).toBe(0);
	expect(phraseField(fields, [id('specialist'), id('nurse')])).toBe(-1);
	// Not across two aliases: "CNS; Key" is not the phrase "cns key".
	expect(phraseField(fields, [id('cns'), id('key')])).toBe(-1);
	expect(phraseField(fields, [id('key'), id('worker')])).toBe(1);
});
