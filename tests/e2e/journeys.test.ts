/** Whole journeys a nurse or an educator takes, in Chromium, as they would take them. */
import { describe, expect, test } from 'vitest';
import { watchedPage } from './support/browser';
import { useBuiltSite } from './support/harness';
import { accendFramework } from '../fixtures/accend';
import { axeViolations } from './support/site';

/** The version the shipped data carries, stamped on every download. */
const DATA_VERSION = accendFramework().meta.version;

const harness = useBuiltSite();

describe('finding your way', () => {
	test('from the home page to a level page', async () => {
		const { page, problems, offOrigin } = await watchedPage(harness.browser, harness.site.origin);
		await page.goto(`${harness.site.url}/`);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/ACCEND/);
		await page.getByRole('link', { name: '5. Enhanced' }).click();
		await page.waitForURL(/\/levels\/enhanced\/$/);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/Enhanced$/);
		expect(await page.getByRole('link', { name: /Status:\s*Confirmed/ }).count()).toBeGreaterThan(
			0
		);
		expect(problems).toEqual([]);
		expect(offOrigin).toEqual([]);
		await page.context().close();
	});

	test('the skip link moves focus to the main content', async () => {
		const { page } = await watchedPage(harness.browser, harness.site.origin);
		await page.goto(`${harness.site.url}/levels/`);
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Skip to main content' });
		expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
		await page.keyboard.press('Enter');
		expect(page.url()).toMatch(/#maincontent$/);
		await page.context().close();
	});

	test('a role page links to its level, its routes and its capabilities', async () => {
		const { page } = await watchedPage(harness.browser, harness.site.origin);
		await page.goto(`${harness.site.url}/roles/clinical-nurse-specialist/`);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(
			/Clinical Nurse Specialist/
		);
		await page.getByRole('link', { name: 'Registered Nurse' }).first().click();
		await page.waitForURL(/\/roles\/registered-nurse\/$/);
		await page.getByRole('link', { name: /4\. Registration/ }).click();
		await page.waitForURL(/\/levels\/registration\/$/);
		await page.context().close();
	});

	test('a missing address gets the helpful 404 page, whose links work at any depth', async () => {
		const { page } = await watchedPage(harness.browser, harness.site.origin);
		const response = await page.goto(`${harness.site.url}/no/such/page/`);
		expect(response?.status()).toBe(404);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found');
		expect(await axeViolations(page)).toEqual([]);
		await page.getByRole('link', { name: 'Registration', exact: true }).click();
		await page.waitForURL(/\/levels\/registration\/$/);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/Registration$/);
		await page.context().close();
	});
});

describe('comparing levels', () => {
	test('choosing levels opens a shareable comparison that marks what changes', async () => {
		const { page, problems } = await watchedPage(harness.browser, harness.site.origin);
		await page.goto(`${harness.site.url}/compare/`);
		await page.getByRole('button', { name: 'Compare' }).click();
		expect(await page.getByRole('alert').textContent()).toMatch(
			/Choose 2 or 3 levels to compare \(you chose 0\)/
		);
		await page.getByLabel('Registration', { exact: true }).check();
		await page.getByLabel('Enhanced', { exact: true }).check();
		await page.getByRole('button', { name: 'Compare' }).click();
		await page.waitForURL(/\/compare\/registration-vs-enhanced\/$/);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(
			/Registration and Enhanced/
		);
		// Research design starts at Enhanced in the working data.
		const starts = page.getByRole('row', { name: /Designing and leading research/ });
		expect(await starts.getByText('Starts at Enhanced').count()).toBe(1);
		// New wording is marked, and screen readers hear that it is new.
		expect(await page.locator('ins.app-new-words').count()).toBeGreaterThan(20);
		expect(await page.locator('ins.app-new-words').first().textContent()).toMatch(
			/^new words:\u00a0/
		);
		// Filtering to what starts higher hides the rest.
		const rowsBefore = await page.locator('tbody tr').count();
		await page.getByLabel('Show only capabilities that start at a higher level').check();
		expect(await page.locator('.app-compare tbody tr').count()).toBeLessThan(rowsBefore);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	test('a comparison works with JavaScript turned off', async () => {
		const context = await harness.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${harness.site.url}/compare/enhanced-vs-advanced/`);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(
			/Enhanced and Advanced/
		);
		expect(await page.locator('ins.app-new-words').count()).toBeGreaterThan(10);
		await context.close();
	});
});

describe('on a phone and on paper', () => {
	test.each([
		'/',
		'/levels/enhanced/',
		'/compare/registration-vs-enhanced-vs-advanced/',
		'/overview/',
		'/roles/',
		'/capabilities/sact-care/',
		'/downloads/'
	])('%s has no horizontal page scroll at 320 px', async (path) => {
		const { page } = await watchedPage(harness.browser, harness.site.origin, 320);
		await page.goto(harness.site.url + path);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - window.innerWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		await page.context().close();
	});

	test('printing hides the navigation and stamps the version and date', async () => {
		const { page } = await watchedPage(harness.browser, harness.site.origin);
		await page.goto(`${harness.site.url}/compare/registration-vs-enhanced/`, {
			waitUntil: 'networkidle'
		});
		await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
		await page.emulateMedia({ media: 'print' });
		expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
		expect(await page.getByText(/Framework data version/).isVisible()).toBe(true);
		expect(await page.getByRole('navigation', { name: 'Breadcrumb' }).isVisible()).toBe(false);
		const footer = await page.locator('footer').textContent();
		expect(footer).toContain(`Framework data version ${DATA_VERSION}.`);
		expect(footer).toMatch(/Printed on \d{1,2} \w+ 20\d\d/);
		await page.context().close();
	});
});

describe('downloads', () => {
	test('CSV and JSON files are served, stamped with the version', async () => {
		const { page } = await watchedPage(harness.browser, harness.site.origin);
		await page.goto(`${harness.site.url}/downloads/`);
		const links = await page
			.locator('a[download]')
			.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
		expect(links.length).toBe(7);
		for (const href of links) {
			const res = await page.request.get(href);
			expect(res.status(), href).toBe(200);
			const body = await res.text();
			if (href.endsWith('.csv')) {
				expect(body.split('\r\n')[0]).toMatch(/^framework_version,/);
				expect(body.split('\r\n')[1]?.startsWith(`${DATA_VERSION},`)).toBe(true);
			} else {
				expect(JSON.parse(body).framework_version).toBe(DATA_VERSION);
			}
		}
		await page.context().close();
	});
});
