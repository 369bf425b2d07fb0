/**
 * Curriculum mapping in Chromium: import a 30-outcome CSV through the column
 * step, accept suggestions by keyboard, find a gap in the coverage matrix,
 * export CSV, JSON, SVG and PNG, and bring the JSON back to the same state.
 * Plus the bad files the issue names: each explained, nothing saved lost.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { watchedPage } from './support/browser';
import { useBuiltSite } from './support/harness';
import { axeViolations } from './support/site';

const harness = useBuiltSite();
const CSV_30 = readFileSync(join(import.meta.dirname, '../fixtures/curriculum-30.csv'));

async function newCurriculum(page: Page, name = 'BSc Cancer Care') {
	await page.goto(`${harness.site.url}/curriculum/`, { waitUntil: 'networkidle' });
	await page.getByLabel('Programme name').fill(name);
	await page.getByLabel('Registration', { exact: true }).check();
	await page.getByRole('button', { name: 'Create curriculum' }).click();
	await page.getByRole('heading', { level: 2, name }).waitFor();
}

const chooseCsv = (page: Page, name: string, buffer: Buffer, mimeType = 'text/csv') =>
	page.getByLabel('CSV file of learning outcomes').setInputFiles({ name, mimeType, buffer });

const savedText = (page: Page) =>
	page.evaluate('localStorage.getItem("accend-explorer:curricula")') as Promise<string | null>;

async function download(page: Page, button: string | RegExp) {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: button }).click()
	]);
	return { name: file.suggestedFilename(), bytes: readFileSync((await file.path()) as string) };
}

describe('curriculum mapping', () => {
	test('import 30 outcomes, accept suggestions, find a gap, export, re-import', async () => {
		const { page, problems, offOrigin } = await watchedPage(harness.browser, harness.site.origin);
		await newCurriculum(page);
		await chooseCsv(page, 'onc-programme.csv', CSV_30);
		// The column step guessed the columns from the header, and the preview shows them.
		expect(await page.getByLabel('Learning outcome text').inputValue()).toBe('3');
		expect(await page.getByLabel('Module (optional)').inputValue()).toBe('1');
		await page.getByRole('cell', { name: /^Explain how cancer cells grow/ }).waitFor();
		expect(await axeViolations(page)).toEqual([]);
		await page.getByRole('button', { name: 'Import 30 outcomes' }).click();
		await page.getByText('30 learning outcomes in 3 modules imported.').waitFor();

		// Map the first ten outcomes by keyboard: focus Accept on the top suggestion, press Enter, move on.
		for (let i = 0; i < 10; i++) {
			const heading = await page.locator('#mapping-outcome').textContent();
			await page
				.locator('.app-suggestion')
				.getByRole('button', { name: /^Accept / })
				.first()
				.focus();
			await page.keyboard.press('Enter');
			await page
				.getByRole('button', { name: /^Remove / })
				.first()
				.waitFor();
			// The chosen card leaves the list, so focus lands on the suggestions and the choice is announced.
			expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Suggestions');
			await page
				.getByRole('status')
				.filter({ hasText: /^Mapped to W\d\.\d/ })
				.waitFor();
			await page.getByRole('button', { name: 'Next outcome' }).click();
			await page.waitForFunction(
				(before) => document.querySelector('#mapping-outcome')?.textContent !== before,
				heading
			);
		}
		// The first outcome went to the capability the known answers say.
		await page.getByRole('button', { name: /^Map “Explain how cancer cells grow/ }).click();
		await page
			.locator('.app-mapper li')
			.filter({ hasText: /W1\.1 How cancer develops and spreads at Registration/ })
			.waitFor();
		// Turning a suggestion down removes it (on LO2: LO1 has no suggestion left); searching finds another by code.
		await page.getByRole('button', { name: /^Map “Discuss the epidemiology/ }).click();
		await page
			.locator('#mapping-outcome')
			.filter({ hasText: /Discuss the epidemiology/ })
			.waitFor();
		// Its weaker suggestions wait, collapsed, under "Other possibilities".
		const others = page.locator('.app-mapper details');
		expect(await others.locator('.app-suggestion').first().isVisible()).toBe(false);
		await others.getByText(/^Other possibilities \(\d+\)$/).click();
		const turnedDown = await others.locator('.app-suggestion h4 a').first().textContent();
		await others
			.getByRole('button', { name: /^Not this one/ })
			.first()
			.click();
		expect(await page.locator('.app-suggestion h4 a').allTextContents()).not.toContain(turnedDown);
		await page.getByRole('button', { name: /^Map “Explain how cancer cells grow/ }).click();
		await page
			.locator('#mapping-outcome')
			.filter({ hasText: /Explain how cancer cells grow/ })
			.waitFor();
		await page.getByLabel('Search for another capability').fill('W7.4');
		await page.getByRole('button', { name: 'Accept W7.4 Designing and leading research' }).click();
		await page
			.locator('.app-mapper li')
			.filter({ hasText: /W7\.4 Designing and leading research at/ })
			.waitFor();
		// The same capability again at a second level: an outcome may serve several levels.
		await page.getByLabel('Search for another capability').fill('W1.1');
		await page
			.getByLabel('Level for How cancer develops and spreads')
			.last()
			.selectOption('enhanced');
		await page
			.getByRole('button', { name: 'Accept W1.1 How cancer develops and spreads' })
			.last()
			.click();
		await page
			.locator('.app-mapper li')
			.filter({ hasText: /W1\.1 How cancer develops and spreads at Enhanced/ })
			.waitFor();
		await page
			.locator('.app-mapper li')
			.filter({ hasText: /W1\.1 How cancer develops and spreads at Registration/ })
			.waitFor();

		// Coverage: gaps are named in words; only-gaps filters the capability list.
		await page.getByLabel('Show only what is not mapped').check();
		const gap = page.locator('td.app-gap button').first();
		expect(await gap.textContent()).toMatch(/Gap/);
		await gap.click();
		await page.getByText(/No outcome maps here/).waitFor();
		expect(
			await page
				.getByRole('caption')
				.filter({ hasText: /Capabilities not mapped/ })
				.count()
		).toBe(1);
		// One module's view counts only that module.
		await page
			.getByLabel('Show coverage for')
			.selectOption({ label: 'Leading, teaching and research' });
		await page
			.locator('caption')
			.filter({ hasText: /by Leading, teaching and research$/ })
			.waitFor();
		expect(await axeViolations(page)).toEqual([]);
		await page.getByLabel('Show coverage for').selectOption({ label: 'The whole programme' });

		const csv = await download(page, 'Download mapping (CSV)');
		expect(csv.name).toMatch(/^accend-curriculum-bsc-cancer-care-\d{4}-\d\d-\d\d\.csv$/);
		const lines = csv.bytes.toString('utf8').trim().split('\r\n');
		expect(lines[0]).toBe(
			'framework_version,curriculum,module_code,module,outcome_code,outcome,capability_code,capability,level,domain'
		);
		// 12 links on 10 outcomes, plus one row for each of the 20 outcomes not yet mapped.
		expect(lines).toHaveLength(1 + 12 + 20);
		expect(lines[1]).toContain('ONC101,Foundations of cancer care,LO1,');
		const svg = await download(page, 'Coverage matrix (SVG)');
		expect(svg.bytes.toString('utf8')).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
		// Drawn in Chromium, every domain name's line ends before the first level's column.
		const labels = await page.evaluate((markup) => {
			const box = document.body.appendChild(document.createElement('div'));
			box.innerHTML = markup;
			const firstColumn = Number(box.querySelector('rect[x][y]')?.getAttribute('x')) - 1;
			const lines = [...box.querySelectorAll<SVGTextElement>('text[x="8"]')].map((t) => ({
				text: t.textContent,
				end: 8 + t.getBBox().width,
				firstColumn
			}));
			box.remove();
			return lines;
		}, svg.bytes.toString('utf8'));
		expect(labels.length).toBeGreaterThan(0);
		for (const l of labels) {
			expect(l.text).not.toMatch(/…$/);
			expect(l.end, l.text ?? '').toBeLessThan(l.firstColumn);
		}
		const png = await download(page, 'Coverage matrix (PNG)');
		expect([...png.bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
		const json = await download(page, 'Export all as JSON');
		const saved = await savedText(page);

		// Delete it, import the JSON: the same curriculum comes back.
		await page.getByRole('button', { name: 'Delete this curriculum (“BSc Cancer Care”)' }).click();
		await page.getByRole('button', { name: 'Yes, delete' }).click();
		await page.getByLabel('Choose a JSON file exported from this tool').setInputFiles({
			name: json.name,
			mimeType: 'application/json',
			buffer: json.bytes
		});
		await page.getByText(/BSc Cancer Care: 3 modules, 30 outcomes/).waitFor();
		await page.getByRole('button', { name: 'Import', exact: true }).click();
		await page.getByRole('heading', { level: 2, name: 'BSc Cancer Care' }).waitFor();
		expect(JSON.parse((await savedText(page)) ?? '')).toEqual(JSON.parse(saved ?? ''));
		await page.reload({ waitUntil: 'networkidle' });
		await page
			.getByText(/11 capabilities? not mapped|capabilities not mapped/)
			.first()
			.waitFor();
		expect(problems).toEqual([]);
		expect(offOrigin).toEqual([]);
		await page.close();
	});

	test('bad files are explained and nothing saved is lost', async () => {
		const { page, problems } = await watchedPage(harness.browser, harness.site.origin);
		await newCurriculum(page, 'Kept safe');
		await chooseCsv(page, 'small.csv', Buffer.from('Outcome\nDescribe the cancer pathway\n'));
		await page.getByRole('button', { name: 'Import 1 outcome', exact: true }).click();
		const before = await savedText(page);

		const cases: [string, Buffer, RegExp][] = [
			['huge.csv', Buffer.alloc(10 * 1024 * 1024, 'a'), /10\.5 MB/],
			['workbook.csv', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]), /Excel workbook/],
			[
				'photo.csv',
				Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
				/not text/
			],
			['empty.csv', Buffer.alloc(0), /empty/],
			['broken.csv', Buffer.from('Outcome\n"never closed\n'), /never closed/]
		];
		for (const [name, bytes, message] of cases) {
			await chooseCsv(page, name, bytes);
			await page.getByRole('alert').filter({ hasText: message }).waitFor();
			expect(await savedText(page)).toBe(before);
		}
		// Empty outcome column: the column step says so before anything is imported.
		await chooseCsv(page, 'blank.csv', Buffer.from('Module,Outcome\nA,\nB,  \n'));
		await page.getByText(/No learning outcomes were found/).waitFor();
		expect(await page.getByRole('button', { name: /^Import \d+ outcomes/ }).count()).toBe(0);

		// Windows-1252 with semicolons, markup and a formula: read right, kept as text.
		const win = Buffer.from(
			'Module;Outcome\r\nM2;Explain the patient\x92s pathway \x96 clearly\r\nM2;<img src=x onerror=alert(1)> Describe risk\r\nM2;=1+1 Discuss consent\r\n',
			'latin1'
		);
		await chooseCsv(page, 'excel-europe.csv', win);
		await page.getByRole('cell', { name: 'Explain the patient’s pathway – clearly' }).waitFor();
		await page.getByText(/contains? web markup/).waitFor();
		await page.getByRole('button', { name: 'Import 3 outcomes' }).click();
		expect(await page.locator('img[src=x]').count()).toBe(0);
		await page
			.locator('.app-outcomes')
			.getByText('<img src=x onerror=alert(1)> Describe risk', { exact: true })
			.waitFor();

		// A JSON that is not ours changes nothing.
		const after = await savedText(page);
		await page.getByLabel('Choose a JSON file exported from this tool').setInputFiles({
			name: 'other.json',
			mimeType: 'application/json',
			buffer: Buffer.from('{"format":"something-else"}')
		});
		await page
			.getByText(/not exported by this tool/)
			.first()
			.waitFor();
		expect(await savedText(page)).toBe(after);
		expect(JSON.parse(after ?? '').curricula[0].modules).toHaveLength(2);
		expect(JSON.parse(before ?? '').curricula[0].modules).toHaveLength(1);
		expect(problems).toEqual([]);
		await page.close();
	});

	test('pasted outcomes are announced once, and one error summary shows at a time', async () => {
		const { page, problems } = await watchedPage(harness.browser, harness.site.origin);
		await newCurriculum(page, 'PGCert Cancer Care');
		await page.getByText('Type or paste outcomes').click();
		await page
			.getByLabel('Learning outcomes, one a line')
			.fill('Explain how cancer is staged\nDescribe the side effects of radiotherapy');
		await page.getByRole('button', { name: 'Add outcomes' }).click();
		await page.getByRole('status').filter({ hasText: 'Added 2 outcomes to Module 1.' }).waitFor();
		await page.getByText('2 learning outcomes in 1 module imported.').waitFor();
		// Seen once and heard once: only the page's announcer is a live region for it.
		expect(
			await page
				.getByRole('status')
				.filter({ hasText: /\b2 (learning )?outcomes\b/ })
				.count()
		).toBe(1);

		await page.getByLabel('Choose a JSON file exported from this tool').setInputFiles({
			name: 'notes.json',
			mimeType: 'application/json',
			buffer: Buffer.from('{ not json')
		});
		const summaries = page.getByRole('heading', { name: 'There is a problem' });
		await summaries.first().waitFor();
		expect(await summaries.count()).toBe(1);
		// Another action, "Add outcomes" with nothing typed: its problem replaces the stale one.
		await page.getByRole('button', { name: 'Add outcomes' }).click();
		await page
			.getByRole('alert')
			.filter({ hasText: 'Type or paste at least one learning outcome.' })
			.waitFor();
		expect(await summaries.count()).toBe(1);
		expect(problems).toEqual([]);
		await page.close();
	});

	test('with storage switched off the page says so and mapping still works', async () => {
		const context = await harness.browser.newContext();
		await context.addInitScript(
			'Object.defineProperty(window, "localStorage", { get() { throw new DOMException("denied", "SecurityError"); } });'
		);
		const page = await context.newPage();
		await page.goto(`${harness.site.url}/curriculum/`, { waitUntil: 'networkidle' });
		await page.getByText(/not letting this site save anything/).waitFor();
		await page.getByLabel('Programme name').fill('Unsaved');
		await page.getByRole('button', { name: 'Create curriculum' }).click();
		await page.getByText('Type or paste outcomes').click();
		await page.getByLabel('Learning outcomes, one a line').fill('Safely administer SACT');
		await page.getByRole('button', { name: 'Add outcomes' }).click();
		await page.getByRole('button', { name: /^Accept W3\.3/ }).click();
		await page
			.locator('.app-mapper li')
			.filter({ hasText: /W3\.3 Systemic anti-cancer therapy at/ })
			.waitFor();
		await context.close();
	});
});
