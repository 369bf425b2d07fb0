/**
 * A large CSV import in Chromium keeps the page responsive: a 2 MB export of
 * a programme's outcomes is decoded and parsed in a Web Worker (allowed by the
 * site's CSP), progress shows while it reads, and a PerformanceObserver sees
 * no long task over 50 ms from choosing the file to the preview (median of
 * three imports: the test machine is shared).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { watchedPage } from './support/browser';
import { useBuiltSite } from './support/harness';
import { axeViolations } from './support/site';

const harness = useBuiltSite();

/** Longest main-thread task allowed while a file is read: the RAIL "responsive" limit. */
const LONG_TASK_MS = 50;
/** Imports of the file in one test; the median run is judged. */
const IMPORTS = 3;
/** Rows in the file: under the 2,000 outcomes a curriculum holds, so the import is accepted. */
const ROWS = 1900;
/** Characters of notes a row: with the other columns, about 1 KB a row, so 1,900 rows make 2 MB. */
const NOTES_CHARS = 900;

const VERBS = ['Explain', 'Describe', 'Discuss', 'Demonstrate', 'Evaluate', 'Apply', 'Recognise'];
const TOPICS = [
	'how cancer cells grow, invade and spread to other parts of the body',
	'the side effects of systemic anti-cancer therapy and how to report them',
	'safe handling and disposal of cytotoxic drugs on the ward',
	'holistic needs assessment with a person living with cancer',
	'the stages of grief and how they shape conversations at diagnosis',
	'the signs of metastatic spinal cord compression and the urgent referral route',
	'neutropenic sepsis: who is at risk, early signs and the one-hour antibiotic standard'
];

/** A curriculum system's export: module, code, outcome, assessment and long notes columns. */
function largeCsv(): Buffer {
	const lines = ['Module,Code,Learning outcome,Assessment,Notes'];
	for (let i = 0; i < ROWS; i++) {
		const outcome = `${VERBS[i % VERBS.length]} ${TOPICS[(i * 3) % TOPICS.length]} (unit ${i + 1}).`;
		const notes =
			`Taught in week ${(i % 12) + 1}; "mapped" by the module lead; ${TOPICS[i % TOPICS.length]}. `
				.repeat(10)
				.slice(0, NOTES_CHARS);
		lines.push(
			`Module ${(i % 40) + 1},ONC-${String(i + 1).padStart(4, '0')},"${outcome}",Written assignment,"${notes.replace(/"/g, '""')}"`
		);
	}
	return Buffer.from(lines.join('\r\n') + '\r\n');
}

/**
 * Create a curriculum, trying again if the form was filled before the page hydrated (on a busy
 * machine hydration can finish after "networkidle", and the typed name is then lost).
 */
async function createCurriculum(page: Page, name: string) {
	const heading = page.getByRole('heading', { level: 2, name });
	for (let attempt = 0; attempt < 5 && !(await heading.isVisible()); attempt++) {
		await page.getByLabel('Programme name').fill(name);
		await page.getByLabel('Enhanced', { exact: true }).check();
		await page.getByRole('button', { name: 'Create curriculum' }).click();
		await heading.waitFor({ timeout: 5000 }).catch(() => {});
	}
	await heading.waitFor();
}

/** Start recording long tasks and whether the progress bar appeared. */
const watchMainThread = (page: Page) =>
	page.evaluate(() => {
		const w = window as unknown as { longTasks: number[]; sawProgress: boolean };
		w.longTasks = [];
		w.sawProgress = false;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
		}).observe({ type: 'longtask' });
		new MutationObserver(() => {
			if (document.getElementById('csv-progress')) w.sawProgress = true;
		}).observe(document.body, { childList: true, subtree: true });
	});

describe('importing a large CSV', () => {
	test('a 2 MB file is read in a worker, shows progress and leaves no long task', async () => {
		const { page, problems, offOrigin } = await watchedPage(harness.browser, harness.site.origin);
		const workers: string[] = [];
		page.on('worker', (w) => workers.push(w.url()));
		await page.goto(`${harness.site.url}/curriculum/`, { waitUntil: 'networkidle' });
		await createCurriculum(page, 'MSc Cancer Care');
		// A new curriculum fetches the parts its first view draws and runs them once, in a task of
		// its own (50–90 ms here; see issue 20's note). That is the curriculum's start, not the CSV:
		// wait until nothing more is fetched and the page is idle, so the import is judged alone.
		let fetchedBefore = -1;
		for (let fetched = 0; fetched !== fetchedBefore;) {
			fetchedBefore = fetched;
			await page.waitForTimeout(300);
			fetched = (await page.evaluate("performance.getEntriesByType('resource').length")) as number;
		}
		await page.evaluate(
			'new Promise((done) => requestIdleCallback(() => done(), { timeout: 5000 }))'
		);

		const buffer = largeCsv();
		expect(buffer.length).toBeGreaterThan(1_900_000);
		expect(buffer.length).toBeLessThanOrEqual(2_000_000);
		// From a file on disk: a buffer would be turned into a File by script in the page, itself a
		// long task that is the test's, not the site's.
		const file = join(mkdtempSync(join(tmpdir(), 'accend-csv-')), 'msc-outcomes.csv');
		writeFileSync(file, buffer);
		// The machine is shared, so a busy moment can stretch any task: the import runs IMPORTS
		// times and the median of each run's longest task is judged, as benchmarks are.
		const longest: number[] = [];
		for (let run = 0; run < IMPORTS; run++) {
			if (run) await page.getByRole('button', { name: 'Cancel' }).click();
			await watchMainThread(page);
			await page.getByLabel('CSV file of learning outcomes').setInputFiles(file);
			await page.getByRole('button', { name: `Import ${ROWS} outcomes` }).waitFor();
			// Let the observer deliver the last entries.
			await page.waitForTimeout(200);
			const seen = (await page.evaluate('({ longTasks, sawProgress })')) as {
				longTasks: number[];
				sawProgress: boolean;
			};
			expect(seen.sawProgress).toBe(true);
			longest.push(Math.max(0, ...seen.longTasks));
		}
		expect(workers.filter((url) => /csv-worker/.test(url))).toHaveLength(IMPORTS);
		const median = [...longest].sort((x, y) => x - y)[Math.floor(IMPORTS / 2)]!;
		expect(median, `longest task of each import: ${longest.join(', ')} ms`).toBeLessThanOrEqual(
			LONG_TASK_MS
		);
		expect(await page.getByLabel('Learning outcome text').inputValue()).toBe('2');
		await page.getByRole('cell', { name: /^Explain how cancer cells grow/ }).waitFor();
		expect(await axeViolations(page)).toEqual([]);
		expect(problems).toEqual([]);
		expect(offOrigin).toEqual([]);
	});
});
