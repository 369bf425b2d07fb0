/**
 * The pathway map in Chromium: readable labels at every zoom, routes that read left to right,
 * keyboard, pointer, detail panel, the profession in focus, list view, phones.
 */
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

/** Every role title's size on screen (font size times the drawing's scale), and how it fits its box. */
const labelSizes = (page: Page) =>
	page.locator('.node').evaluateAll((nodes) =>
		nodes.map((g) => {
			const texts = [...g.querySelectorAll('text')] as SVGTextElement[];
			const box = g.querySelector('rect') as SVGRectElement;
			const scale = (g as SVGGElement).getScreenCTM()?.a ?? 0;
			return {
				id: g.getAttribute('data-role'),
				px: Math.min(...texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale)),
				lines: texts.length,
				widest: Math.max(...texts.map((t) => t.getComputedTextLength())),
				room: box.width.baseVal.value
			};
		})
	);

/** Relative luminance contrast of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
	const lum = (c: string) => {
		const [r, g, bl] = (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
			const x = Number(v) / 255;
			return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
	};
	const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
}

describe('pathway map', () => {
	test('role titles are at least 14 px at 1280, never under 12 px at any zoom, and never cut', async () => {
		const { page } = await openMap();
		const start = await labelSizes(page);
		expect(start.length).toBeGreaterThan(5);
		for (const label of start) {
			expect(label.px, label.id!).toBeGreaterThanOrEqual(14);
			expect(label.lines, label.id!).toBeLessThanOrEqual(3);
			expect(label.widest, label.id!).toBeLessThanOrEqual(label.room - 2 * 8 + 0.5);
		}
		// Zoom out step by step until the view stops changing: the titles stay readable.
		const transform = () => page.locator('svg > g').first().getAttribute('transform');
		for (let step = 0; step < 8; step++) {
			const before = await transform();
			await page.getByRole('button', { name: 'Zoom out' }).click();
			for (const label of await labelSizes(page))
				expect(label.px, `${label.id} after ${step + 1} zoom-outs`).toBeGreaterThanOrEqual(11.99);
			if ((await transform()) === before) break;
		}
		// Opening a role's details never shrinks the map.
		await page.getByRole('button', { name: 'Reset view' }).click();
		await page.locator('[data-role="registered-nurse"]').click();
		await page.locator('#role-detail-title').waitFor();
		for (const label of await labelSizes(page))
			expect(label.px, label.id!).toBeGreaterThanOrEqual(14);
		await page.context().close();
	});

	test('no route is drawn right to left, in the default view or with every profession', async () => {
		for (const query of ['', '?profession=all']) {
			const { page } = await openMap(1280, query);
			const links = await page.locator('path.link').evaluateAll((paths) =>
				paths.map((p) => {
					const path = p as SVGPathElement;
					const start = path.getPointAtLength(0);
					const end = path.getPointAtLength(path.getTotalLength());
					return {
						cls: path.getAttribute('class'),
						dx: end.x - start.x,
						arrow: path.hasAttribute('marker-end')
					};
				})
			);
			expect(links.length).toBeGreaterThan(5);
			for (const link of links) {
				expect(link.dx, link.cls!).toBeGreaterThanOrEqual(-0.5);
				// A tie back to a lower level is drawn with no arrowhead, so nothing points backwards.
				if (link.cls?.includes('backward')) expect(link.arrow).toBe(false);
			}
			await page.context().close();
		}
	});

	test('a chosen role lights its lineage, labels its routes with kind and duration, and faded roles stay legible', async () => {
		const { page } = await openMap(1280, '?profession=all');
		await page.locator('[data-role="registered-nurse"]').click();
		await page.mouse.move(1, 1);
		expect(await page.locator('.link.lit').count()).toBeGreaterThan(2);
		const labels = await page.locator('.route-label').allTextContents();
		// One label for each route in and out of the role, as its panel lists them.
		const listed = await page.locator('.app-route-list > li').count();
		expect(listed).toBeGreaterThan(1);
		expect(labels).toHaveLength(listed);
		for (const label of labels)
			expect(label).toMatch(
				/(Apprenticeship|Registration|Post-registration|Master|Consultant|Other).*(\d|Varies)/
			);
		const faded = await page
			.locator('.has-lineage .node:not(.lit)')
			.first()
			.evaluate((g) => ({
				text: getComputedStyle(g.querySelector('text')!).fill,
				textOpacity: getComputedStyle(g.querySelector('text')!).fillOpacity,
				box: getComputedStyle(g.querySelector('rect')!).fill,
				boxOpacity: getComputedStyle(g.querySelector('rect')!).fillOpacity
			}));
		expect(faded.textOpacity).toBe('1');
		expect(faded.boxOpacity).toBe('1');
		expect(contrast(faded.text, faded.box)).toBeGreaterThanOrEqual(3);
		await page.context().close();
	});

	test('the profession in focus is in the address and remembered; "All professions" shows every role', async () => {
		const { page } = await openMap();
		const focused = await page.locator('.node').count();
		const select = page.getByLabel('Profession');
		await select.selectOption({ label: 'Pharmacy' });
		expect(page.url()).toContain('profession=pharmacy');
		const pharmacy = await page.locator('.node').count();
		expect(pharmacy).toBeGreaterThan(3);
		expect(await page.locator('.node:not(.external)').count()).toBeLessThan(focused + pharmacy);
		// Remembered on this browser: a plain visit comes back to pharmacy.
		await page.goto(`${harness.site.url}/pathway/`, { waitUntil: 'networkidle' });
		expect(await select.inputValue()).toBe('pharmacy');
		expect(await page.locator('.node').count()).toBe(pharmacy);
		await select.selectOption({ label: 'All professions' });
		expect(page.url()).toContain('profession=all');
		const all = await page.locator('.node').count();
		expect(all).toBeGreaterThan(focused);
		expect(await page.locator('.node.external').count()).toBe(0);
		await page.getByRole('button', { name: 'List' }).click();
		expect(await page.locator('.app-pathway-list > li').count()).toBe(all);
		await page.context().close();
	});

	test('"Skip the map" takes the keyboard past the map', async () => {
		const { page } = await openMap();
		const skip = page.getByRole('link', { name: 'Skip the map' });
		await skip.focus();
		expect(await skip.isVisible()).toBe(true);
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('after-map');
		await page.context().close();
	});

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

	test('Enter opens the detail panel; Escape in it closes it and returns the focus to the role', async () => {
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
		// Escape from inside the panel, where the focus is after opening it.
		await page.keyboard.press('Tab');
		await page.keyboard.press('Escape');
		expect(await heading.count()).toBe(0);
		expect(await map.evaluate((el) => el === document.activeElement)).toBe(true);
		expect(await focusedRole(page)).toBe(id);
		// And from the map itself.
		await page.keyboard.press('Enter');
		await heading.waitFor();
		await map.focus();
		await page.keyboard.press('Escape');
		expect(await heading.count()).toBe(0);
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
		const followed = page.getByRole('region', {
			name: 'Advanced Clinical Practitioner (Oncology)'
		});
		await followed.waitFor();
		expect(page.url()).toContain('role=acp-oncology');
		const plan = followed.getByRole('link', { name: 'Plan a route to this role' });
		expect(await plan.getAttribute('href')).toMatch(/\/plan\/\?to=acp-oncology$/);
		const how = followed.getByRole('link', { name: /How to get there/ });
		expect(await how.getAttribute('href')).toMatch(/\/roles\/acp-oncology\/#how-to-get-there$/);
		expect(await axeViolations(page)).toEqual([]);
		expect(problems).toEqual([]);
		expect(offOrigin).toEqual([]);
		await page.context().close();
	});

	test('a level filter narrows the map and the list alike', async () => {
		const { page } = await openMap(1280, '?profession=all');
		const all = await page.locator('.node').count();
		await page.getByText('Show only some levels').click();
		await page.getByLabel('Enhanced', { exact: true }).check();
		const enhanced = await page.locator('.node').count();
		expect(enhanced).toBeLessThan(all);
		expect(enhanced).toBeGreaterThan(3);
		await page.getByRole('button', { name: 'List' }).click();
		expect(await page.locator('.app-pathway-list > li').count()).toBe(enhanced);
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

	test('on a phone the map becomes a chain of full-width rows, with routes, kinds and durations', async () => {
		const { page, problems } = await openMap(375);
		// The Map option is not offered below 768 px, and no "Ctrl and scroll" hint shows.
		expect(await page.getByRole('button', { name: 'Map' }).isVisible()).toBe(false);
		expect(await page.getByText(/Ctrl and scroll/).count()).toBe(0);
		const rows = page.locator('a.app-chain-role');
		expect(await rows.count()).toBeGreaterThan(5);
		const column = await page.locator('.app-pathway-list').first().boundingBox();
		for (const box of await rows.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()))) {
			expect(box.height).toBeGreaterThanOrEqual(44);
			expect(box.width).toBeGreaterThanOrEqual(column!.width - 8);
		}
		expect(await page.locator('.app-chain-routes').first().textContent()).toMatch(
			/\((apprenticeship|registration|post-registration study|master's|consultant recognition|other training), (\d|varies)/
		);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - window.innerWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		expect(await axeViolations(page)).toEqual([]);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	test('on a phone a shared role link lands on that role in the chain', async () => {
		const { page } = await openMap(375, '?role=clinical-nurse-specialist');
		await page.waitForFunction(() =>
			document.activeElement?.closest('#list-clinical-nurse-specialist')
		);
		await page.context().close();
	});
});
