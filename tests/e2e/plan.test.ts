/**
 * The route planner and the pages that lead to it, in Chromium: a registered nurse plans the way
 * to clinical nurse specialist by keyboard alone; the plan is in the URL; learning links out.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { watchedPage } from './support/browser';
import { useBuiltSite } from './support/harness';
import { axeViolations, listPages } from './support/site';
import education from '../../framework-data/accend-2023/education.json';

const harness = useBuiltSite();

/** Press Tab until the focused element's accessible text matches, as a keyboard user would. */
async function tabTo(page: Page, name: RegExp, limit = 120): Promise<void> {
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press('Tab');
		const text = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			if (!el) return '';
			const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : '';
			return `${label ?? ''} ${el.textContent ?? ''}`.trim();
		});
		if (name.test(text)) return;
	}
	throw new Error(`Tab never reached ${name}`);
}

/** Every learning offer shown either links out over https or says why it cannot. */
async function offersLinkOutOrSayWhy(page: Page): Promise<number> {
	const titles = await page.locator('.app-offer-title').count();
	const out = await page.locator('a.app-offer-title[href^="https://"]').count();
	const why = await page.locator('.app-offer-nolink').count();
	expect(out + why).toBe(titles);
	return titles;
}

describe('planning a route', () => {
	test('a registered nurse plans the way to clinical nurse specialist, by keyboard alone', async () => {
		const { page, problems, offOrigin } = await watchedPage(harness.browser, harness.site.origin);
		await page.goto(`${harness.site.url}/roles/registered-nurse/`);
		await tabTo(page, /^Plan a route from this role$/);
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/plan\/\?from=registered-nurse$/);
		expect(await page.getByLabel('Where you are now').inputValue()).toBe('registered-nurse');

		await tabTo(page, /The role you want/);
		await page.keyboard.type('Clinical Nurse Specialist');
		await tabTo(page, /^Plan my route$/);
		await page.keyboard.press('Enter');
		await page.waitForURL(/\?from=registered-nurse&to=clinical-nurse-specialist$/);

		await expect
			.poll(() =>
				page
					.getByRole('status')
					.filter({ hasText: /ways? found/ })
					.textContent()
			)
			.toMatch(/\d ways? found from Registered Nurse to Clinical Nurse Specialist/);
		// Focus moves to the answer, so the next Tab and a screen reader start there.
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('plan-heading');
		const plan = page.getByRole('region', { name: /From Registered Nurse to Clinical Nurse/ });
		expect(await plan.getByRole('heading', { level: 3 }).first().textContent()).toMatch(
			/Option 1: fewest steps and shortest typical time/
		);
		// The first option is the one-step route; alternatives follow it.
		const first = plan.getByRole('region', { name: /^Option 1:/ });
		expect(await first.getByRole('heading', { name: /Step \d:/ }).count()).toBe(1);
		expect(await first.getByText('Post-registration study').count()).toBeGreaterThan(0);
		expect(await first.getByText('2 to 4 years', { exact: true }).count()).toBe(1);
		const changes = page.getByRole('region', { name: 'What changes on the way' });
		expect(await changes.getByRole('heading', { name: 'New at Enhanced level' }).count()).toBe(1);
		expect(await changes.locator('li').count()).toBeGreaterThanOrEqual(14);
		// The route names learning with public pages; any without one must say where to ask.
		expect(await plan.locator('a.app-offer-title[href^="https://"]').count()).toBeGreaterThan(0);
		expect(await offersLinkOutOrSayWhy(page)).toBeGreaterThan(0);
		expect(problems).toEqual([]);
		expect(offOrigin).toEqual([]);
		await page.context().close();
	});

	test('a shared plan opens as it was, and a plan from a level and profession works', async () => {
		const { page, problems } = await watchedPage(harness.browser, harness.site.origin);
		await page.goto(`${harness.site.url}/plan/?from=healthcare-assistant&to=consultant-nurse`);
		const options = page.getByRole('heading', { name: /^Option \d/ });
		await expect.poll(() => options.count()).toBeGreaterThan(1);
		expect(await page.getByRole('heading', { name: /fewest steps/ }).count()).toBeGreaterThan(0);
		expect(
			await page.getByRole('heading', { name: /shortest typical time/ }).count()
		).toBeGreaterThan(0);

		await page.goto(
			`${harness.site.url}/plan/?level=registration&profession=physiotherapy&to=specialist-physiotherapist`
		);
		await expect
			.poll(() => page.locator('#plan-heading').textContent())
			.toMatch(/From Registration level, Physiotherapy to Specialist Oncology Physiotherapist/);
		// The contents list leads to that heading and to each option.
		const contents = page.getByRole('navigation', { name: 'Contents' });
		expect(await contents.getByRole('link', { name: /^From Registration level/ }).count()).toBe(1);
		expect(await contents.getByRole('link', { name: /^Option 1:/ }).count()).toBe(1);
		expect(await page.getByRole('heading', { name: /Step 1:/ }).count()).toBe(1);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	test('with no route between the roles, the planner says so and points somewhere useful', async () => {
		const { page } = await watchedPage(harness.browser, harness.site.origin);
		await page.goto(`${harness.site.url}/plan/?from=consultant-nurse&to=healthcare-assistant`);
		await expect
			.poll(() => page.locator('main [role=status]').textContent())
			.toMatch(/No listed route leads from Consultant Nurse \(Cancer\) to Healthcare Assistant/);
		expect(await page.getByRole('link', { name: /see how people get to/ }).count()).toBe(1);
		await page.goto(`${harness.site.url}/plan/?from=nobody&to=registered-nurse`);
		await expect
			.poll(() => page.getByText('There is no role with the address “nobody”').count())
			.toBe(1);
		await page.context().close();
	});

	test('from a specialised role with no route of its own, the plan starts from its level and profession, and says so', async () => {
		const { page, problems } = await watchedPage(harness.browser, harness.site.origin, 375);
		await page.goto(`${harness.site.url}/plan/`, { waitUntil: 'networkidle' });
		await page.getByLabel('Where you are now').selectOption('nurse-clinical-endoscopist');
		await page.getByLabel('The role you want').selectOption('consultant-nurse');
		await page.getByRole('button', { name: 'Plan my route' }).click();
		await page.waitForURL(/\?from=nurse-clinical-endoscopist&to=consultant-nurse$/);
		await expect
			.poll(() => page.locator('main [role=status]').textContent())
			.toMatch(
				/\d ways? found from other Enhanced level roles in Nursing to Consultant Nurse \(Cancer\)/
			);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('plan-heading');
		const plan = page.getByRole('region', {
			name: /From Nurse Clinical Endoscopist to Consultant/
		});
		expect((await plan.textContent())?.replace(/\s+/g, ' ')).toMatch(
			/No listed route leads from Nurse Clinical Endoscopist itself\. These ways start from the other Enhanced level roles in Nursing/
		);
		// Each option's first step starts from another role, named and linked.
		const starts = await plan
			.getByRole('region', { name: /^Option \d/ })
			.evaluateAll((options) =>
				options.map((o) => o.querySelector('.app-route-card a')?.getAttribute('href'))
			);
		expect(starts.length).toBeGreaterThan(0);
		for (const href of starts) {
			expect(href).toMatch(/\/roles\/[a-z-]+\/$/);
			expect(href).not.toMatch(/nurse-clinical-endoscopist/);
		}
		expect(await axeViolations(page)).toEqual([]);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	test("a self-assessment saved in this browser shows its gaps, with learning open to the person's profession", async () => {
		const { page } = await watchedPage(harness.browser, harness.site.origin);
		await page.goto(`${harness.site.url}/plan/`);
		const now = new Date().toISOString();
		const rating = (value: number) => ({ value, note: '', evidence: [], seenText: '' });
		await page.evaluate(
			(saved) => localStorage.setItem('accend-explorer:assessments', JSON.stringify(saved)),
			{
				formatVersion: 1,
				assessments: [
					{
						id: 'a1',
						name: 'My radiotherapy profile',
						createdAt: now,
						updatedAt: now,
						frameworkVersion: 'any',
						professionGroup: 'therapeutic-radiography',
						currentLevel: 'registration',
						targetLevel: 'enhanced',
						ratings: {
							'acute-oncology': rating(0),
							'radiotherapy-care': rating(1),
							'sact-care': rating(3)
						},
						plan: []
					}
				]
			}
		);
		await page.goto(
			`${harness.site.url}/plan/?from=therapeutic-radiographer&to=specialist-therapeutic-radiographer`
		);
		const gaps = page.getByRole('region', { name: 'Your gaps for Enhanced level' });
		await expect.poll(() => gaps.count()).toBe(1);
		expect(await gaps.textContent()).toMatch(/My radiotherapy profile/);
		expect(await gaps.locator('a[href$="/capabilities/acute-oncology/"]').count()).toBe(1);
		// Each offer is listed once, however many gaps it serves.
		const acute = await gaps.getByRole('link', { name: /Acute oncology/i }).allTextContents();
		expect(acute.length).toBeGreaterThan(0);
		expect(new Set(acute).size).toBe(acute.length);
		expect(await gaps.getByRole('link', { name: /radiotherapy/i }).count()).toBeGreaterThan(0);
		expect(await gaps.getByRole('link', { name: /anti-cancer/i }).count()).toBe(0);
		await offersLinkOutOrSayWhy(page);
		await page.context().close();
	});
});

describe('learning', () => {
	test('filters by profession, level and capability live in the URL', async () => {
		const { page, problems } = await watchedPage(harness.browser, harness.site.origin);
		await page.goto(`${harness.site.url}/learning/`);
		const all = await page.locator('section.nhsuk-card[id]').count();
		await page.getByLabel('Level of practice', { exact: true }).selectOption('consultant');
		await page.getByRole('button', { name: 'Show learning' }).click();
		await page.waitForURL(/\/learning\/\?level=consultant$/);
		const some = await page.locator('section.nhsuk-card[id]').count();
		expect(some).toBeGreaterThan(0);
		expect(some).toBeLessThan(all);
		expect(await page.locator('main [role=status]').textContent()).toMatch(
			`${some} of ${all} learning offers match`
		);
		await page.goto(`${harness.site.url}/learning/?capability=acute-oncology`);
		// Every card shown serves the capability, and the count says how many of all there are.
		await expect
			.poll(() => page.locator('main [role=status]').textContent())
			.toMatch(new RegExp(`of ${all} learning offers match`));
		const cards = page.locator('section.nhsuk-card[id]');
		const serving = cards.filter({ has: page.locator('a[href$="/capabilities/acute-oncology/"]') });
		expect(await cards.count()).toBeGreaterThan(1);
		expect(await serving.count()).toBe(await cards.count());
		expect(await page.locator('main [role=status]').textContent()).toMatch(
			`${await cards.count()} of ${all}`
		);
		// …and as many as the shipped data says serve acute oncology.
		const inData = education.learningOffers.filter((o) =>
			o.capabilities.includes('acute-oncology')
		).length;
		expect(await cards.count()).toBe(inData);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	test.each([
		'/learning/',
		'/roles/registered-nurse/',
		'/roles/specialist-therapeutic-radiographer/',
		'/capabilities/acute-oncology/',
		'/plan/?from=healthcare-assistant&to=consultant-nurse'
	])('every learning offer on %s links out or says why not', async (path) => {
		const { page } = await watchedPage(harness.browser, harness.site.origin);
		await page.goto(`${harness.site.url}${path}`, { waitUntil: 'networkidle' });
		expect(await offersLinkOutOrSayWhy(page)).toBeGreaterThan(0);
		await page.context().close();
	});
});

test('every learning offer on every prerendered page links out or says why not', async () => {
	// The pages as served, without scripts: what every reader gets first, and quick to walk.
	const context = await harness.browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	const wrong: string[] = [];
	let offers = 0;
	let pagesWithOffers = 0;
	for (const path of listPages()) {
		await page.goto(`${harness.site.url}${path}`, { waitUntil: 'domcontentloaded' });
		const titles = await page.locator('.app-offer-title').count();
		if (!titles) continue;
		const out = await page.locator('a.app-offer-title[href^="https://"]').count();
		const why = await page.locator('.app-offer-nolink').count();
		if (out + why !== titles)
			wrong.push(`${path}: ${titles} offers, ${out} linked, ${why} say why`);
		offers += titles;
		pagesWithOffers++;
	}
	expect(wrong).toEqual([]);
	// Learning shows on the learning page, every role with a route in, levels and capabilities.
	expect(pagesWithOffers).toBeGreaterThan(50);
	expect(offers).toBeGreaterThan(100);
	await context.close();
}, 240_000);

describe('accessible on a phone and a desktop', () => {
	test.each([375, 1280])(
		'axe finds nothing on the planner, a role, a level, a comparison and learning at %i px',
		async (width) => {
			const { page } = await watchedPage(harness.browser, harness.site.origin);
			await page.setViewportSize({ width, height: 900 });
			for (const path of [
				'/plan/?from=registered-nurse&to=clinical-nurse-specialist',
				'/plan/',
				'/roles/registered-nurse/',
				'/levels/enhanced/',
				'/compare/registration-vs-enhanced/',
				'/learning/?profession=nursing',
				'/capabilities/acute-oncology/'
			]) {
				await page.goto(`${harness.site.url}${path}`, { waitUntil: 'networkidle' });
				await page
					.locator('details')
					.evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
				expect({ path, violations: await axeViolations(page) }).toEqual({ path, violations: [] });
			}
			await page.context().close();
		}
	);
});
