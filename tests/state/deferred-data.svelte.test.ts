import { describe, expect, test } from 'vitest';
import {
	deferredData,
	FETCH_FAILED,
	fetchBuildData,
	VERSION_MISMATCH
} from '../../src/lib/state/deferred-data.svelte';

const page = { frameworkId: 'mini', frameworkVersion: '1.0.0' };
/** A fetch that answers with this status and body, and counts its calls. */
function server(status: number, body: unknown) {
	const calls: string[] = [];
	const get = async (url: string | URL | Request) => {
		calls.push(String(url));
		return new Response(JSON.stringify(body), { status });
	};
	return { calls, get: get as typeof fetch };
}

describe('fetchBuildData', () => {
	test('a file built from the same framework as the page is read', async () => {
		const { calls, get } = server(200, { ...page, descriptors: { comfort: { entry: 'Gives' } } });
		const read = await fetchBuildData('/x.json', page, get);
		expect(read).toEqual({
			ok: true,
			value: { ...page, descriptors: { comfort: { entry: 'Gives' } } }
		});
		expect(calls).toEqual(['/x.json']);
	});

	test.each([
		['another version of the framework', { ...page, frameworkVersion: '1.1.0' }],
		['another framework', { ...page, frameworkId: 'other' }],
		['no stamp at all', { descriptors: {} }],
		['not an object', null]
	])('a file from %s is refused with "reload"', async (_, body) => {
		expect(await fetchBuildData('/x.json', page, server(200, body).get)).toEqual({
			ok: false,
			message: VERSION_MISMATCH
		});
	});

	test('a server error or no network says the part could not load', async () => {
		expect(await fetchBuildData('/x.json', page, server(404, 'Not found').get)).toEqual({
			ok: false,
			message: FETCH_FAILED
		});
		const offline = (async () => {
			throw new TypeError('Failed to fetch');
		}) as typeof fetch;
		expect(await fetchBuildData('/x.json', page, offline)).toEqual({
			ok: false,
			message: FETCH_FAILED
		});
	});
});

describe('DeferredData', () => {
	test('fetches once on first load, however many ask, and holds the value', async () => {
		let fetches = 0;
		const data = deferredData(async () => {
			fetches += 1;
			return { ok: true as const, value: 'text' };
		});
		expect(data.value).toBeNull();
		expect(await Promise.all([data.load(), data.load()])).toEqual(['text', 'text']);
		await data.load();
		expect([fetches, data.value, data.failed]).toEqual([1, 'text', '']);
	});

	test('a failed fetch says why, and the next load tries again', async () => {
		let online = false;
		const data = deferredData(async () =>
			online ? { ok: true as const, value: 'text' } : { ok: false as const, message: FETCH_FAILED }
		);
		expect(await data.load()).toBeNull();
		expect([data.value, data.failed]).toEqual([null, FETCH_FAILED]);
		online = true;
		expect(await data.load()).toBe('text');
		expect([data.value, data.failed]).toEqual(['text', '']);
	});

	test('a fetch that throws is a failure too, not an unhandled error', async () => {
		const data = deferredData<string>(() => Promise.reject(new Error('boom')));
		expect(await data.load()).toBeNull();
		expect(data.failed).toBe(FETCH_FAILED);
	});
});
