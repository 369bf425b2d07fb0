/** The pathway map in Chromium: keyboard, pointer, detail panel, filters, list view, phones. */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { watchedPage } from './support/browser';
import { useBuiltSite } from './support/harness';
import { axeViolations } from './support/site';

const harness = useBuiltSite();

const focusedRole = (page: Page) => page.locator('.node.focused').getAttribute('data-role');

async function openMap(width = 1280, query = '') {
	const watched = await watchedPage(harness.browser, harness.site.origin, width);
	await watched.page.goto(`${harness.site.url}/pathway/${query}`, { waitUntil: 'networkidle' });
	return watched;
}

describe('pathway map', () => {
	test('is one tab stop that arrow keys move through, with the focus announced', async () => {
		const { page, problems } = await openMap();
		const map = page.getByRole('application', { name: /Career pathway map/ });
		await map.focus();
		const first = await focusedRole(page);
		expect(first).toBeTruthy();
		await page.keyboard.press('ArrowRight');
		const second = await focusedRole(page);
		expect(second).not.toBe(first);
		await page.keyboard.press('ArrowLeft');
		expect(await focusedRole(page)).toBe(first);
		await page.keyboard.press('ArrowDown');
		expect(await focusedRole(page)).not.toBe(first);
		// The live region says where the focus is.
		expect(await page.locator('#map-announcement').textContent()).toMatch(
			/level, .+ routes? in, \d+ out\. Press Enter/
		);
		// Tab leaves the map in one press: the roles are not tab stops of their own.
		await page.keyboard.press('Tab');
		expect(await map.evaluate((el) => el.contains(document.activeElement))).toBe(false);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	test('Enter opens the detail panel, Escape closes it and returns to the map', async () => {
		const { page } = await openMap();
		const map = page.getByRole('application', { name: /Career pathway map/ });
		await map.focus();
		await page.keyboard.press('End');
		const id = await focusedRole(page);
		await page.keyboard.press('Enter');
		const heading = page.locator('#role-detail-title');
		await heading.waitFor();
		expect(await heading.evaluate((el) => el === document.activeElement)).toBe(true);
		expect(page.url()).toContain(`role=${id}`);
		await map.focus();
		await page.keyboard.press('Escape');
		expect(await heading.count()).toBe(0);
		expect(await map.evaluate((el) => el === document.activeElement)).toBe(true);
		await page.context().close();
	});

	test('hovering a role lights its lineage and dims the rest', async () => {
		const { page } = await openMap();
		await page.locator('[data-role="registered-nurse"]').hover();
		const lit = await page
			.locator('.has-lineage .node.lit')
			.evaluateAll((els) => els.map((e) => e.getAttribute('data-role')));
		expect(lit).toEqual(
			expect.arrayContaining([
				'registered-nurse',
				'student-nurse',
				'clinical-nurse-specialist',
				'consultant-nurse',
				'healthcare-assistant'
			])
		);
		expect(lit).not.toContain('pharmacist');
		expect(await page.locator('.link.lit').count()).toBeGreaterThan(4);
		await page.mouse.move(1, 1);
		expect(await page.locator('.has-lineage').count()).toBe(0);
		await page.context().close();
	});

	test('a URL focuses a role and opens its panel, and its routes can be followed', async () => {
		const { page, problems, offOrigin } = await openMap(1280, '?role=clinical-nurse-specialist');
		const panel = page.getByRole('region', { name: 'Clinical Nurse Specialist' });
		await panel.waitFor();
		expect(await panel.getByText('Routes onward').count()).toBe(1);
		await panel.getByRole('button', { name: 'Advanced Clinical Practitioner (Oncology)' }).click();
		await page.getByRole('region', { name: 'Advanced Clinical Practitioner (Oncology)' }).waitFor();
		expect(page.url()).toContain('role=acp-oncology');
		expect(await axeViolations(page)).toEqual([]);
		expect(problems).toEqual([]);
		expect(offOrigin).toEqual([]);
		await page.context().close();
	});

	test('filters narrow the map and the list alike', async () => {
		const { page } = await openMap();
		const all = await page.locator('.node').count();
		await page.getByText('Filter by profession and level').click();
		await page.getByLabel('Pharmacy', { exact: true }).check();
		const pharmacy = await page.locator('.node').count();
		expect(pharmacy).toBeLessThan(all);
		expect(pharmacy).toBeGreaterThan(3);
		await page.getByRole('button', { name: 'List' }).click();
		expect(await page.locator('.app-pathway-list > li').count()).toBe(pharmacy);
		expect(await axeViolations(page)).toEqual([]);
		await page.context().close();
	});

	test('zoom buttons change the view and reset puts it back', async () => {
		const { page } = await openMap();
		const transform = () => page.locator('svg > g').first().getAttribute('transform');
		const start = await transform();
		await page.getByRole('button', { name: 'Zoom in' }).click();
		expect(await transform()).not.toBe(start);
		await page.getByRole('button', { name: 'Reset view' }).click();
		expect(await transform()).toBe(start);
		await page.context().close();
	});

	test('on a phone the list comes first, with no horizontal page scroll', async () => {
		const { page } = await openMap(375);
		expect(await page.getByRole('button', { name: 'List' }).getAttribute('aria-pressed')).toBe(
			'true'
		);
		expect(await page.locator('.app-pathway-list > li').count()).toBeGreaterThan(40);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - window.innerWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		await page.getByRole('button', { name: 'Map' }).click();
		const overflowMap = await page.evaluate(
			() => document.documentElement.scrollWidth - window.innerWidth
		);
		expect(overflowMap).toBeLessThanOrEqual(0);
		await page.context().close();
	});
});
