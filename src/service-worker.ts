/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * The explorer offline. On install, one versioned cache takes every file of
 * this build: the app, static files, every prerendered page and the data its
 * client-side navigation asks for. Everything is then served from that cache,
 * so a page never mixes files of two versions. A new version installs beside
 * the old one and waits; the page offers to reload into it (UpdateNotice).
 */
import { base, build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const PREFIX = 'accend-explorer-';
const CACHE = `${PREFIX}${version}`;
/** The message the page sends when the person chooses to load the new version. */
const SKIP_WAITING = 'skip-waiting';
const NOT_FOUND = `${base}/404.html`;

/** Client-side navigation fetches each page's data from here; it is prerendered beside the page. */
const dataOf = (page: string) => `${page.endsWith('/') ? page : `${page}/`}__data.json`;
const pages = prerendered.filter((p) => p.endsWith('/'));

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			await cache.addAll([...build, ...files, ...prerendered]);
			// Not every page has data to fetch; those that do are cached, the rest skipped.
			await Promise.allSettled(pages.map((p) => cache.add(dataOf(p))));
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) {
				if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
			}
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	if (event.data === SKIP_WAITING) void sw.skipWaiting();
});

/** The cached copy of a path, trying the folder form ("/levels" → "/levels/") too. */
async function cached(cache: Cache, path: string): Promise<Response | undefined> {
	return (
		(await cache.match(path)) ?? (path.endsWith('/') ? undefined : await cache.match(`${path}/`))
	);
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== sw.location.origin) return;
	if (!url.pathname.startsWith(`${base}/`) && url.pathname !== base) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			// Query strings (?q=, ?role=) are read by the page itself; the file is the same.
			const hit = await cached(cache, url.pathname);
			if (hit) return hit;
			try {
				return await fetch(request);
			} catch (error) {
				if (request.mode === 'navigate') {
					const missing = await cache.match(NOT_FOUND);
					if (missing) return new Response(missing.body, { status: 404, headers: missing.headers });
				}
				throw error;
			}
		})()
	);
});
