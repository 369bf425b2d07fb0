/**
 * The reliability review's findings (F1–F15) replayed in Chromium, each asserting that nothing
 * saved is lost: over-long input, typed-then-reload, two tabs, deletes, a data version change,
 * full storage, odd CSV files, share links while on the page, control characters in exports,
 * and being framed by another site.
 */
import { deflateRawSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { watchedPage } from './support/browser';
import { useBuiltSite } from './support/harness';
import { axeViolations } from './support/site';

const harness = useBuiltSite();
const ASSESSMENTS = 'accend-explorer:assessments';
const CURRICULA = 'accend-explorer:curricula';

const stored = (page: Page, key: string) =>
	page.evaluate((k) => localStorage.getItem(k), key) as Promise<string | null>;
const storedList = async (page: Page, key: string, field: string) =>
	(JSON.parse((await stored(page, key)) ?? '{}')[field] ?? []) as Record<string, unknown>[];

async function openAssessment(page: Page) {
	await page.goto(`${harness.site.url}/self-assessment/`, { waitUntil: 'networkidle' });
}

async function startAssessment(page: Page) {
	if (!(await page.getByLabel('Your current level').isVisible()))
		await page.getByText('Start a new assessment').click();
	await page.getByLabel('Your profession group').selectOption('nursing');
	await page.getByLabel('Your current level').selectOption('registration');
	await page.getByRole('button', { name: 'Start assessment' }).click();
	await page.locator('.app-rating').first().waitFor();
}

async function openNote(page: Page, card = 0) {
	const c = page.locator('.app-rating').nth(card);
	await c.locator('input[type=radio]').first().check();
	await c.getByText('Private note and evidence').click();
	return c.getByLabel(/^Note/);
}

/** A share-link fragment, made the way the site makes them. */
const fragment = (shared: object) =>
	'a1.' + deflateRawSync(Buffer.from(JSON.stringify(shared))).toString('base64url');

describe('reliability: nothing a person enters is lost', () => {
	test('F1: over-long note, plan text, bad dates and a 200-character shared name: each refused or clamped, all kept after reload', async () => {
		const { page, problems } = await watchedPage(harness.browser, harness.site.origin);
		await openAssessment(page);
		await startAssessment(page);
		const note = await openNote(page);
		await note.fill('n'.repeat(5001));
		await note.blur();
		expect((await note.inputValue()).length).toBe(5000);

		await page
			.getByRole('button', { name: /^Add to plan/ })
			.first()
			.click();
		const action = page.getByLabel('What I will do').first();
		await action.fill('a'.repeat(2001));
		await action.blur();
		expect((await action.inputValue()).length).toBe(2000);

		await page.getByLabel('Day', { exact: true }).first().fill('31');
		await page.getByLabel('Month', { exact: true }).first().fill('2');
		await page.getByLabel('Year', { exact: true }).first().fill('2027');
		await page.getByLabel('Year', { exact: true }).first().blur();
		await page.getByText('Date must be a real date').waitFor();
		await page.getByLabel('Year', { exact: true }).first().fill('27');
		await page.getByLabel('Year', { exact: true }).first().blur();
		await page.getByText('Year must include 4 numbers').waitFor();
		// A fifth digit is kept in view and named, never silently dropped.
		await page.getByLabel('Year', { exact: true }).first().fill('20255');
		await page.getByLabel('Year', { exact: true }).first().blur();
		expect(await page.getByLabel('Year', { exact: true }).first().inputValue()).toBe('20255');
		await page.getByText('Year must include 4 numbers').waitFor();

		const link = fragment({
			fv: 'x',
			n: 'N'.repeat(200),
			g: 'nursing',
			c: 'registration',
			t: 'enhanced',
			r: [['biology-of-cancer', 2]]
		});
		await page.goto(`${harness.site.url}/self-assessment/#${link}`, { waitUntil: 'networkidle' });
		await page.getByRole('button', { name: 'Save a copy' }).click();
		await page.reload({ waitUntil: 'networkidle' });
		const list = await storedList(page, ASSESSMENTS, 'assessments');
		expect(list).toHaveLength(2);
		expect(String(list[1]?.name)).toMatch(/^N{186} \(shared copy\)$/);
		expect(JSON.stringify(list[0])).toContain('n'.repeat(5000));
		expect(await page.getByText(/could not be read|set aside/).count()).toBe(0);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	test('F1: a 501-module CSV is refused with a message; the saved curriculum is still there after reload', async () => {
		const { page } = await watchedPage(harness.browser, harness.site.origin);
		await page.goto(`${harness.site.url}/curriculum/`, { waitUntil: 'networkidle' });
		await page.getByLabel('Programme name').fill('Kept');
		await page.getByRole('button', { name: 'Create curriculum' }).click();
		const rows = Array.from({ length: 501 }, (_, i) => `M${i},Outcome ${i}`).join('\n');
		await page.getByLabel('CSV file of learning outcomes').setInputFiles({
			name: 'wide.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from(`Module,Outcome\n${rows}\n`)
		});
		await page.getByText(/would make 501 modules; a curriculum holds at most 500/).waitFor();
		expect(await page.getByRole('button', { name: /^Import \d+ outcomes/ }).isDisabled()).toBe(
			true
		);
		await page.reload({ waitUntil: 'networkidle' });
		expect((await storedList(page, CURRICULA, 'curricula')).map((c) => c.name)).toEqual(['Kept']);
		await page.context().close();
	});

	test('F1 (text saved as typed): a note typed and followed at once by a reload is kept', async () => {
		const { page } = await watchedPage(harness.browser, harness.site.origin);
		await openAssessment(page);
		await startAssessment(page);
		const note = await openNote(page);
		await note.pressSequentially('Typed, then reload');
		await page.reload({ waitUntil: 'networkidle' });
		expect(await stored(page, ASSESSMENTS)).toContain('Typed, then reload');
		await page.context().close();
	});

	test('F2: two tabs editing one assessment both keep their changes; "Delete all" stays deleted', async () => {
		const { page: a } = await watchedPage(harness.browser, harness.site.origin);
		const context: BrowserContext = a.context();
		await openAssessment(a);
		await startAssessment(a);
		const b = await context.newPage();
		await b.goto(`${harness.site.url}/self-assessment/`, { waitUntil: 'networkidle' });
		await b.locator('.app-rating').first().waitFor();

		const note = await openNote(a, 0);
		await note.fill('Note from tab A');
		await note.blur();
		await b.locator('.app-rating').nth(1).locator('input[value="3"]').check();
		// A new assessment in A, then a change in B: neither is lost.
		await a.getByText('Start a new assessment').click();
		await a.getByLabel('Your current level').selectOption('enhanced');
		await a.getByRole('button', { name: 'Start assessment' }).click();
		await b.locator('.app-rating').nth(2).locator('input[value="1"]').check();
		const list = await storedList(b, ASSESSMENTS, 'assessments');
		expect(list).toHaveLength(2);
		const first = JSON.stringify(list[0]);
		expect(first).toContain('Note from tab A');
		expect(Object.values(list[0]?.ratings as object).map((r) => r.value)).toEqual([0, 3, 1]);

		await a.getByRole('button', { name: 'Delete all my data' }).click();
		await a.getByRole('button', { name: 'Yes, delete everything' }).click();
		await b.getByText(/deleted in another tab/).waitFor();
		expect(await b.locator('.app-rating').count()).toBe(0);
		await b.reload({ waitUntil: 'networkidle' });
		expect(await stored(b, ASSESSMENTS)).toBeNull();
		await context.close();
	});

	test('F13: a single delete asks first, and Cancel keeps the assessment', async () => {
		const { page, problems } = await watchedPage(harness.browser, harness.site.origin);
		await openAssessment(page);
		await startAssessment(page);
		await page.getByRole('button', { name: /^Delete this assessment/ }).click();
		await page
			.getByText(/^Delete this assessment \(“.+ to .+”\)\? This cannot be undone\.$/)
			.waitFor();
		expect(await axeViolations(page)).toEqual([]);
		await page.getByRole('button', { name: 'Cancel' }).click();
		expect(await storedList(page, ASSESSMENTS, 'assessments')).toHaveLength(1);
		await page.getByRole('button', { name: /^Delete this assessment/ }).click();
		await page.getByRole('button', { name: 'Yes, delete' }).click();
		expect(await storedList(page, ASSESSMENTS, 'assessments')).toHaveLength(0);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	test('F4: a data version change keeps the notes and plan of a removed capability, shown and stored', async () => {
		const { page, problems } = await watchedPage(harness.browser, harness.site.origin);
		await page.goto(`${harness.site.url}/`, { waitUntil: 'networkidle' });
		const old = {
			id: 'old',
			name: 'Last year',
			createdAt: '2025-01-01T00:00:00.000Z',
			updatedAt: '2025-01-01T00:00:00.000Z',
			frameworkVersion: '2022.0',
			professionGroup: 'nursing',
			currentLevel: 'registration',
			targetLevel: 'enhanced',
			ratings: {
				'retired-capability': { value: 2, note: 'My retired note', evidence: ['e1'], seenText: 'x' }
			},
			plan: [
				{ id: 'p1', capability: 'retired-capability', action: 'Old plan', due: '', evidence: '' }
			]
		};
		await page.evaluate(([k, v]) => localStorage.setItem(k, v), [
			ASSESSMENTS,
			JSON.stringify({ formatVersion: 1, assessments: [old] })
		] as const);
		await openAssessment(page);
		await page.getByRole('heading', { name: 'From an earlier version' }).waitFor();
		await page.getByText('Note: My retired note').waitFor();
		await page.reload({ waitUntil: 'networkidle' });
		const saved = await stored(page, ASSESSMENTS);
		expect(saved).toContain('My retired note');
		expect(saved).toContain('Old plan');
		expect(problems).toEqual([]);
		await page.context().close();
	});

	test('F1/F3: one unreadable record is set aside alone; with storage full nothing is overwritten', async () => {
		const { page } = await watchedPage(harness.browser, harness.site.origin);
		await page.goto(`${harness.site.url}/`, { waitUntil: 'networkidle' });
		const good = {
			id: 'good',
			name: 'Good one',
			createdAt: '2026-01-01T00:00:00.000Z',
			updatedAt: '2026-01-01T00:00:00.000Z',
			frameworkVersion: '2023.1-working.1',
			professionGroup: 'nursing',
			currentLevel: 'registration',
			targetLevel: 'enhanced',
			ratings: {},
			plan: []
		};
		const raw = JSON.stringify({
			formatVersion: 1,
			assessments: [good, { ...good, id: 'bad', name: '', ratings: { x: { value: 9 } } }]
		});
		await page.evaluate(([k, v]) => localStorage.setItem(k, v), [ASSESSMENTS, raw] as const);
		await openAssessment(page);
		await page.getByText(/assessment number 2: set aside: the name must not be empty/).waitFor();
		expect(await page.getByText('damaged').count()).toBe(0);
		expect((await storedList(page, ASSESSMENTS, 'assessments')).map((a) => a.id)).toEqual(['good']);
		const [file] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download the set-aside assessments' }).click()
		]);
		expect(file.suggestedFilename()).toMatch(/^accend-set-aside-assessments-/);

		// Now full storage: put the broken list back, fill the quota, reload.
		await page.evaluate(
			([k, v]) => {
				localStorage.clear();
				localStorage.setItem(k, v);
				let chunk = 'x'.repeat(1 << 20);
				for (let i = 0; chunk.length > 8; i++) {
					try {
						localStorage.setItem(`filler-${i}`, chunk);
					} catch {
						chunk = chunk.slice(0, chunk.length / 2);
					}
				}
			},
			[ASSESSMENTS, raw] as const
		);
		await page.reload({ waitUntil: 'networkidle' });
		await page
			.getByText(/nothing new is saved until you download them/)
			.first()
			.waitFor();
		await startAssessment(page);
		expect(await stored(page, ASSESSMENTS)).toBe(raw);
		await page.evaluate(() => {
			for (const k of Object.keys(localStorage))
				if (k.startsWith('filler-')) localStorage.removeItem(k);
		});
		await page.context().close();
	});

	test('F5, F6, F15: decimals kept, a 200,000-comma file refused at once, a mixed-encoding file named', async () => {
		const { page } = await watchedPage(harness.browser, harness.site.origin);
		await page.goto(`${harness.site.url}/curriculum/`, { waitUntil: 'networkidle' });
		await page.getByLabel('Programme name').fill('Numbers');
		await page.getByRole('button', { name: 'Create curriculum' }).click();
		const choose = (name: string, buffer: Buffer) =>
			page
				.getByLabel('CSV file of learning outcomes')
				.setInputFiles({ name, mimeType: 'text/csv', buffer });

		const started = Date.now();
		await choose('wide.csv', Buffer.from(`Outcome${','.repeat(200_000)}\n`));
		await page
			.locator('#csv-file-error')
			.getByText(/more than 200 columns/)
			.waitFor();
		expect(Date.now() - started).toBeLessThan(5000);

		await choose(
			'mixed.csv',
			Buffer.concat([
				Buffer.from(
					'Outcome\n2.5 Gy per fraction: explain the dose\n-20 degrees storage of samples\n'
				),
				Buffer.from('Caf\xe9 culture in the ward team\n', 'latin1'),
				Buffer.from('Crème brûlée training for staff\n')
			])
		);
		await page.getByText(/line\s+4\s+is in another encoding/).waitFor();
		await page.getByRole('button', { name: 'Import 4 outcomes' }).click();
		const saved = (await stored(page, CURRICULA)) ?? '';
		expect(saved).toContain('2.5 Gy per fraction: explain the dose');
		expect(saved).toContain('-20 degrees storage of samples');
		expect(saved).toContain('Café culture');
		await page.context().close();
	});

	test('F8, F12: duplicate ids import without a crash; a control character in a name still exports SVG and PNG', async () => {
		const { page, problems } = await watchedPage(harness.browser, harness.site.origin);
		await page.goto(`${harness.site.url}/curriculum/`, { waitUntil: 'networkidle' });
		const c = {
			id: 'same',
			name: 'Bad\u0001name',
			createdAt: '2026-01-01T00:00:00.000Z',
			updatedAt: '2026-01-01T00:00:00.000Z',
			frameworkVersion: '2023.1-working.1',
			modules: [{ id: 'm', title: 'Module', outcomes: [{ id: 'o', text: 'Explain the pathway' }] }]
		};
		const file = {
			format: 'accend-explorer-curricula',
			formatVersion: 1,
			exportedAt: c.createdAt,
			frameworkVersion: 'x',
			curricula: [c, c]
		};
		await page.getByLabel('Choose a JSON file exported from this tool').setInputFiles({
			name: 'dupes.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(file))
		});
		await page.getByText(/appears twice in the file/).waitFor();
		await page.getByRole('button', { name: 'Import', exact: true }).click();
		expect(await storedList(page, CURRICULA, 'curricula')).toHaveLength(2);
		const download = async (name: string) => {
			const [d] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('button', { name }).click()
			]);
			return d;
		};
		const svg = await download('Coverage matrix (SVG)');
		const text = await (
			await import('node:fs/promises')
		).readFile((await svg.path()) as string, 'utf8');
		expect(text).not.toContain('\u0001');
		const ok = await page.evaluate(
			(t) =>
				new DOMParser().parseFromString(t, 'image/svg+xml').getElementsByTagName('parsererror')
					.length,
			text
		);
		expect(ok).toBe(0);
		const png = await download('Coverage matrix (PNG)');
		expect(png.suggestedFilename()).toMatch(/\.png$/);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	test('F9, F10: a share link pasted while on the page shows its card, saying what another version cannot carry', async () => {
		const { page } = await watchedPage(harness.browser, harness.site.origin);
		await openAssessment(page);
		const link = fragment({
			fv: '2022.0',
			n: 'From a colleague',
			g: 'nursing',
			c: 'registration',
			t: 'enhanced',
			r: [
				['biology-of-cancer', 2],
				['retired-one', 1, 'old note'],
				['retired-two', 3]
			]
		});
		await page.evaluate((h) => (location.hash = h), link);
		await page.getByText('Someone shared an assessment with you').waitFor();
		await page.getByText(/made against framework data version 2022\.0/).waitFor();
		await page.getByText(/2\s+ratings are for capabilities this version does not have/).waitFor();
		await page.getByRole('button', { name: 'Save a copy' }).click();
		await page.getByRole('heading', { name: 'From an earlier version' }).waitFor();
		expect(await stored(page, ASSESSMENTS)).toContain('old note');
		await page.context().close();
	});

	test('F14: inside another site’s frame the tools refuse to run', async () => {
		const { page } = await watchedPage(harness.browser, harness.site.origin);
		await page.setContent(
			`<iframe src="${harness.site.url}/self-assessment/" width="800" height="600"></iframe>`
		);
		const frame = page.frameLocator('iframe');
		await frame.getByText('This page is shown inside another site').waitFor();
		expect(await frame.getByRole('button', { name: 'Delete all my data' }).count()).toBe(0);
		await page.context().close();
	});
});
