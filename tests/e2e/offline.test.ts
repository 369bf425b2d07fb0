/**
 * The explorer with no connection. After one visit the service worker has
 * cached the whole build; then the server is shut down and the browser taken
 * offline, and every kind of page, the search and both tools must still work.
 * And a new version announces itself rather than mixing old and new files.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, watchedPage } from './support/browser';
import { axeViolations, BUILD_DIR, requireBuild } from './support/site';
import { serveStatic, type RunningSite } from './support/static-server';
import type { Browser } from 'playwright-core';

let browser: Browser;
const copies: string[] = [];
beforeAll(async () => {
	requireBuild();
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

/** A private copy of the build on its own server, so a test can change or stop it. */
async function serveCopy(): Promise<{ site: RunningSite; dir: string }> {
	const dir = mkdtempSync(join(tmpdir(), 'accend-offline-'));
	copies.push(dir);
	cpSync(BUILD_DIR, dir, { recursive: true });
	return { site: await serveStatic(dir), dir };
}

/** Visit once and wait until the service worker controls the page (everything is cached by then). */
async function visitOnce(context: BrowserContext, url: string): Promise<Page> {
	const page = context.pages()[0] ?? (await context.newPage());
	await page.goto(`${url}/`, { waitUntil: 'networkidle' });
	// Functions, not strings: the site's CSP forbids evaluating strings, even for tests.
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	return page;
}

describe('installable', () => {
	test('every page links a web app manifest whose icons and start page exist', async () => {
		const { site } = await serveCopy();
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const page = await context.newPage();
		await page.goto(`${site.url}/levels/`);
		const href = await page.locator('link[rel="manifest"]').getAttribute('href');
		const manifestUrl = new URL(href ?? '', page.url());
		const manifest = await (await page.request.get(manifestUrl.href)).json();
		expect(manifest).toMatchObject({ name: 'ACCEND explorer', display: 'standalone' });
		const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
		expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
		for (const url of [manifest.start_url, ...manifest.icons.map((i: { src: string }) => i.src)]) {
			const response = await page.request.get(new URL(url, manifestUrl).href);
			expect(response.status(), url).toBe(200);
		}
		await context.close();
		await site.close();
	});
});

describe('offline', () => {
	test('after one visit every kind of page, the search and both tools work with no connection', async () => {
		const { site } = await serveCopy();
		const watched = await watchedPage(browser, site.origin, 1280, 'allow');
		const context = watched.page.context();
		const page = await visitOnce(context, site.url);
		const url = site.url;
		await site.close();
		await context.setOffline(true);

		await page.reload();
		await page.getByRole('heading', { level: 1, name: /Explore the ACCEND/ }).waitFor();
		// A client-side navigation (page data from the cache) and full loads of each kind of page.
		await page.getByRole('link', { name: 'Levels', exact: true }).first().click();
		await page.getByRole('heading', { level: 1, name: 'Levels of practice' }).waitFor();
		for (const [path, heading] of [
			['/levels/enhanced', /Enhanced/],
			['/capabilities/sact-care/', /Systemic anti-cancer therapy/],
			['/roles/dietitian/', /Dietitian/],
			['/domains/', /domains/i],
			['/compare/registration-vs-enhanced/', /Registration/],
			['/pathway/?role=dietitian', /pathway/i]
		] as const) {
			await page.goto(`${url}${path}`);
			await page.getByRole('heading', { level: 1, name: heading }).waitFor();
		}
		await page.locator('.app-map svg, svg.app-map').first().waitFor();

		// Search: the index comes from the cache.
		await page.goto(`${url}/search/?q=chemo`);
		await page
			.getByRole('link', { name: /Systemic anti-cancer therapy/ })
			.first()
			.waitFor();

		// Self-assessment: start one and rate a capability.
		await page.goto(`${url}/self-assessment/`, { waitUntil: 'networkidle' });
		await page.getByLabel('Your profession group').selectOption('nursing');
		await page.getByRole('button', { name: 'Start assessment' }).click();
		await page.locator('.app-rating input[type=radio]').first().check();
		await page
			.getByText(/1 of \d+ rated/)
			.first()
			.waitFor();

		// Curriculum mapping: start one, add an outcome, accept a suggestion.
		await page.goto(`${url}/curriculum/`, { waitUntil: 'networkidle' });
		await page.getByLabel('Programme name').fill('Offline programme');
		await page.getByRole('button', { name: 'Create curriculum' }).click();
		await page.getByText('Type or paste outcomes').click();
		await page.getByLabel('Learning outcomes, one a line').fill('Contribute to the MDT meeting');
		await page.getByRole('button', { name: 'Add outcomes' }).click();
		await page.getByRole('button', { name: /^Accept W5\.1/ }).click();
		await page
			.locator('.app-mapper li')
			.filter({ hasText: /W5\.1 Multidisciplinary team working at/ })
			.waitFor();

		// A page that does not exist gets the site's own 404, not the browser's offline error.
		await page.goto(`${url}/no-such-page/`);
		await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
		// The only complaint allowed is the browser's note of the 404 status itself.
		expect(watched.problems.filter((e) => !/status of 404/.test(e))).toEqual([]);
		expect(watched.offOrigin).toEqual([]);
		await context.close();
	});

	test('a new version announces itself, and reloading moves the whole page to it', async () => {
		const { site, dir } = await serveCopy();
		const context = await browser.newContext();
		const page = await visitOnce(context, site.url);
		const cachesBefore = (await page.evaluate('caches.keys()')) as string[];
		expect(cachesBefore).toHaveLength(1);

		// Deploy a "new version": the same files under a new version name.
		const file = join(dir, 'service-worker.js');
		const script = readFileSync(file, 'utf8');
		const old = /accend-explorer-/.test(script)
			? cachesBefore[0]!.replace('accend-explorer-', '')
			: '';
		expect(old).not.toBe('');
		writeFileSync(file, script.replaceAll(old, `${old}-next`));

		// The browser checks for a new worker on navigation; the page must say so, not switch silently.
		await page.reload({ waitUntil: 'networkidle' });
		await page.getByText('A new version of the explorer is ready.').waitFor();
		expect(await axeViolations(page)).toEqual([]);
		// The new version is cached beside the old, which keeps serving until the person chooses.
		expect(((await page.evaluate('caches.keys()')) as string[]).sort()).toEqual(
			[cachesBefore[0], `${cachesBefore[0]}-next`].sort()
		);
		await Promise.all([
			page.waitForEvent('load'),
			page.getByRole('button', { name: 'Reload to update' }).click()
		]);
		await page.waitForFunction(() =>
			caches.keys().then((k) => k.length === 1 && k[0]!.endsWith('-next'))
		);
		expect(await page.getByText('A new version of the explorer is ready.').count()).toBe(0);
		await context.close();
		await site.close();
	});
});
