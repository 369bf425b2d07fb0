/**
 * The NHS.UK-standard parts every page shares, in Chromium as a person meets them: a header that
 * fits a phone with its navigation behind "More", no sideways scroll at 320 px, contents on long
 * pages, the overview without a scroll box, the profession filter on Roles, NHS error summaries on
 * the planner and the saved-file import, and axe at both widths.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { watchedPage } from './support/browser';
import { useBuiltSite } from './support/harness';
import { PAGE_TYPES } from './support/page-types';
import { axeViolations } from './support/site';

const harness = useBuiltSite();

/** About what a phone can spare for the header, search included, of an 812 px screen. */
const MAX_HEADER_AT_375 = 150;

/** The pages this part of the site owns, which must pass axe and carry contents when long. */
const SITE_PAGES = ['/', '/about/', '/overview/', '/roles/', '/domains/', '/downloads/'];

/** Long content pages (levels, comparison, role, capability, learning, plan) that need contents too. */
const CONTENT_PAGES = [
	'/levels/enhanced/',
	'/compare/registration-vs-enhanced-vs-advanced/',
	'/roles/clinical-nurse-specialist/',
	'/capabilities/sact-care/',
	'/learning/',
	'/plan/?from=registered-nurse&to=clinical-nurse-specialist',
	'/about/data/'
];

async function open(path: string, width: number, javaScriptEnabled = true) {
	const context = await harness.browser.newContext({
		viewport: { width, height: 812 },
		javaScriptEnabled,
		serviceWorkers: 'block'
	});
	const page = await context.newPage();
	await page.goto(harness.site.url + path, { waitUntil: 'networkidle' });
	return page;
}

const headerHeight = (page: Page) =>
	page.locator('header.nhsuk-header').evaluate((el) => el.getBoundingClientRect().height);
const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

describe('the header', () => {
	test.each(['/', '/roles/', '/levels/enhanced/'])(
		`%s: at 375 px it is at most ${MAX_HEADER_AT_375} px, with the rest behind More`,
		async (path) => {
			const page = await open(path, 375);
			expect(await headerHeight(page)).toBeLessThanOrEqual(MAX_HEADER_AT_375);
			const more = mainNav(page).getByRole('button', { name: /More/ });
			expect(await more.isVisible()).toBe(true);
			expect(await more.getAttribute('aria-expanded')).toBe('false');
			// Every link stays one click away, none twice.
			await more.click();
			expect(await more.getAttribute('aria-expanded')).toBe('true');
			const labels = await mainNav(page).getByRole('link').allTextContents();
			expect(labels).toEqual([
				'Pathway map',
				'Levels',
				'Roles',
				'Compare levels',
				'Learning',
				'Self-assessment',
				'Curriculum mapping',
				'About'
			]);
			for (const name of labels)
				expect(await mainNav(page).getByRole('link', { name, exact: true }).isVisible()).toBe(true);
			await page.context().close();
		}
	);

	test('at 1280 px every link shows on one line and there is no More', async () => {
		const page = await open('/', 1280);
		expect(await mainNav(page).getByRole('button', { name: /More/ }).isVisible()).toBe(false);
		const tops = await mainNav(page)
			.getByRole('link')
			.evaluateAll((links) => links.map((a) => Math.round(a.getBoundingClientRect().top)));
		expect(tops).toHaveLength(8);
		expect(new Set(tops).size).toBe(1);
		await page.context().close();
	});

	test('by keyboard: More opens with Enter, its links take Tab, Escape closes it and returns focus', async () => {
		const page = await open('/levels/', 375);
		const more = mainNav(page).getByRole('button', { name: /More/ });
		await more.focus();
		await page.keyboard.press('Enter');
		expect(await more.getAttribute('aria-expanded')).toBe('true');
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
		expect(['Compare levels', 'Learning', 'Roles', 'Levels']).toContain(focused);
		await page.keyboard.press('Escape');
		expect(await more.getAttribute('aria-expanded')).toBe('false');
		expect(await more.evaluate((el) => el === document.activeElement)).toBe(true);
		// A link in the menu goes to its page and the menu closes behind it.
		await more.click();
		await mainNav(page).getByRole('link', { name: 'About' }).click();
		await page.waitForURL(/\/about\/$/);
		expect(await more.getAttribute('aria-expanded')).toBe('false');
		expect(await mainNav(page).getByRole('link', { name: 'About' }).isVisible()).toBe(false);
		await page.context().close();
	});

	test.each([320, 375, 1280])(
		'at %i px the search box shows its whole placeholder',
		async (width) => {
			const page = await open('/', width);
			const room = await page.locator('#site-search').evaluate((input: HTMLInputElement) => {
				const style = getComputedStyle(input);
				const text = document.createElement('canvas').getContext('2d')!;
				text.font = style.font;
				const inside =
					input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
				return inside - text.measureText(input.placeholder).width;
			});
			expect(room).toBeGreaterThan(0);
			await page.context().close();
		}
	);

	test('without JavaScript every link shows, wrapped, and none is hidden', async () => {
		const page = await open('/roles/', 375, false);
		const links = mainNav(page).getByRole('link');
		expect(await links.count()).toBe(8);
		for (const link of await links.all()) expect(await link.isVisible()).toBe(true);
		expect(await mainNav(page).getByRole('button', { name: /More/ }).isVisible()).toBe(false);
		await page.context().close();
	});
});

describe('at 320 px', () => {
	test.each(PAGE_TYPES)('%s does not scroll sideways', async (path) => {
		const page = await open(path, 320);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - window.innerWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		await page.context().close();
	});
});

describe('long pages', () => {
	test.each([...SITE_PAGES, ...CONTENT_PAGES])(
		'%s: longer than three screens at 375 px means jump links',
		async (path) => {
			const page = await open(path, 375);
			// Screens of reading to the end of the main content; the footer is the same on every page.
			const screens = await page
				.locator('main')
				.evaluate((main) => (main.getBoundingClientRect().bottom + scrollY) / innerHeight);
			const jumps = await page
				.locator('main a[href^="#"]')
				.evaluateAll((links) =>
					links.filter((a) => document.getElementById(a.getAttribute('href')!.slice(1)))
				);
			if (screens > 3)
				expect(jumps.length, `${path} is ${screens.toFixed(1)} screens`).toBeGreaterThan(2);
			await page.context().close();
		}
	);
});

describe('the overview', () => {
	test.each([1280, 375])(
		'at %i px nothing in it scrolls on its own or is cut off',
		async (width) => {
			const page = await open('/overview/', width);
			const boxes = await page.locator('main *').evaluateAll((els) =>
				els
					.filter((el) => {
						const style = getComputedStyle(el);
						const scrolls = /(auto|scroll)/.test(style.overflowX + style.overflowY);
						const clips =
							el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
						return scrolls && clips;
					})
					.map((el) => el.className)
			);
			expect(boxes).toEqual([]);
			// Every level is named, and the last level's section is in the page, not clipped.
			expect(await page.getByRole('heading', { level: 2, name: '7. Consultant' }).isVisible()).toBe(
				true
			);
			const right = await page
				.locator('main table')
				.evaluate((t) => t.getBoundingClientRect().right);
			expect(right).toBeLessThanOrEqual(width);
			await page.context().close();
		}
	);
});

describe('the profession filter on Roles', () => {
	test('shows one profession from the URL, changes with the form, and says what it shows', async () => {
		const { page, problems } = await watchedPage(harness.browser, harness.site.origin, 375);
		await page.goto(`${harness.site.url}/roles/?profession=dietetics`);
		await page.getByText(/roles? in Dietetics\./).waitFor();
		const professions = await page
			.locator('main .app-role-list > li')
			.evaluateAll((items) =>
				items.map((li) => li.querySelector('.app-role-list__facts')?.textContent?.split('.')[0])
			);
		expect(professions.length).toBeGreaterThan(0);
		expect(new Set(professions)).toEqual(new Set(['Dietetics']));
		await page.getByLabel('Profession').selectOption('pharmacy');
		await page.getByRole('button', { name: 'Show roles' }).click();
		await page.waitForURL(/profession=pharmacy/);
		await page.getByText(/roles? in Pharmacy\./).waitFor();
		expect(await page.getByRole('link', { name: 'Dietitian', exact: true }).count()).toBe(0);
		await page.getByRole('link', { name: 'Show every profession' }).click();
		await page.getByText(/^All \d+ roles\.$/).waitFor();
		expect(problems).toEqual([]);
		await page.context().close();
	});

	test('names a profession it does not know, and shows every role', async () => {
		const page = await open('/roles/?profession=astrology', 1280);
		expect(await page.getByText('There is no profession called “astrology”').isVisible()).toBe(
			true
		);
		expect(await page.locator('main .app-role-list > li').count()).toBeGreaterThan(40);
		await page.context().close();
	});

	test('without JavaScript the page is the plain list of every role', async () => {
		const page = await open('/roles/?profession=dietetics', 1280, false);
		expect(await page.locator('main .app-role-list > li').count()).toBeGreaterThan(40);
		await page.context().close();
	});
});

/** Where focus is: the element's id, or its class when it has no id. */
const focused = (page: Page) =>
	page.evaluate(() => document.activeElement?.id || document.activeElement?.className || '');

/**
 * The NHS error summary as a person meets it: it has focus, says "There is a problem", and its link
 * for the field moves focus to that field, where the same message is said inline.
 */
async function expectErrorFor(page: Page, field: string, message: RegExp, first = true) {
	const summary = page.locator('.nhsuk-error-summary');
	await summary.waitFor();
	if (first) expect(await focused(page)).toContain('nhsuk-error-summary');
	expect(await summary.getByRole('alert').textContent()).toMatch(/^\s*There is a problem/);
	expect(await page.locator(`#${field}-error`).textContent()).toMatch(message);
	expect(await page.locator(`#${field}`).getAttribute('aria-describedby')).toContain(
		`${field}-error`
	);
	expect(await axeViolations(page)).toEqual([]);
	await summary.getByRole('link', { name: message }).click();
	expect(await focused(page)).toBe(field);
}

describe('NHS error summaries', () => {
	test.each([375, 1280])('the planner, sent empty at %i px', async (width) => {
		const page = await open('/plan/', width);
		await page.getByRole('button', { name: 'Plan my route' }).click();
		await expectErrorFor(page, 'plan-from', /Select where you are now, or your level/);
		await expectErrorFor(page, 'plan-to', /Select the role you want/, false);
		expect(new URL(page.url()).search).toBe('');
		await page.context().close();
	});

	test.each(
		(
			[
				['/self-assessment/', 'import-assessments'],
				['/curriculum/', 'import-curricula']
			] as const
		).flatMap(([path, field]) => [375, 1280].map((width) => [path, field, width] as const))
	)(
		'%s (%s): importing with no file, then a refused file, at %i px',
		async (path, field, width) => {
			const page = await open(path, width);
			await page.getByRole('button', { name: 'Check the file' }).click();
			await expectErrorFor(page, field, /Select a JSON file exported from this tool/);
			for (const [content, why] of [
				['{"format": "someone-else"}', /not exported by this tool/],
				['not json at all', /not valid JSON/]
			] as const) {
				await page.getByLabel('Choose a JSON file exported from this tool').setInputFiles({
					name: 'mine.json',
					mimeType: 'application/json',
					buffer: Buffer.from(content)
				});
				await page.locator(`#${field}-error`).filter({ hasText: why }).waitFor();
				await expectErrorFor(page, field, why);
			}
			await page.context().close();
		}
	);
});

describe('axe', () => {
	test.each(SITE_PAGES.flatMap((p) => [375, 1280].map((w) => [p, w] as const)))(
		'%s at %i px is clean',
		async (path, width) => {
			const page = await open(path, width);
			expect(await axeViolations(page)).toEqual([]);
			await page.context().close();
		}
	);

	test('with the More menu open at 375 px', async () => {
		const page = await open('/roles/', 375);
		await mainNav(page).getByRole('button', { name: /More/ }).click();
		expect(await axeViolations(page)).toEqual([]);
		await page.context().close();
	});
});
