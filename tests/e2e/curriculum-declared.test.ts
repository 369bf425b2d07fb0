/**
 * Curriculum mapping as an educator defends it (issue 16), in Chromium: an
 * Enhanced-level PgCert module of eight outcomes, worded as a module
 * descriptor words them, mapped by accepting each top suggestion, ends with
 * fewer gaps and every link at Enhanced; "accept all strong matches" shows its
 * review list and can be undone; the NHS error summary; no sideways scroll on
 * a phone, where coverage reads as one list per domain.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { watchedPage } from './support/browser';
import { useBuiltSite } from './support/harness';
import { axeViolations } from './support/site';

const harness = useBuiltSite();
const MODULE = 'NUR7001 Advancing cancer practice';
const LEARNERS = 'Support the learning of students and junior colleagues in the clinical setting.';
const OUTCOMES = [
	'Critically evaluate the evidence base for assessing and managing the needs of people affected by cancer.',
	LEARNERS,
	'Use audit and research findings to propose improvements to a local cancer service.',
	'Demonstrate advanced communication skills when sharing difficult news with patients and their families.',
	'Critically analyse the safe administration of systemic anti-cancer therapy and the management of its side effects.',
	'Lead holistic needs assessment and personalised care planning for people living with and beyond cancer.',
	'Evaluate the contribution of multidisciplinary team working to the quality of cancer care.',
	'Recognise and manage oncological emergencies, including neutropenic sepsis, escalating care appropriately.'
];

type Saved = {
	curricula: { levels: string[]; modules: { outcomes: { links: { level: string }[] }[] }[] }[];
};
const saved = async (page: Page) =>
	JSON.parse(
		((await page.evaluate('localStorage.getItem("accend-explorer:curricula")')) as string) ?? '{}'
	) as Saved;
const links = async (page: Page) =>
	(await saved(page)).curricula[0]!.modules.flatMap((m) => m.outcomes.flatMap((o) => o.links));
/** The gap count from the coverage summary, which names the declared level. */
async function gapCount(page: Page) {
	const text = ((await page.locator('#coverage-summary').textContent()) ?? '').replace(/\s+/g, ' ');
	expect(text).toMatch(/\d+ gaps? at Enhanced/);
	return Number(text.trim().match(/^\d+/)?.[0]);
}
const sideways = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
const focusedText = (page: Page) =>
	page.evaluate(() => document.activeElement?.textContent?.trim());

describe('curriculum mapping at declared levels', () => {
	test('an Enhanced PgCert module: errors, accept all with undo, top suggestions, phone', async () => {
		const { page, problems, offOrigin } = await watchedPage(harness.browser, harness.site.origin);
		await page.goto(`${harness.site.url}/curriculum/`, { waitUntil: 'networkidle' });

		// An empty name: the NHS error summary takes focus and links to the field.
		await page.getByRole('button', { name: 'Create curriculum' }).click();
		const summary = page.locator('.nhsuk-error-summary');
		await summary.waitFor();
		expect(await page.evaluate(() => document.activeElement?.className)).toContain(
			'nhsuk-error-summary'
		);
		expect(await page.locator('.nhsuk-error-message').textContent()).toMatch(
			/Enter the programme name/
		);
		expect(await axeViolations(page)).toEqual([]);
		await summary.locator('xpath=..').screenshot({ path: '/tmp/p1cur-errors-1280.png' });
		await summary.getByRole('link', { name: 'Enter the programme name' }).click();
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('cur-name');

		await page.getByLabel('Programme name').fill('PgCert Cancer Care');
		await page.getByLabel('Enhanced', { exact: true }).check();
		await page.getByRole('button', { name: 'Create curriculum' }).click();
		await page.getByRole('status').filter({ hasText: 'Created PgCert Cancer Care.' }).waitFor();
		expect(await focusedText(page)).toBe('PgCert Cancer Care');
		expect((await saved(page)).curricula[0]!.levels).toEqual(['enhanced']);
		// Before any outcome, coverage says what it will show rather than drawing gaps.
		await page.getByText(/Once the programme has learning outcomes, this section shows/).waitFor();
		expect(await page.locator('td.app-gap').count()).toBe(0);

		await page.getByText('Type or paste outcomes').click();
		await page.getByLabel('Module', { exact: true }).fill(MODULE);
		await page.getByLabel('Learning outcomes, one a line').fill(OUTCOMES.join('\n'));
		await page.getByRole('button', { name: 'Add outcomes' }).click();
		await page
			.getByRole('status')
			.filter({ hasText: `Added 8 outcomes to ${MODULE}.` })
			.waitFor();
		expect(await focusedText(page)).toBe(OUTCOMES[0]);
		const gapsBefore = await gapCount(page);
		expect(gapsBefore).toBeGreaterThan(0);

		// Accept all strong matches: the review list first, then added, then undone.
		await page.getByRole('button', { name: `Accept all strong matches in ${MODULE}` }).click();
		const review = page.getByRole('heading', { name: /^Check \d+ links? before they are added/ });
		await review.waitFor();
		const items = page.locator('.app-accept-strong li');
		const count = await items.count();
		expect(count).toBeGreaterThan(0);
		for (const text of await items.allTextContents())
			expect(text).toMatch(/→ W\d\.\d .* at Enhanced/);
		expect(await axeViolations(page)).toEqual([]);
		await page.locator('.app-accept-strong').screenshot({ path: '/tmp/p1cur-review-1280.png' });
		await page.getByRole('button', { name: /^Add these \d+ links?$/ }).click();
		await page
			.getByRole('status')
			.filter({ hasText: `Added ${count} ${count === 1 ? 'link' : 'links'} to ${MODULE}.` })
			.waitFor();
		expect(await links(page)).toHaveLength(count);
		await page.getByRole('button', { name: /^Undo/ }).click();
		await page
			.getByRole('status')
			.filter({ hasText: `Undone: ${MODULE} is back as it was.` })
			.waitFor();
		expect(await links(page)).toEqual([]);

		// Map each outcome by accepting its top suggestion, at the level offered.
		for (const text of OUTCOMES) {
			await page.locator('#mapping-outcome').filter({ hasText: text }).waitFor();
			const codes = await page.locator('.app-suggestion h4 a').allTextContents();
			if (text === LEARNERS) expect(codes.slice(0, 3).some((c) => c.startsWith('W6.3'))).toBe(true);
			await page
				.locator('.app-suggestion')
				.getByRole('button', { name: /^Accept / })
				.first()
				.click();
			await page
				.getByRole('button', { name: /^Remove / })
				.first()
				.waitFor();
			await page.getByRole('button', { name: 'Next outcome' }).click();
		}
		const mapped = await links(page);
		expect(mapped).toHaveLength(8);
		expect(mapped.every((l) => l.level === 'enhanced')).toBe(true);
		expect(await gapCount(page)).toBeLessThan(gapsBefore);

		// A coverage cell moves focus to its details.
		await page.locator('td button.app-cell').first().click();
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('cell-heading');
		await page.screenshot({ path: '/tmp/p1cur-curriculum-1280.png', fullPage: true });
		await page.locator('.app-mapper').screenshot({ path: '/tmp/p1cur-mapper-1280.png' });
		expect(await axeViolations(page)).toEqual([]);

		// Phones: no sideways scroll, and coverage as one list per domain.
		for (const width of [320, 375]) {
			await page.setViewportSize({ width, height: 800 });
			expect(await sideways(page), `${width} px`).toBeLessThanOrEqual(0);
			expect(await page.locator('.app-matrix').isVisible()).toBe(false);
			expect(await page.locator('.app-by-domain').isVisible()).toBe(true);
		}
		await page.locator('.app-by-domain button[aria-pressed="false"]').first().click();
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('cell-heading');
		await page.screenshot({ path: '/tmp/p1cur-curriculum-375.png', fullPage: true });
		await page.screenshot({ path: '/tmp/p1cur-cell-375.png' });
		await page.locator('.app-by-domain').screenshot({ path: '/tmp/p1cur-domains-375.png' });
		await page.locator('.app-mapper').screenshot({ path: '/tmp/p1cur-mapper-375.png' });
		expect(await axeViolations(page)).toEqual([]);
		expect(problems).toEqual([]);
		expect(offOrigin).toEqual([]);
		await page.close();
	});
});
