/**
 * The self-assessment journey in Chromium: rate a level's capabilities one domain per step,
 * reload, export, delete everything, import, and find the same state. Plus share links (read-only),
 * bad files, storage that is switched off, learning that follows the profession, the start form's
 * error summary, and where focus goes after each action.
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

/** The rating on every capability, read from the "Check your answers" summary. */
const summaryRatings = (page: Page) =>
	page
		.locator('.nhsuk-summary-list__value')
		.evaluateAll((cells) => cells.map((c) => c.textContent?.trim() ?? ''));

/** The number of rating steps ("Step 1 of 7" gives 7). */
async function stepCount(page: Page): Promise<number> {
	const caption = await page.getByText(/^Step \d+ of \d+$/).textContent();
	return Number(/of (\d+)/.exec(caption ?? '')?.[1]);
}

async function start(page: Page, group = 'nursing') {
	await page.goto(`${harness.site.url}/self-assessment/`, { waitUntil: 'networkidle' });
	await page.getByLabel('Your profession group').selectOption(group);
	await page.getByLabel('Your current level').selectOption('registration');
	expect(await page.getByLabel('Level to assess against').inputValue()).toBe('enhanced');
	await page.getByRole('button', { name: 'Start assessment' }).click();
	await page.locator('.app-rating').first().waitFor();
}

describe('self-assessment', () => {
	test('rate, reload, export, delete everything, import: the same state comes back', async () => {
		const { page, problems, offOrigin } = await watchedPage(harness.browser, harness.site.origin);
		await start(page);
		const steps = await stepCount(page);
		expect(steps).toBe(accendFramework().domains.length);
		let count = 0;
		for (let step = 1; step <= steps; step++) {
			expect(page.url()).toMatch(new RegExp(`[?&]step=${step}$`));
			expect(await page.getByText(/^Step \d+ of \d+$/).textContent()).toBe(
				`Step ${step} of ${steps}`
			);
			const cards = page.locator('.app-rating');
			// Rate every capability by keyboard: focus the first radio of each, then arrow to a value.
			for (let i = 0; i < (await cards.count()); i++, count++) {
				const first = cards.nth(i).locator('input[type=radio]').first();
				await first.focus();
				await page.keyboard.press('Space');
				for (let k = 0; k < count % 4; k++) await page.keyboard.press('ArrowRight');
			}
			if (step === 1) {
				await cards.first().getByText('Private note and evidence').click();
				await cards.first().getByLabel(/^Note/).fill('Discussed at supervision');
				await cards.first().getByLabel(/^Note/).blur();
			}
			await page.getByRole('button', { name: 'Save and continue' }).click();
		}
		expect(count).toBeGreaterThanOrEqual(42);
		await page.getByRole('heading', { name: 'Check your answers' }).waitFor();
		await page
			.getByRole('button', { name: /^Add to plan/ })
			.first()
			.click();
		await page.getByLabel('What I will do').first().fill('Shadow the CNS clinic');
		await page.getByLabel('What I will do').first().blur();
		const before = await summaryRatings(page);
		expect(before).toHaveLength(count);
		expect(before.every((v) => v !== 'Not rated')).toBe(true);
		expect(
			await page
				.getByText(/of \d+ rated/)
				.first()
				.textContent()
		).toMatch(/(\d+) of \1 rated/);
		expect(await axeViolations(page)).toEqual([]);

		// The step is in the address, so a reload comes back to the summary.
		await page.reload({ waitUntil: 'networkidle' });
		await page.getByRole('heading', { name: 'Check your answers' }).waitFor();
		expect(await summaryRatings(page)).toEqual(before);

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
		// Focus goes to the question, then (the buttons gone with the data) to the message saying so.
		expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
			'Delete all your data from this browser? This cannot be undone.'
		);
		await page.getByRole('button', { name: 'Yes, delete everything' }).click();
		expect(await page.locator('.app-rating').count()).toBe(0);
		expect(
			await page.evaluate(() => [
				document.activeElement?.getAttribute('role'),
				document.activeElement?.getAttribute('aria-live'),
				document.activeElement?.textContent?.trim()
			])
		).toEqual([
			'status',
			'polite',
			'Deleted every assessment, rating, note and plan this site had saved in this browser.'
		]);
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
		// Nothing is saved, so there is nothing to keep or replace: one "Import".
		await page.getByRole('button', { name: 'Import', exact: true }).waitFor();
		expect(await page.getByRole('button', { name: /Keep both|Replace what I have/ }).count()).toBe(
			0
		);
		expect(await page.locator('.nhsuk-inset-text').last().textContent()).toMatch(
			/This file holds 1\s+assessment/
		);
		await page.getByRole('button', { name: 'Import', exact: true }).click();
		await page.getByRole('heading', { name: 'Check your answers' }).waitFor();
		expect(await summaryRatings(page)).toEqual(before);
		await page
			.getByRole('link', { name: /^Change ratings for/ })
			.first()
			.click();
		await page.locator('.app-rating').first().waitFor();
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
			await page.getByText(message).first().waitFor();
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
		// Read-only: a line manager sees the profile, gaps and ratings without importing anything.
		await other.page.getByText('Someone shared an assessment with you').waitFor();
		await other.page.getByText(/This is a read-only view/).waitFor();
		// The chart is fetched when first shown.
		await other.page.getByRole('table', { name: 'Profile by domain' }).waitFor();
		expect(await other.page.getByRole('table', { name: 'Profile by domain' }).isVisible()).toBe(
			true
		);
		expect(await other.page.locator('input[type=radio]').count()).toBe(0);
		expect(await other.page.getByRole('button', { name: /^Add to plan/ }).count()).toBe(0);
		expect(await other.page.locator('.nhsuk-summary-list__value').first().textContent()).toMatch(
			/Confident/
		);
		expect(
			await other.page.evaluate(() =>
				Object.keys(localStorage).filter((k) => k.startsWith('accend'))
			)
		).toEqual([]);
		expect(await axeViolations(other.page)).toEqual([]);
		const read = await summaryRatings(other.page);
		expect(read.slice(0, 2)).not.toContain('Not rated');
		await other.page.getByRole('button', { name: 'Save a copy' }).click();
		// The copy opens on the summary and profile the person was reading, not on rating step 1.
		await other.page.getByRole('heading', { name: 'Check your answers' }).waitFor();
		expect(await other.page.locator('.app-rating').count()).toBe(0);
		expect(other.page.url()).toMatch(/[?&]step=\d+$/);
		expect(await other.page.evaluate(() => document.activeElement?.id)).toBe('your-profile');
		expect(
			await other.page
				.locator('[role=status][aria-live=polite]')
				.filter({ hasText: /\S/ })
				.first()
				.textContent()
		).toMatch(/^Saved a copy: .* \(shared copy\)\.$/);
		expect(await summaryRatings(other.page)).toEqual(read);
		await other.page.screenshot({ path: `/tmp/fixa-savecopy-1280.png` });
		await other.page.goto(`${harness.site.url}/self-assessment/?step=1`, {
			waitUntil: 'networkidle'
		});
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
		await page.getByLabel('Your profession group').selectOption('nursing');
		await page.getByRole('button', { name: 'Start assessment' }).click();
		await page.locator('.app-rating input[type=radio]').first().check();
		expect((await ratings(page))[0]).toBe('0');
		await context.close();
	});

	test('the capability text comes when an assessment opens; if it cannot, the page says so and tries again', async () => {
		const { page, problems } = await watchedPage(harness.browser, harness.site.origin);
		const text = /\/self-assessment\/open-assessment\.json$/;
		let offline = true;
		let fetches = 0;
		await page.route(text, (route) => {
			fetches += 1;
			return offline ? route.abort('internetdisconnected') : route.continue();
		});
		await page.goto(`${harness.site.url}/self-assessment/`, { waitUntil: 'networkidle' });
		// Nothing is open: the page has not asked for the text.
		expect(fetches).toBe(0);
		await page.getByLabel('Your profession group').selectOption('nursing');
		await page.getByRole('button', { name: 'Start assessment' }).click();
		const problem = page.getByRole('alert').filter({ hasText: 'Something could not load' });
		await problem.waitFor();
		expect(await problem.textContent()).toMatch(/Check your connection and try again/);
		expect(await page.locator('.app-rating').count()).toBe(0);
		offline = false;
		await page.getByRole('button', { name: 'Try again' }).click();
		await page.locator('.app-rating').first().waitFor();
		// The descriptor the person rates against is there, not an empty line.
		const descriptor = await page.locator('.app-rating .app-descriptors dd').first().textContent();
		expect(descriptor?.trim().length).toBeGreaterThan(20);
		expect(await problem.count()).toBe(0);
		expect(
			problems.filter((p) => !/open-assessment\.json|ERR_INTERNET_DISCONNECTED/.test(p))
		).toEqual([]);
		await page.context().close();
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
		await table.getByRole('columnheader').nth(4).waitFor();
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

	test('a therapeutic radiographer is offered only learning open to therapeutic radiographers', async () => {
		const fw = accendFramework();
		const group = 'therapeutic-radiography';
		const { page, problems } = await watchedPage(harness.browser, harness.site.origin);
		await start(page, group);
		// Rate every capability "Not yet", step by step, so every capability is a gap.
		const steps = await stepCount(page);
		for (let step = 1; step <= steps; step++) {
			const radios = page.locator('.app-rating input[value="0"]');
			for (let i = 0; i < (await radios.count()); i++) await radios.nth(i).check();
			await page.getByRole('button', { name: 'Save and continue' }).click();
		}
		await page.getByRole('heading', { name: 'Check your answers' }).waitFor();
		const offered = await page
			.locator('a[href*="/learning/#"]')
			.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
		expect(offered.length).toBeGreaterThan(0);
		const offerOf = (id: string) => fw.learningOffers.find((o) => o.id === id);
		for (const id of new Set(offered)) {
			const groups = offerOf(id)?.professionGroups;
			expect(groups === undefined || groups.length === 0 || groups.includes(group), id).toBe(true);
		}
		// Offers closed to this profession that serve an Enhanced capability would have been shown
		// before: they exist, and none of them is offered now.
		const closed = fw.learningOffers.filter(
			(o) =>
				o.professionGroups.length > 0 &&
				!o.professionGroups.includes(group) &&
				o.capabilities.length > 0
		);
		expect(closed.length).toBeGreaterThan(0);
		expect(offered.filter((id) => closed.some((o) => o.id === id))).toEqual([]);
		// The way into the job they already hold (a level 6 apprenticeship) is not offered again.
		expect(offered).not.toContain('therapeutic-radiographer-apprenticeship');
		// The target roles named are this profession's, at the target level.
		const roleLinks = await page.evaluate(() => {
			const intro = [...document.querySelectorAll('p')].find((p) =>
				p.textContent?.startsWith('Roles at Enhanced level in')
			);
			const list = intro?.nextElementSibling;
			return [...(list?.querySelectorAll('a') ?? [])]
				.map((a) => a.pathname)
				.filter((path) => path.includes('/roles/'))
				.map((path) => path.split('/').at(-2));
		});
		expect(roleLinks.length).toBeGreaterThan(0);
		// The roles sit in a closed section (so the rating step starts high on a phone): open it.
		await page.getByText(/^\d+ roles? at Enhanced level$/).click();
		for (const id of roleLinks) {
			const role = fw.roles.find((r) => r.id === id);
			expect([role?.professionGroup, role?.level]).toEqual([group, 'enhanced']);
			const name = `plan a route to ${role?.title}`;
			expect(await page.getByRole('link', { name, exact: true }).count()).toBe(1);
		}
		expect(problems).toEqual([]);
		await page.context().close();
	});

	test('steps forward and back by keyboard, the step survives a reload, and the summary changes one', async () => {
		const { page } = await watchedPage(harness.browser, harness.site.origin);
		await start(page);
		const steps = await stepCount(page);
		await page.getByRole('button', { name: 'Save and continue' }).focus();
		await page.keyboard.press('Enter');
		await page.getByText(`Step 2 of ${steps}`).waitFor();
		expect(page.url()).toMatch(/[?&]step=2$/);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('step-heading');
		// Keyboard rating stays one Tab per capability: Tab from the heading past the intro lands on the first card's scale.
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe(
			'radio'
		);
		await page.keyboard.press('Space');
		await page.keyboard.press('Tab');
		// The next Tab leaves the scale for this card's note, and the one after reaches the next card.
		const focused = () =>
			page.evaluate(() => {
				const el = document.activeElement;
				return el?.getAttribute('type') ?? el?.tagName.toLowerCase();
			});
		expect(await focused()).toBe('summary');
		await page.keyboard.press('Tab');
		expect(await focused()).toBe('radio');
		await page.getByRole('link', { name: /^Back/ }).focus();
		await page.keyboard.press('Enter');
		await page.getByText(`Step 1 of ${steps}`).waitFor();
		expect(page.url()).toMatch(/[?&]step=1$/);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('step-heading');

		await page.goto(`${harness.site.url}/self-assessment/?step=3`, { waitUntil: 'networkidle' });
		await page.getByText(`Step 3 of ${steps}`).waitFor();
		await page.reload({ waitUntil: 'networkidle' });
		await page.getByText(`Step 3 of ${steps}`).waitFor();

		await page.getByRole('link', { name: 'Check your answers' }).click();
		await page.getByRole('heading', { name: 'Check your answers' }).waitFor();
		expect(page.url()).toMatch(new RegExp(`[?&]step=${steps + 1}$`));
		const changes = page.getByRole('link', { name: /^Change ratings for/ });
		expect(await changes.count()).toBe(steps);
		// The one rating given (step 2, first card) shows in the summary; the rest say so.
		expect(await summaryRatings(page)).toContain('Not yet');
		expect((await summaryRatings(page)).filter((v) => v === 'Not rated').length).toBeGreaterThan(0);
		await changes.nth(1).click();
		await page.getByText(`Step 2 of ${steps}`).waitFor();
		expect(await ratings(page)).toContain('0');
		await page.getByRole('link', { name: 'Skip to your profile' }).click();
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('your-profile');
		expect(await page.getByText(/share link is damaged|does not carry a shared/).count()).toBe(0);
		await page.context().close();
	});

	test('an empty profession gets an NHS error summary; after starting and adding to the plan focus moves and is announced', async () => {
		const { page } = await watchedPage(harness.browser, harness.site.origin);
		await page.goto(`${harness.site.url}/self-assessment/`, { waitUntil: 'networkidle' });
		await page.getByRole('button', { name: 'Start assessment' }).click();
		const summary = page.locator('.nhsuk-error-summary');
		await summary.waitFor();
		expect(await page.evaluate(() => document.activeElement?.className)).toMatch(
			/nhsuk-error-summary/
		);
		expect(await summary.textContent()).toMatch(
			/There is a problem\s*Select your profession group/
		);
		expect(await page.locator('#setup-group-error').textContent()).toMatch(
			/Select your profession group/
		);
		expect(await axeViolations(page)).toEqual([]);
		await summary.getByRole('link', { name: 'Select your profession group' }).click();
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('setup-group');
		expect(await page.locator('.app-rating').count()).toBe(0);

		await page.getByLabel('Your profession group').selectOption('nursing');
		await page.getByRole('button', { name: 'Start assessment' }).click();
		await page.locator('.app-rating').first().waitFor();
		expect(await page.locator('.nhsuk-error-summary').count()).toBe(0);
		// Rating starts at the step's own heading, not at the assessment's name above the roles.
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('step-heading');
		expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBeTruthy();
		const live = page.locator('[role=status][aria-live=polite]').filter({ hasText: /\S/ });
		expect(await live.first().textContent()).toMatch(/^Assessment started: /);
		// Each rating's meaning is visible, and the question names the level rated against.
		expect(
			await page.getByText('I do this on my own, safely and consistently.').first().isVisible()
		).toBe(true);
		await page
			.getByText(/^At Enhanced level: rate yourself against this$/)
			.first()
			.waitFor();

		await page.locator('.app-rating input[value="0"]').first().check();
		await page.locator('.app-rating input[value="1"]').nth(1).check();
		const add = page.getByRole('button', { name: /^Add to plan/ });
		await add.first().click();
		expect(await page.evaluate(() => document.activeElement?.id)).toMatch(/^plan-action-/);
		expect(await page.getByText('Added to plan (1 item).').count()).toBe(1);
		await add.first().click();
		expect(await page.getByText('Added to plan (2 items).').count()).toBe(1);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe(
			await page.getByLabel('What I will do').nth(1).getAttribute('id')
		);
		await page.context().close();
	});

	test.each([375, 1280])(
		'axe is clean on a step, the summary and the start form at %i px',
		async (width) => {
			const { page, problems } = await watchedPage(harness.browser, harness.site.origin, width);
			await page.goto(`${harness.site.url}/self-assessment/`, { waitUntil: 'networkidle' });
			expect(await axeViolations(page)).toEqual([]);
			await start(page);
			await page.locator('.app-rating input[value="2"]').first().check();
			// A gap, so the summary can put it in the plan.
			await page.locator('.app-rating input[value="1"]').nth(1).check();
			expect(await axeViolations(page)).toEqual([]);
			await page.screenshot({ path: `/tmp/p2sa-step-${width}.png`, fullPage: true });
			const steps = await stepCount(page);
			await page.goto(`${harness.site.url}/self-assessment/?step=${steps + 1}`, {
				waitUntil: 'networkidle'
			});
			await page.getByRole('heading', { name: 'Check your answers' }).waitFor();
			// A domain with nothing rated is "Not rated yet", never "0" (which reads as "no gaps").
			const below = await page
				.getByRole('table', { name: 'Profile by domain' })
				.locator('tbody tr td:last-child')
				.allTextContents();
			expect(below.filter((t) => t === 'Not rated yet')).toHaveLength(steps - 1);
			expect(below[0]).toMatch(/^\d+$/);
			// With a plan item, whose delete button must be a target a finger can hit (WCAG 2.2).
			await page
				.getByRole('button', { name: /^Add to plan/ })
				.first()
				.click();
			const remove = page.getByRole('button', { name: /^Delete this plan item/ });
			expect((await remove.boundingBox())?.height).toBeGreaterThanOrEqual(24);
			expect(await axeViolations(page)).toEqual([]);
			await page.screenshot({ path: `/tmp/p2sa-summary-${width}.png`, fullPage: true });
			await remove.click();
			const yes = page.getByRole('button', { name: 'Yes, delete' });
			expect((await yes.boundingBox())?.height).toBeGreaterThanOrEqual(24);
			expect(await axeViolations(page)).toEqual([]);
			await yes.click();
			// No sideways scroll on a phone.
			expect(
				await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)
			).toBe(true);
			expect(problems).toEqual([]);
			await page.context().close();
		}
	);

	test('a wrong date keeps the good one saved, and says so; after reload the good date is back', async () => {
		const { page, problems } = await watchedPage(harness.browser, harness.site.origin, 375);
		await start(page);
		await page.locator('.app-rating input[value="0"]').first().check();
		await page
			.getByRole('button', { name: /^Add to plan/ })
			.first()
			.click();
		const field = (name: string) => page.getByLabel(name, { exact: true }).first();
		await field('Day').fill('15');
		await field('Month').fill('3');
		await field('Year').fill('2027');
		await field('Year').blur();
		await field('Year').fill('20277');
		await field('Year').blur();
		await page
			.getByText('Year must include 4 numbers. Your saved date is still 15 March 2027.')
			.waitFor();
		await page.screenshot({ path: '/tmp/fixa-date-375.png' });
		await page.reload({ waitUntil: 'networkidle' });
		await field('Day').waitFor();
		expect([
			await field('Day').inputValue(),
			await field('Month').inputValue(),
			await field('Year').inputValue()
		]).toEqual(['15', '3', '2027']);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	test.each([375, 1280])(
		'at %i px the first step is in view after "Start assessment", the roles folded away',
		async (width) => {
			const { page, problems } = await watchedPage(harness.browser, harness.site.origin, width);
			await start(page);
			const heading = page.locator('#step-heading');
			expect(await page.evaluate(() => document.activeElement?.id)).toBe('step-heading');
			const box = await heading.boundingBox();
			const view = page.viewportSize();
			// Focused and on screen: the person starts rating without scrolling past a list of links.
			expect(box && view && box.y >= 0 && box.y + box.height <= view.height).toBe(true);
			const roles = page.locator('details', { hasText: /roles? at Enhanced level/ });
			expect(await roles.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
			expect(
				await roles
					.getByRole('link', { name: /plan a route/ })
					.first()
					.isVisible()
			).toBe(false);
			await page.screenshot({ path: `/tmp/fixa-start-${width}.png` });
			expect(await axeViolations(page)).toEqual([]);
			expect(problems).toEqual([]);
			await page.context().close();
		}
	);
});
