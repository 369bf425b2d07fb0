/**
 * A framework is data: the same code builds a second site from the test fixture
 * (tests/fixtures/mini-framework, pointed at with FRAMEWORK_DIR), and the main
 * journeys work on it in Chromium: home, a level, a capability, search, the
 * self-assessment round trip through a file, and a curriculum import with its
 * coverage. Nothing on the way may name ACCEND, whose data this build never saw.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, watchedPage } from './support/browser';
import { axeViolations, buildSite } from './support/site';
import { serveStatic, type RunningSite } from './support/static-server';
import { MINI_DIR, miniFramework } from '../fixtures/mini';

const ROOT = join(import.meta.dirname, '../..');
const OUT = join(ROOT, 'build-fixture-framework');
const mini = miniFramework();
/** The fixture's records the journeys visit, found by what they are rather than typed out. */
const middle = mini.levels.find((l) => l.order === 2)!;
const entry = mini.levels.find((l) => l.order === 1)!;
const nurse = mini.roles.find((r) => r.level === middle.id)!;
const capability = mini.capabilities[0]!;
/** How the fixture's short name starts its file names and storage keys ("Mini" → "mini"). */
const slug = mini.meta.shortName.toLowerCase();

/** Every key the site has written to this page's localStorage. */
const storedKeys = (page: Page) => page.evaluate(() => Object.keys(localStorage));

let site: RunningSite;
let browser: Browser;

beforeAll(async () => {
	rmSync(OUT, { recursive: true, force: true });
	buildSite(OUT, { FRAMEWORK_DIR: MINI_DIR });
	site = await serveStatic(OUT);
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await site?.close();
	rmSync(OUT, { recursive: true, force: true });
});

/** Everything a person can read on the page, including its title. */
const wording = async (page: Page) =>
	`${await page.title()}\n${await page.locator('body').innerText()}`;

/** The rating chosen on every capability card, in order ("-" for none). */
const ratings = (page: Page) =>
	page
		.locator('.app-rating')
		.evaluateAll((cards) =>
			cards.map(
				(c) =>
					(c.querySelector('input[type=radio]:checked') as HTMLInputElement | null)?.value ?? '-'
			)
		);

describe('a site built from the fixture framework', () => {
	test('home, a level and a capability show the fixture, under its own name', async () => {
		const { page, problems, offOrigin } = await watchedPage(browser, site.origin);
		await page.goto(`${site.url}/`);
		for (const level of mini.levels)
			await page.getByRole('link', { name: `${level.order}. ${level.name}` }).waitFor();
		expect(await page.title()).toMatch(new RegExp(` – ${mini.meta.shortName} explorer$`));
		expect(await wording(page)).not.toMatch(/ACCEND/);
		expect(await axeViolations(page)).toEqual([]);
		// Installing the site, or downloading its data, names the fixture too.
		const manifest = await (await page.request.get(`${site.url}/manifest.webmanifest`)).json();
		expect(manifest).toMatchObject({ name: `${mini.meta.shortName} explorer` });
		const download = `${mini.meta.shortName.toLowerCase()}-${mini.meta.version}-roles.csv`;
		expect((await page.request.get(`${site.url}/downloads/${download}`)).status()).toBe(200);

		await page.getByRole('link', { name: `${middle.order}. ${middle.name}` }).click();
		await page.waitForURL(new RegExp(`/levels/${middle.id}/$`));
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(middle.name);
		await page.getByRole('link', { name: nurse.title, exact: true }).first().waitFor();
		expect(await wording(page)).not.toMatch(/ACCEND/);

		await page.goto(`${site.url}/capabilities/${capability.id}/`);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(capability.title);
		const descriptor = capability.descriptors[middle.id];
		if (descriptor?.applies) await page.getByText(descriptor.text).first().waitFor();
		expect(await wording(page)).not.toMatch(/ACCEND/);
		expect(await axeViolations(page)).toEqual([]);
		expect(problems).toEqual([]);
		expect(offOrigin).toEqual([]);
		await page.context().close();
	});

	test('search finds a fixture role by its abbreviation and opens it', async () => {
		const { page, problems, offOrigin } = await watchedPage(browser, site.origin);
		await page.goto(`${site.url}/levels/`, { waitUntil: 'networkidle' });
		// The page's summary counts and names the fixture's levels, not ACCEND's seven.
		const [first, , last] = [...mini.levels].sort((a, b) => a.order - b.order);
		expect(await page.locator('meta[name=description]').getAttribute('content')).toBe(
			`The three ${mini.meta.shortName} levels of practice, from ${first!.name} to ${last!.name}.`
		);
		await page.keyboard.press('/');
		await page.keyboard.type(nurse.aliases[0]!);
		const option = page
			.getByRole('listbox', { name: 'Search results' })
			.getByRole('option', { name: new RegExp(`^${nurse.title}\\b`) });
		await option.first().click();
		await page.waitForURL(new RegExp(`/roles/${nurse.id}/$`));
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(nurse.title);
		expect(problems).toEqual([]);
		expect(offOrigin).toEqual([]);
		await page.context().close();
	});

	test('self-assessment: rate, export, delete, import the file back, the ratings return', async () => {
		const { page, problems, offOrigin } = await watchedPage(browser, site.origin);
		await page.goto(`${site.url}/self-assessment/`, { waitUntil: 'networkidle' });
		await page.getByLabel('Your profession group').selectOption(nurse.professionGroup);
		await page.getByLabel('Your current level').selectOption(entry.id);
		expect(await page.getByLabel('Level to assess against').inputValue()).toBe(middle.id);
		await page.getByRole('button', { name: 'Start assessment' }).click();
		await page.locator('.app-rating').first().waitFor();
		const chosen: string[] = [];
		while (!(await page.getByRole('heading', { name: 'Check your answers' }).isVisible())) {
			const cards = page.locator('.app-rating');
			for (let i = 0; i < (await cards.count()); i++) {
				const value = String((chosen.length % 3) + 1);
				await cards.nth(i).locator(`input[value="${value}"]`).check();
				chosen.push(value);
			}
			expect(await wording(page)).not.toMatch(/ACCEND/);
			await page.getByRole('button', { name: 'Save and continue' }).click();
			await page.waitForLoadState('networkidle');
		}
		// Every capability that applies at the target level was offered once.
		const applying = mini.capabilities.filter((c) => c.descriptors[middle.id]?.applies);
		expect(chosen).toHaveLength(applying.length);
		const before = await page
			.locator('.nhsuk-summary-list__value')
			.evaluateAll((cells) => cells.map((c) => c.textContent?.trim() ?? ''));
		expect(before.every((v) => v !== 'Not rated')).toBe(true);

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Export all as JSON' }).click()
		]);
		// Downloads are named for this framework, not ACCEND.
		expect(download.suggestedFilename()).toMatch(
			new RegExp(`^${slug}-self-assessment-${mini.meta.version.replaceAll('.', '\\.')}-`)
		);
		const exported = readFileSync((await download.path()) as string, 'utf8');
		const file = JSON.parse(exported);
		// The file names the framework it was made with, so another framework's site can refuse it.
		expect(file.frameworkId).toBe(mini.meta.id);
		expect(file.frameworkVersion).toBe(mini.meta.version);

		await page.getByRole('button', { name: 'Delete all my data' }).click();
		await page.getByRole('button', { name: 'Yes, delete everything' }).click();
		expect(await page.locator('.app-rating').count()).toBe(0);

		const choose = page.getByLabel('Choose a JSON file exported from this tool');
		// The same file from another framework is refused, saying why.
		await choose.setInputFiles({
			name: 'other.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify({ ...file, frameworkId: 'accend-2023' }))
		});
		// Said twice, in the error summary and by the field: either will do.
		await page
			.getByText(/made with another framework \(“accend-2023”\)/)
			.first()
			.waitFor();
		// A file from another tool is refused with the name this site's own files start with.
		await choose.setInputFiles({
			name: 'notes.json',
			mimeType: 'application/json',
			buffer: Buffer.from('{"notes": []}')
		});
		await page.getByText(`its name starts with “${slug}-self-assessment”`).first().waitFor();

		await choose.setInputFiles({
			name: 'mine.json',
			mimeType: 'application/json',
			buffer: Buffer.from(exported)
		});
		await page.getByRole('button', { name: 'Import', exact: true }).click();
		await page.getByRole('heading', { name: 'Check your answers' }).waitFor();
		expect(
			await page
				.locator('.nhsuk-summary-list__value')
				.evaluateAll((cells) => cells.map((c) => c.textContent?.trim() ?? ''))
		).toEqual(before);
		await page
			.getByRole('link', { name: /^Change ratings for/ })
			.first()
			.click();
		await page.locator('.app-rating').first().waitFor();
		expect((await ratings(page)).every((v) => chosen.includes(v))).toBe(true);
		// Saved work is kept under this framework's own keys, and nothing under ACCEND's.
		const keys = await storedKeys(page);
		expect(keys).toContain(`${slug}-explorer:assessments`);
		expect(keys.filter((k) => !k.startsWith(`${slug}-explorer:`))).toEqual([]);
		expect(keys.filter((k) => k.startsWith('accend-explorer:'))).toEqual([]);
		expect(await axeViolations(page)).toEqual([]);
		expect(problems).toEqual([]);
		expect(offOrigin).toEqual([]);
		await page.context().close();
	});

	test('curriculum: pasted outcomes are listed, mapped, and their coverage shown', async () => {
		const { page, problems, offOrigin } = await watchedPage(browser, site.origin);
		await page.goto(`${site.url}/curriculum/`, { waitUntil: 'networkidle' });
		await page.getByLabel('Programme name').fill('Diploma in Comfort Care');
		await page.getByLabel(middle.name, { exact: true }).check();
		await page.getByRole('button', { name: 'Create curriculum' }).click();
		await page.getByRole('heading', { level: 2, name: 'Diploma in Comfort Care' }).waitFor();
		const outcomes = [
			'Give comfort to a person in pain and plan how their comfort is kept through the day.',
			'Read a published study about comfort care and appraise how far its findings can be trusted.'
		];
		await page.getByText('Type or paste outcomes').click();
		await page.getByLabel('Module', { exact: true }).fill('Module 1');
		await page.getByLabel('Learning outcomes, one a line').fill(outcomes.join('\n'));
		await page.getByRole('button', { name: 'Add outcomes' }).click();
		await page.getByRole('status').filter({ hasText: 'Added 2 outcomes to Module 1.' }).waitFor();
		for (const text of outcomes) await page.getByText(text).first().waitFor();
		const summary = page.locator('#coverage-summary');
		await summary.waitFor();
		expect(await summary.textContent()).toMatch(new RegExp(`gaps? at ${middle.name}`));

		// Accept the top suggestion for the first outcome: it is one of the fixture's capabilities.
		await page.locator('#mapping-outcome').filter({ hasText: outcomes[0] }).waitFor();
		const top = await page.locator('.app-suggestion h4 a').first().textContent();
		expect(mini.capabilities.some((c) => top?.includes(c.title))).toBe(true);
		await page
			.locator('.app-suggestion')
			.getByRole('button', { name: /^Accept / })
			.first()
			.click();
		await page
			.getByRole('button', { name: /^Remove / })
			.first()
			.waitFor();
		const keys = await storedKeys(page);
		expect(keys).toContain(`${slug}-explorer:curricula`);
		expect(keys.filter((k) => !k.startsWith(`${slug}-explorer:`))).toEqual([]);
		expect(keys.filter((k) => k.startsWith('accend-explorer:'))).toEqual([]);
		expect(await wording(page)).not.toMatch(/ACCEND/);
		expect(await axeViolations(page)).toEqual([]);
		expect(problems).toEqual([]);
		expect(offOrigin).toEqual([]);
		await page.context().close();
	});
});
