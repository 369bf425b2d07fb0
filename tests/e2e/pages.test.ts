/**
 * Every prerendered page in a real Chromium: it loads, has a title and a
 * description, passes axe (WCAG 2.2 AA), logs no console errors or warnings,
 * and makes no request off the site's own origin.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, watchedPage } from './support/browser';
import { axeViolations, listPages, requireBuild } from './support/site';
import { serveStatic, type RunningSite } from './support/static-server';

let site: RunningSite;
let browser: Browser;
const pages = listPages(requireBuild());

beforeAll(async () => {
	site = await serveStatic(requireBuild());
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await site?.close();
});

describe('every page', () => {
	test('the build has the pages the data promises', () => {
		expect(pages).toContain('/');
		expect(pages).toContain('/levels/registration/');
		expect(pages.filter((p) => /^\/levels\/[^/]+\/$/.test(p))).toHaveLength(7);
	});

	test.each(pages)('%s loads cleanly, passes axe and stays on its origin', async (path) => {
		const { page, problems, offOrigin } = await watchedPage(browser, site.origin);
		const response = await page.goto(site.url + path, { waitUntil: 'networkidle' });
		expect(response?.status()).toBe(200);
		expect(await page.title()).toMatch(/\S+ – ACCEND explorer$/);
		expect(await page.locator('meta[name="description"]').getAttribute('content')).toBeTruthy();
		expect(await page.locator('h1').count()).toBe(1);
		expect(await axeViolations(page)).toEqual([]);
		expect(problems).toEqual([]);
		expect(offOrigin).toEqual([]);
		await page.context().close();
	});
});

describe('smoke journey', () => {
	test('from the home page to a level page, by keyboard-visible links', async () => {
		const { page, problems, offOrigin } = await watchedPage(browser, site.origin);
		await page.goto(`${site.url}/`);
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/ACCEND/);
		await page
			.getByRole('link', { name: /Enhanced/ })
			.first()
			.click();
		await page.waitForURL(/\/levels\/enhanced\/$/);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Enhanced');
		// Provenance is visible where the level is read.
		expect(await page.getByRole('link', { name: /Status: Confirmed/ }).count()).toBeGreaterThan(0);
		// The independence statement is on every page.
		expect(await page.getByText('This is an independent explorer').count()).toBe(1);
		expect(problems).toEqual([]);
		expect(offOrigin).toEqual([]);
		await page.context().close();
	});

	test('the skip link moves focus to the main content', async () => {
		const { page } = await watchedPage(browser, site.origin);
		await page.goto(`${site.url}/levels/`);
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Skip to main content' });
		await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
		await page.keyboard.press('Enter');
		expect(page.url()).toMatch(/#main-content$/);
		await page.context().close();
	});
});
