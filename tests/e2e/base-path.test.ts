/**
 * Hosting under a sub-path (GitHub Pages style) is one environment variable,
 * BASE_PATH. Build a copy that way, serve it only under that path, and follow
 * every internal link from the home page: none may 404 or escape the base.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser, watchedPage } from './support/browser';
import { buildSite } from './support/site';
import { serveStatic, type RunningSite } from './support/static-server';

const ROOT = join(import.meta.dirname, '../..');
const BASE = '/accend-explorer';
const OUT = join(ROOT, 'build-base-path');

let site: RunningSite;
let browser: Browser;

beforeAll(async () => {
	rmSync(OUT, { recursive: true, force: true });
	buildSite(OUT, { BASE_PATH: BASE });
	site = await serveStatic(OUT, BASE);
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await site?.close();
	rmSync(OUT, { recursive: true, force: true });
});

/** The crawl visits every built page (about 220): minutes, not the default one, when the machine is busy. */
const CRAWL = { timeout: 300_000 };

test('every internal link resolves under the base path', CRAWL, async () => {
	const { page, problems, offOrigin } = await watchedPage(browser, site.origin);
	const seen = new Set<string>();
	const queue = [`${site.url}/`];
	const broken: string[] = [];
	while (queue.length) {
		const url = queue.shift() as string;
		if (seen.has(url)) continue;
		seen.add(url);
		// Downloads are files, not pages: fetch them rather than navigate.
		if (/\.(csv|json)$/.test(url)) {
			const file = await page.request.get(url);
			if (file.status() !== 200) broken.push(`${url} → ${file.status()}`);
			continue;
		}
		const response = await page.goto(url);
		if (response?.status() !== 200) {
			broken.push(`${url} → ${response?.status()}`);
			continue;
		}
		const hrefs = await page.$$eval('a[href]', (as) =>
			as.map((a) => (a as HTMLAnchorElement).href)
		);
		for (const href of hrefs) {
			const target = new URL(href);
			target.hash = '';
			// A query (the planner's ?from=, learning's ?level=) picks no other file: crawl each page once.
			target.search = '';
			if (target.origin === site.origin && !seen.has(target.href)) queue.push(target.href);
		}
	}
	expect(broken).toEqual([]);
	expect([...seen].every((u) => u.startsWith(`${site.url}/`))).toBe(true);
	expect(seen.size).toBeGreaterThan(8);
	expect(offOrigin).toEqual([]);
	expect(problems).toEqual([]);
	await page.context().close();
});
