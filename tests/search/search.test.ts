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
	MAX_QUERY_LENGTH,
	segments
} from '../../src/lib/search/search';
import { vocabularySchema } from '../../src/lib/search/vocabulary-schema';
import { RELEVANCE_SET } from './relevance';

const fw = assembleFramework(readFrameworkFiles(join(DATA_DIR, activeFolder())));
if (!fw.ok) throw new Error('active data invalid');
const records = createSearchRecords(fw.framework);
const vocabulary = vocabularySchema.parse(
	JSON.parse(readFileSync(join(DATA_DIR, 'search-vocabulary.json'), 'utf8'))
);
const { search } = createSearcher(records, vocabulary, createSearchIndex(records));

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
		const top = search(query, { limit: 5 }).map((r) => r.record.key);
		expect(top).toContain(key);
	});
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

test('groups put the kind with the best match first', () => {
	const groups = groupResults(search('CNS'));
	expect(groups[0]?.kind).toBe('role');
	expect(groups[0]?.items[0]?.record.key).toBe('role:clinical-nurse-specialist');
	for (const g of groups) expect(g.items.every((r) => r.record.kind === g.kind)).toBe(true);
});
