// @vitest-environment jsdom
import { afterEach, expect, test, vi } from 'vitest';
import { createSearchRecords } from '../../src/lib/search/records';
import { createSearchIndex } from '../../src/lib/search/search';
import { miniFramework } from '../fixtures/mini';

const records = createSearchRecords(miniFramework());
const bundle = {
	version: 'test',
	records,
	index: createSearchIndex(records),
	vocabulary: { equivalents: [] }
};

afterEach(() => {
	vi.unstubAllGlobals();
	vi.resetModules();
});

/** A fresh copy of the module, so each test starts with nothing loaded. */
const client = () => import('../../src/lib/search/client');

test('the index is fetched once from the site, however many times search is asked for', async () => {
	const fetch = vi.fn(async (_url: string) => new Response(JSON.stringify(bundle)));
	vi.stubGlobal('fetch', fetch);
	const { loadSearcher } = await client();
	const [a, b] = await Promise.all([loadSearcher(), loadSearcher()]);
	expect(a).toBe(b);
	expect(await loadSearcher()).toBe(a);
	expect(fetch).toHaveBeenCalledTimes(1);
	expect(fetch.mock.calls[0]?.[0]).toBe('/search-index.json');
	expect(a.search('lead nurse', { limit: 3 })[0]?.record.key).toBe('role:lead-nurse');
});

test('a failed load is reported and may be retried', async () => {
	const fetch = vi
		.fn()
		.mockResolvedValueOnce(new Response('gone', { status: 404 }))
		.mockResolvedValueOnce(new Response(JSON.stringify(bundle)));
	vi.stubGlobal('fetch', fetch);
	const { loadSearcher } = await client();
	await expect(loadSearcher()).rejects.toThrow(/HTTP 404/);
	const searcher = await loadSearcher();
	expect(searcher.search('nurse', { limit: 1 })).toHaveLength(1);
	expect(fetch).toHaveBeenCalledTimes(2);
});
