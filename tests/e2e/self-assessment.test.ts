/**
 * The self-assessment journey in Chromium: rate a level's capabilities, reload,
 * export, delete everything, import, and find the same state. Plus share links,
 * bad files and storage that is switched off.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { watchedPage } from './support/browser';
import { useBuiltSite } from './support/harness';
import { accendFramework } from '../fixtures/accend';
import { axeViolations } from './support/site';

/** The version the shipped data carries, stamped on every export. */
const DATA_VERSION = accendFramework().meta.version;

const harness = useBuiltSite();

/** Every rating on the page, in order, as the checked value or "-". */
const ratings = (page: Page) =>
	page
		.locator('.app-rating')
		.evaluateAll((cards) =>
			cards.map(
				(c) =>
					(c.querySelector('input[type=radio]:checked') as HTMLInputElement | null)?.value ?? '-'
			)
		);

async function start(page: Page) {
	await page.goto(`${harness.site.url}/self-assessment/`, { waitUntil: 'networkidle' });
	await page.getByLabel('Your current level').selectOption('registration');
	expect(await page.getByLabel('Level to assess against').inputValue()).toBe('enhanced');
	await page.getByRole('button', { name: 'Start assessment' }).click();
	await page.locator('.app-rating').first().waitFor();
}

describe('self-assessment', () => {
	test('rate, reload, export, delete everything, import: the same state comes back', async () => {
		const { page, problems, offOrigin } = await watchedPage(harness.browser, harness.site.origin);
		await start(page);
		const cards = page.locator('.app-rating');
		const count = await cards.count();
		expect(count).toBeGreaterThanOrEqual(42);
		// Rate every capability by keyboard: focus the first radio of each, then arrow to a value.
		for (let i = 0; i < count; i++) {
			const first = cards.nth(i).locator('input[type=radio]').first();
			await first.focus();
			await page.keyboard.press('Space');
			for (let k = 0; k < i % 4; k++) await page.keyboard.press('ArrowRight');
		}
		await cards.first().getByText('Private note and evidence').click();
		await cards.first().getByLabel(/^Note/).fill('Discussed at supervision');
		await cards.first().getByLabel(/^Note/).blur();
		await page
			.getByRole('button', { name: /^Add to plan/ })
			.first()
			.click();
		await page.getByLabel('What I will do').first().fill('Shadow the CNS clinic');
		await page.getByLabel('What I will do').first().blur();
		const before = await ratings(page);
		expect(before.every((v) => v !== '-')).toBe(true);
		expect(
			await page
				.getByText(/of \d+ rated/)
				.first()
				.textContent()
		).toMatch(/(\d+) of \1 rated/);
		expect(await axeViolations(page)).toEqual([]);

		await page.reload({ waitUntil: 'networkidle' });
		await page.locator('.app-rating').first().waitFor();
		expect(await ratings(page)).toEqual(before);

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Export all as JSON' }).click()
		]);
		expect(download.suggestedFilename()).toMatch(
			new RegExp(
				`^accend-self-assessment-${DATA_VERSION.replaceAll('.', '\\.')}-\\d{4}-\\d\\d-\\d\\d\\.json$`
			)
		);
		const exported = readFileSync((await download.path()) as string, 'utf8');
		expect(JSON.parse(exported).frameworkVersion).toBe(DATA_VERSION);

		await page.getByRole('button', { name: 'Delete all my data' }).click();
		await page.getByRole('button', { name: 'Yes, delete everything' }).click();
		expect(await page.locator('.app-rating').count()).toBe(0);
		expect(
			await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('accend')))
		).toEqual([]);
		await page.reload({ waitUntil: 'networkidle' });
		expect(await page.locator('.app-rating').count()).toBe(0);

		await page.getByLabel('Choose a JSON file exported from this tool').setInputFiles({
			name: 'mine.json',
			mimeType: 'application/json',
			buffer: Buffer.from(exported)
		});
		await page.getByRole('button', { name: 'Replace what I have' }).waitFor();
		expect(await page.locator('.nhsuk-inset-text').last().textContent()).toMatch(
			/This file holds 1\s+assessment/
		);
		await page.getByRole('button', { name: 'Replace what I have' }).click();
		await page.locator('.app-rating').first().waitFor();
		expect(await ratings(page)).toEqual(before);
		await page.getByText('Private note and evidence (added)').first().click();
		expect(await page.getByLabel(/^Note/).first().inputValue()).toBe('Discussed at supervision');
		expect(await page.getByLabel('What I will do').first().inputValue()).toBe(
			'Shadow the CNS clinic'
		);
		expect(problems).toEqual([]);
		expect(offOrigin).toEqual([]);
		await page.context().close();
	});

	test('a damaged file and a file from another tool are refused, and nothing is lost', async () => {
		const { page } = await watchedPage(harness.browser, harness.site.origin);
		await start(page);
		await page.locator('.app-rating input[type=radio]').first().check();
		for (const [content, message] of [
			['{"format": "someone-else"}', /not exported by this tool/],
			[
				'{"format": "accend-explorer-assessments", "formatVersion": 1, "assessments": [{"id": 3}]}',
				/Nothing in this file could be read, so nothing was imported: assessment number 1/
			],
			['\u0000\u0001binary', /not valid JSON/]
		] as const) {
			await page.getByLabel('Choose a JSON file exported from this tool').setInputFiles({
				name: 'x.json',
				mimeType: 'application/json',
				buffer: Buffer.from(content)
			});
			await page.getByText(message).waitFor();
		}
		expect((await ratings(page))[0]).toBe('0');
		await page.context().close();
	});

	test('a share link carries the ratings in the fragment, and a tampered one is refused', async () => {
		const { page, offOrigin } = await watchedPage(harness.browser, harness.site.origin);
		await start(page);
		await page.locator('.app-rating').nth(0).locator('input[value="2"]').check();
		await page.locator('.app-rating').nth(1).locator('input[value="3"]').check();
		await page.getByRole('button', { name: 'Make a share link' }).click();
		const shareLink = await page.getByLabel(/^Share link/).inputValue();
		expect(shareLink).toMatch(/\/self-assessment\/#a1\.[A-Za-z0-9_-]+$/);

		const other = await watchedPage(harness.browser, harness.site.origin);
		await other.page.goto(shareLink, { waitUntil: 'networkidle' });
		await other.page.getByRole('button', { name: 'Save a copy' }).click();
		await other.page.locator('.app-rating').first().waitFor();
		expect((await ratings(other.page)).slice(0, 2)).toEqual(['2', '3']);
		// The fragment never reached the server.
		expect(other.offOrigin).toEqual([]);
		// A new document: changing only the fragment of the open page would not reload it.
		await other.page.goto('about:blank');
		await other.page.goto(shareLink.slice(0, -12), { waitUntil: 'networkidle' });
		await other.page.getByText(/share link is damaged or incomplete/).waitFor();
		expect(offOrigin).toEqual([]);
		await other.page.context().close();
		await page.context().close();
	});

	test('with storage switched off the page says so and still works', async () => {
		const context = await harness.browser.newContext();
		await context.addInitScript(() => {
			Object.defineProperty(window, 'localStorage', {
				get() {
					throw new DOMException('denied', 'SecurityError');
				}
			});
		});
		const page = await context.newPage();
		await page.goto(`${harness.site.url}/self-assessment/`, { waitUntil: 'networkidle' });
		await page.getByText(/not letting this site save anything/).waitFor();
		await page.getByRole('button', { name: 'Start assessment' }).click();
		await page.locator('.app-rating input[type=radio]').first().check();
		expect((await ratings(page))[0]).toBe('0');
		await context.close();
	});

	test('two dated assessments can be compared, and the page prints without its controls', async () => {
		const { page } = await watchedPage(harness.browser, harness.site.origin);
		await start(page);
		await page.locator('.app-rating').first().locator('input[value="1"]').check();
		await page.getByText('Start a new assessment').click();
		await page.getByRole('button', { name: 'Start assessment' }).click();
		await page.locator('.app-rating').first().locator('input[value="3"]').check();
		await page.getByLabel('Compare with another saved assessment').selectOption({ index: 1 });
		const table = page.getByRole('table', { name: 'Profile by domain' });
		expect(await table.getByRole('columnheader').allTextContents()).toHaveLength(5);
		expect(await table.getByRole('row').nth(1).textContent()).toMatch(/3\.0 of 3.*1\.0 of 3/);
		await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
		await page.emulateMedia({ media: 'print' });
		expect(await page.getByRole('button', { name: 'Export all as JSON' }).isVisible()).toBe(false);
		expect(
			await page
				.locator('footer')
				.getByText(/Framework data version/)
				.isVisible()
		).toBe(true);
		expect(await page.getByRole('table', { name: /Ratings against/ }).isVisible()).toBe(true);
		expect(await page.locator('footer').textContent()).toMatch(
			new RegExp(`Framework data version ${DATA_VERSION.replaceAll('.', '\\.')}\\.\\s*Printed on`)
		);
		await page.context().close();
	});
});
