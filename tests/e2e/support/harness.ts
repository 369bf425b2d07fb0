/**
 * The set-up every browser test file shares: serve the built site and launch
 * Chromium before the tests, close both after. Call once at the top of a file.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { requireBuild } from './site';
import { serveStatic, type RunningSite } from './static-server';

export interface Harness {
	readonly site: RunningSite;
	readonly browser: Browser;
}

export function useBuiltSite(): Harness {
	let site: RunningSite | undefined;
	let browser: Browser | undefined;
	beforeAll(async () => {
		site = await serveStatic(requireBuild());
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		await site?.close();
	});
	return {
		get site() {
			if (!site) throw new Error('the site is served only once the tests start');
			return site;
		},
		get browser() {
			if (!browser) throw new Error('Chromium is launched only once the tests start');
			return browser;
		}
	};
}
