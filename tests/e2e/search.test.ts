/** Search in Chromium: the header box as someone types, the results page, and bad input. */
import { describe, expect, test } from 'vitest';
import { watchedPage } from './support/browser';
import { useBuiltSite } from './support/harness';
import { axeViolations } from './support/site';

const harness = useBuiltSite();

describe('the search box', () => {
	test('is opened with /, shows grouped results as you type, and opens one with the keyboard', async () => {
		const { page, problems, offOrigin } = await watchedPage(harness.browser, harness.site.origin);
		await page.goto(`${harness.site.url}/levels/`, { waitUntil: 'networkidle' });
		// The index is not part of the first load.
		const indexRequests: string[] = [];
		page.on('request', (r) => r.url().includes('search-index') && indexRequests.push(r.url()));
		await page.keyboard.press('/');
		const box = page.getByRole('combobox', { name: 'Search the framework' });
		expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
		await page.keyboard.type('chemo');
		const listbox = page.getByRole('listbox', { name: 'Search results' });
		await listbox.waitFor();
		expect(indexRequests).toHaveLength(1);
		expect(await listbox.getByRole('group').count()).toBeGreaterThan(1);
		expect(await page.getByRole('status').first().textContent()).toMatch(
			/\d+ results?, grouped by kind/
		);
		await page.keyboard.press('ArrowDown');
		const first = listbox.getByRole('option').first();
		expect(await first.getAttribute('aria-selected')).toBe('true');
		expect(await box.getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
		expect(await axeViolations(page)).toEqual([]);
		await page.keyboard.press('Enter');
		await page.waitForURL((url) => !url.pathname.endsWith('/levels/'));
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBeTruthy();
		expect(problems).toEqual([]);
		expect(offOrigin).toEqual([]);
		await page.context().close();
	});

	test('marks the matched words and Escape closes the results', async () => {
		const { page } = await watchedPage(harness.browser, harness.site.origin);
		await page.goto(`${harness.site.url}/`, { waitUntil: 'networkidle' });
		const box = page.getByRole('combobox', { name: 'Search the framework' });
		await box.fill('navigator');
		await box.dispatchEvent('input');
		const option = page.getByRole('option', { name: /Cancer Navigator/ });
		await option.waitFor();
		expect(await option.locator('mark').first().textContent()).toBe('Navigator');
		await box.press('Escape');
		expect(await page.getByRole('listbox', { name: 'Search results' }).isHidden()).toBe(true);
		await page.context().close();
	});

	test('the first Escape closes the list and keeps the words typed; a second clears them', async () => {
		const { page } = await watchedPage(harness.browser, harness.site.origin);
		await page.goto(`${harness.site.url}/`, { waitUntil: 'networkidle' });
		const box = page.getByRole('combobox', { name: 'Search the framework' });
		await box.click();
		await page.keyboard.type('chemotherapy nurse');
		const listbox = page.getByRole('listbox', { name: 'Search results' });
		await listbox.waitFor();
		await page.keyboard.press('Escape');
		expect(await listbox.isHidden()).toBe(true);
		expect(await box.inputValue()).toBe('chemotherapy nurse');
		expect(await box.getAttribute('aria-expanded')).toBe('false');
		await page.keyboard.press('Escape');
		expect(await box.inputValue()).toBe('');
		await page.context().close();
	});

	test('markup in a query stays text', async () => {
		const { page, problems } = await watchedPage(harness.browser, harness.site.origin);
		await page.goto(`${harness.site.url}/`, { waitUntil: 'networkidle' });
		await page.evaluate(() => ((window as unknown as { pwned: boolean }).pwned = false));
		const box = page.getByRole('combobox', { name: 'Search the framework' });
		await box.fill('<img src=x onerror="window.pwned=true"> nurse');
		await box.dispatchEvent('input');
		await page.getByRole('listbox', { name: 'Search results' }).waitFor();
		expect(await page.locator('.app-search__results img').count()).toBe(0);
		expect(await page.evaluate(() => (window as unknown as { pwned: boolean }).pwned)).toBe(false);
		expect(problems).toEqual([]);
		await page.context().close();
	});
});

/** The drop-down's options, in the order the arrow keys visit them, for a query typed into the box. */
async function optionsFor(page: import('playwright-core').Page, query: string) {
	const box = page.getByRole('combobox', { name: 'Search the framework' });
	await box.fill(query);
	await box.dispatchEvent('input');
	await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().waitFor();
	return page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
}

/** Capabilities about talking and teaching, which a treatment query must never bring up. */
const UNRELATED = [
	'Difficult and significant conversations',
	'Supporting learners in practice',
	'Teaching colleagues and teams',
	'Communicating within and across teams'
];

describe('search finds what people mean', () => {
	test.each([
		[
			'chemotherapy',
			'Systemic anti-cancer therapy',
			/anti-cancer|SACT|chemo|pharma|oncology|treatment|cancer/i
		],
		['CNS', 'Clinical Nurse Specialist', /nurse/i],
		['physio', 'Physiotherapist', /physio|rehabilitation/i]
	])('"%s" puts %s first and nothing unrelated in the top five', async (query, first, related) => {
		const { page, problems } = await watchedPage(harness.browser, harness.site.origin);
		await page.goto(`${harness.site.url}/`, { waitUntil: 'networkidle' });
		const options = await optionsFor(page, query);
		const titles = (await options.locator('.app-search__title').allTextContents()).slice(0, 5);
		expect(titles[0]).toBe(first);
		for (const title of titles) {
			expect(UNRELATED, title).not.toContain(title);
			const option = options.filter({ hasText: title }).first();
			expect(await option.textContent(), title).toMatch(related);
		}
		expect(problems).toEqual([]);
		await page.context().close();
	});

	test('highlights cover whole words, never letters inside a word', async () => {
		const { page } = await watchedPage(harness.browser, harness.site.origin);
		await page.goto(`${harness.site.url}/search/?q=${encodeURIComponent('physio SACT')}`, {
			waitUntil: 'networkidle'
		});
		await page.locator('.app-results mark').first().waitFor();
		const marks = await page.locator('mark').evaluateAll((els) =>
			els.map((el) => {
				const before = el.previousSibling?.textContent ?? '';
				const after = el.nextSibling?.textContent ?? '';
				return { text: el.textContent, before: before.slice(-1), after: after.charAt(0) };
			})
		);
		expect(marks.length).toBeGreaterThan(3);
		for (const m of marks) {
			expect(m.before, m.text ?? '').not.toMatch(/\p{L}/u);
			expect(m.after, m.text ?? '').not.toMatch(/\p{L}/u);
		}
		expect(marks.map((m) => m.text)).toContain('Physiotherapist');
		await page.context().close();
	});

	test('a query that finds nothing gets advice with links to browse, and stays open for them', async () => {
		const { page, problems } = await watchedPage(harness.browser, harness.site.origin);
		await page.goto(`${harness.site.url}/levels/`, { waitUntil: 'networkidle' });
		const box = page.getByRole('combobox', { name: 'Search the framework' });
		await box.fill('xqzvw');
		await box.dispatchEvent('input');
		const advice = page.locator('.app-search__results').getByText('No results for “xqzvw”.');
		await advice.waitFor();
		expect(await page.getByRole('status').first().textContent()).toMatch(/No results.*spelling/);
		expect(await axeViolations(page)).toEqual([]);
		// The advice's links are reached with Tab, and the drop-down stays open for them.
		await box.press('Tab');
		await box.page().keyboard.press('Tab');
		const roles = page.locator('.app-search__results').getByRole('link', { name: 'roles' });
		expect(await roles.evaluate((el) => el === document.activeElement)).toBe(true);
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/roles\/$/);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	test('the results page gives the same advice, and a pay band gets its one-way note', async () => {
		const { page } = await watchedPage(harness.browser, harness.site.origin);
		await page.goto(`${harness.site.url}/search/?q=xqzvw`, { waitUntil: 'networkidle' });
		const main = page.getByRole('main');
		await main.getByText('Check the spelling.').waitFor();
		expect(await main.getByRole('link', { name: 'levels', exact: true }).count()).toBe(1);
		expect(await axeViolations(page)).toEqual([]);
		await page.goto(`${harness.site.url}/search/?q=${encodeURIComponent('band 7')}`, {
			waitUntil: 'networkidle'
		});
		await page.getByText(/Pay bands are not part of ACCEND/).waitFor();
		expect(await page.locator('.app-results a').first().textContent()).toBe('Advanced');
		expect(await axeViolations(page)).toEqual([]);
		await page.context().close();
	});
});

describe('the results page', () => {
	test('reads the query and filters from the URL, and a role result opens the pathway map', async () => {
		const { page, problems, offOrigin } = await watchedPage(harness.browser, harness.site.origin);
		await page.goto(`${harness.site.url}/search/?q=CNS`, { waitUntil: 'networkidle' });
		await page.getByRole('heading', { name: /results? for “CNS”/ }).waitFor();
		const first = page.locator('.app-results a').first();
		expect(await first.textContent()).toBe('Clinical Nurse Specialist');
		await page.getByRole('link', { name: 'Show on the pathway map' }).first().click();
		await page.waitForURL(/\/pathway\/\?role=clinical-nurse-specialist$/);
		await page.getByRole('region', { name: 'Clinical Nurse Specialist' }).waitFor();
		expect(problems).toEqual([]);
		expect(offOrigin).toEqual([]);
		await page.context().close();
	});

	test('filters by kind and level', async () => {
		const { page } = await watchedPage(harness.browser, harness.site.origin);
		await page.goto(`${harness.site.url}/search/?q=nurse&kind=role&level=enhanced`, {
			waitUntil: 'networkidle'
		});
		await page.getByRole('heading', { name: /results? for “nurse”/ }).waitFor();
		const contexts = await page.locator('.app-results li > p:first-of-type').allTextContents();
		expect(contexts.length).toBeGreaterThan(0);
		expect(contexts.every((c) => c.startsWith('Enhanced level'))).toBe(true);
		expect(await page.getByRole('heading', { level: 3 }).allTextContents()).toEqual(['Roles']);
		expect(await axeViolations(page)).toEqual([]);
		await page.context().close();
	});

	test.each(['', 'a', 'x'.repeat(10_000)])('is calm with the query %#', async (q) => {
		const { page, problems } = await watchedPage(harness.browser, harness.site.origin);
		await page.goto(`${harness.site.url}/search/?q=${encodeURIComponent(q)}`, {
			waitUntil: 'networkidle'
		});
		expect(await page.locator('.app-results li').count()).toBe(0);
		expect(problems).toEqual([]);
		await page.context().close();
	});
});
