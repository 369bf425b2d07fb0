import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { activeFolder, DATA_DIR, readFrameworkFiles } from '../../src/cli/read-framework';
import { assembleFramework } from '../../src/lib/framework/assemble';
import { groupResults } from '../../src/lib/search/group';
import { createSearchRecords } from '../../src/lib/search/records';
import {
	createSearcher,
	createSearchIndex,
	markWords,
	segments
} from '../../src/lib/search/search';
import { MAX_QUERY_LENGTH } from '../../src/lib/search/query-limits';
import { vocabularySchema } from '../../src/lib/search/vocabulary-schema';
import {
	NEGATIVE_SET,
	RELEVANCE_SET,
	TEST_NEGATIVE_SET,
	TEST_SET,
	TEST_TOP5_BAR
} from './relevance';

const fw = assembleFramework(readFrameworkFiles(join(DATA_DIR, activeFolder())));
if (!fw.ok) throw new Error('active data invalid');
const records = createSearchRecords(fw.framework);
const vocabulary = vocabularySchema.parse(
	JSON.parse(readFileSync(join(DATA_DIR, 'search-vocabulary.json'), 'utf8'))
);
const { search, hints } = createSearcher(records, vocabulary, createSearchIndex(records));
/** Keys of every record the top five stand for (a capability stands for its folded descriptors). */
const top5 = (query: string) => search(query, { limit: 5 }).flatMap((r) => r.keys);

describe('relevance set', () => {
	test('has at least 40 realistic queries', () => {
		expect(RELEVANCE_SET.length).toBeGreaterThanOrEqual(40);
		for (const [, key] of RELEVANCE_SET)
			expect(
				records.some((r) => r.key === key),
				key
			).toBe(true);
	});

	test.each(RELEVANCE_SET)('"%s" finds %s in the top five', (query, key) => {
		expect(top5(query)).toContain(key);
	});

	test.each(NEGATIVE_SET)(
		'"%s" keeps unrelated records out of the top five',
		(query, forbidden) => {
			const top = top5(query);
			for (const key of forbidden) expect(top, key).not.toContain(key);
		}
	);
});

describe('held-out test cases (never tuned on)', () => {
	test('every expected key exists', () => {
		for (const [, key] of TEST_SET)
			expect(
				records.some((r) => r.key === key),
				key
			).toBe(true);
	});

	test(`at least ${TEST_TOP5_BAR * 100}% find the expected record in the top five`, () => {
		const misses = TEST_SET.filter(([q, key]) => !top5(q).includes(key));
		const rate = 1 - misses.length / TEST_SET.length;
		expect(rate, `missed: ${misses.map(([q]) => q).join('; ')}`).toBeGreaterThanOrEqual(
			TEST_TOP5_BAR
		);
	});

	test.each(TEST_NEGATIVE_SET)(
		'"%s" keeps unrelated records out of the top five',
		(q, forbidden) => {
			const top = top5(q);
			for (const key of forbidden) expect(top, key).not.toContain(key);
		}
	);
});

describe('records', () => {
	test('cover every kind and every descriptor', () => {
		const count = (kind: string) => records.filter((r) => r.kind === kind).length;
		expect(count('level')).toBe(7);
		expect(count('role')).toBe(fw.framework.roles.length);
		expect(count('capability')).toBe(fw.framework.capabilities.length);
		const descriptors = fw.framework.capabilities.flatMap((c) =>
			Object.values(c.descriptors).filter((d) => d.applies)
		);
		expect(count('descriptor')).toBe(descriptors.length);
		expect(count('offer')).toBe(fw.framework.learningOffers.length);
		expect(new Set(records.map((r) => r.key)).size).toBe(records.length);
	});
});

describe('search', () => {
	test('an exact alias comes first', () => {
		expect(search('CNS')[0]?.record.key).toBe('role:clinical-nurse-specialist');
	});

	test('filters by kind and by level', () => {
		const roles = search('nurse', { kinds: ['role'] });
		expect(roles.length).toBeGreaterThan(3);
		expect(roles.every((r) => r.record.kind === 'role')).toBe(true);
		const enhanced = search('nurse', { level: 'enhanced' });
		expect(enhanced.every((r) => r.record.levels.includes('enhanced'))).toBe(true);
	});

	test('matched words are marked in the title', () => {
		const [first] = search('navigator');
		expect(first?.title).toEqual([
			{ text: 'Cancer ', match: false },
			{ text: 'Navigator', match: true }
		]);
	});

	test.each([
		['', 0],
		['   ', 0],
		['a', 0],
		['x'.repeat(10_000), 0]
	])('answers %j calmly with %i results', (query, count) => {
		expect(search(query)).toHaveLength(count);
	});

	test('a 10,000-character query is cut, not choked on', () => {
		const long = `nurse ${'z'.repeat(10_000)}`;
		expect(() => search(long)).not.toThrow();
		expect(long.slice(0, MAX_QUERY_LENGTH).length).toBe(MAX_QUERY_LENGTH);
	});

	test('markup in a query is searched as text and comes back as text', () => {
		const results = search('<img src=x onerror=alert(1)> nurse');
		for (const r of results) {
			for (const s of [...r.title, ...r.text]) expect(typeof s.text).toBe('string');
		}
		expect(() => search('<script>alert(1)</script>')).not.toThrow();
	});
});

describe('meaning, not letters', () => {
	const marked = (query: string) =>
		search(query, { limit: 10 }).flatMap((r) =>
			[...r.title, ...r.text].filter((s) => s.match).map((s) => s.text)
		);

	test('a vocabulary word matches whole words only, never inside another word', () => {
		// SACT is not in "conversations" or "practice"; OT is not in "other".
		expect(top5('SACT')).not.toContain('capability:difficult-conversations');
		for (const text of marked('SACT')) expect(text.toLowerCase()).not.toMatch(/^(sat|act)/);
		expect(marked('OT').every((t) => /\bOT\b|occupational/i.test(t))).toBe(true);
	});

	test('a short word is never fuzzy-matched, a longer one forgives a typo', () => {
		expect(search('nurz')).toHaveLength(0);
		expect(search('nures', { kinds: ['role'] })[0]?.title.some((s) => s.match)).toBe(true);
	});

	test('highlights cover whole words', () => {
		for (const q of ['physio', 'chemo', 'navig', 'radiotherapy', 'ACP']) {
			for (const r of search(q, { limit: 10 })) {
				for (const [text, parts] of [
					[r.record.title, r.title],
					[r.record.text, r.text]
				] as const) {
					let at = 0;
					for (const part of parts) {
						if (part.match) {
							expect(text.slice(at - 1, at), `${q}: before "${part.text}"`).not.toMatch(/\p{L}/u);
							expect(text.slice(at + part.text.length).charAt(0)).not.toMatch(/\p{L}/u);
						}
						at += part.text.length;
					}
				}
			}
		}
	});

	test.each([
		['CNS', 'role:clinical-nurse-specialist'],
		['chemo nurse', 'role:chemotherapy-nurse'],
		['radiographer', 'role:diagnostic-radiographer'],
		['physio', 'role:physiotherapist']
	])('the role-like query "%s" puts roles first', (query, key) => {
		const results = search(query, { limit: 5 });
		expect(results[0]?.record.key).toBe(key);
		// Every role that matches comes before anything that is not a role.
		const kinds = results.map((r) => r.record.kind);
		const firstOther = kinds.findIndex((k) => k !== 'role');
		expect(firstOther === -1 || kinds.slice(firstOther).every((k) => k !== 'role')).toBe(true);
		expect(firstOther === -1 || firstOther >= 2).toBe(true);
	});

	test('level descriptors fold under their capability: one result, levels listed', () => {
		const results = search('SACT', { limit: 20 });
		const sact = results.filter((r) => r.keys.some((k) => k.includes('sact-care')));
		expect(sact).toHaveLength(1);
		expect(sact[0]?.record.key).toBe('capability:sact-care');
		expect(sact[0]?.keys.filter((k) => k.startsWith('descriptor:')).length).toBeGreaterThan(3);
		expect(sact[0]?.context).toMatch(/found at \d levels, Supportive to Consultant$/);
		const lymph = search('lymphoedema').find((r) =>
			r.keys.includes('descriptor:consequences-of-treatment:enhanced')
		);
		expect(lymph?.context).toMatch(/ · found at (\w+, )*Enhanced/);
		const keys = results.flatMap((r) => r.keys);
		expect(new Set(keys).size).toBe(keys.length);
	});

	test('weak matches fall below the relative cut', () => {
		// "clinical trials": records with "clinical" alone are far weaker than those with both.
		const results = search('clinical trials', { limit: 50 });
		expect(results.length).toBeLessThan(15);
		expect(results.some((r) => r.record.key === 'role:clinical-nurse-specialist')).toBe(false);
	});

	test('bands are never levels: a one-way hint, and band 7 is only where the data says', () => {
		expect(hints('band 7')[0]).toMatch(/not part of ACCEND/);
		// Band 7 spans Enhanced (Band 6–7) and Advanced in the data; no other level claims it.
		const levels = top5('band 7').filter((k) => k.startsWith('level:'));
		expect(levels.sort()).toEqual(['level:advanced', 'level:enhanced']);
		expect(hints('chemotherapy')).toEqual([]);
	});

	test.each([
		['ACP', 'role:acp-oncology', 'capability:end-of-life-care'],
		['AP', 'role:assistant-practitioner', 'role:advanced-practitioner-therapeutic-radiographer']
	])('"%s" finds both its senses, and says so', (query, first, second) => {
		const keys = search(query, { limit: 10 }).flatMap((r) => r.keys);
		expect(keys).toContain(first);
		expect(keys).toContain(second);
		expect(hints(query)[0]).toMatch(new RegExp(`${query} can mean`));
	});

	test('nothing found gives no results, not an error', () => {
		expect(search('xqzvw jjkk')).toEqual([]);
	});
});

test.each([
	[
		'Cancer Navigator',
		[[7, 15]],
		[
			{ text: 'Cancer ', match: false },
			{ text: 'Navigator', match: true }
		]
	],
	['abc', [[0, 0]], [{ text: 'abc', match: false }]],
	[
		'abcdef',
		[
			[0, 2],
			[1, 3]
		],
		[
			{ text: 'abcd', match: true },
			{ text: 'ef', match: false }
		]
	],
	['abc', [], [{ text: 'abc', match: false }]]
] as const)('segments(%s, %j)', (text, indices, expected) => {
	expect(segments(text, indices)).toEqual(expected);
});

test.each([
	['Advance care planning and care', ['advance care planning'], ['Advance care planning']],
	['Physiotherapist (Oncology)', ['physiotherapist'], ['Physiotherapist']],
	[
		'Systemic anti-cancer therapy',
		['systemic anti cancer therapy'],
		['Systemic anti-cancer therapy']
	],
	['practice and act', ['act'], ['act']],
	['practice', ['act'], []]
])('markWords(%j) marks whole words and phrases', (text, phrases, expected) => {
	const parts = markWords(text, new Set(phrases));
	expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(expected);
	expect(parts.map((p) => p.text).join('')).toBe(text);
});

test('groups put the kind with the best match first', () => {
	const groups = groupResults(search('CNS'));
	expect(groups[0]?.kind).toBe('role');
	expect(groups[0]?.items[0]?.record.key).toBe('role:clinical-nurse-specialist');
	for (const g of groups) expect(g.items.every((r) => r.record.kind === g.kind)).toBe(true);
});
