/**
 * The production build against the weight budgets (issue 20): the home page
 * under 50 KB compressed on first load (HTML, CSS and JavaScript together), no
 * page over 100 KB (the few still over are held where they are and may not
 * grow), one stylesheet shared by every page, and no page shipping d3, Fuse or
 * zod code it does not use. Reads the build; no browser, no timing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { OVER_BUDGET, PAGE_BUDGETS, pageWeight } from './support/page-weight';
import { BUILD_DIR, listPages, requireBuild } from './support/site';

const dir = requireBuild();
const pages = listPages(dir);
const weights = pages.map((p) => pageWeight(dir, p));
const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;

describe('first-load weight, gzip -9', () => {
	const budgetOf = (path: string) =>
		OVER_BUDGET[path] ?? (path === '/' ? PAGE_BUDGETS.home : PAGE_BUDGETS.anyPage);

	test(`home page under ${kb(PAGE_BUDGETS.home)}, or no heavier than it was when that was set`, () => {
		const home = weights.find((w) => w.path === '/')!;
		expect(home.total, `home: ${kb(home.total)}`).toBeLessThan(budgetOf('/'));
	});

	test(`every page of every kind under ${kb(PAGE_BUDGETS.anyPage)}, the named exceptions no heavier`, () => {
		const over = weights
			.filter((w) => w.total >= budgetOf(w.path))
			.map((w) => `${w.path} ${kb(w.total)} (budget ${kb(budgetOf(w.path))})`);
		expect(over).toEqual([]);
		expect(weights.length).toBeGreaterThan(150);
		// Every kind of page is weighed: the home page, each tool, and each kind of content page.
		for (const kind of [
			'/',
			'/pathway/',
			'/plan/',
			'/self-assessment/',
			'/curriculum/',
			'/search/'
		])
			expect(pages).toContain(kind);
		for (const prefix of ['/levels/', '/roles/', '/capabilities/', '/domains/', '/compare/'])
			expect(
				pages.filter((p) => p.startsWith(prefix) && p !== prefix).length,
				prefix
			).toBeGreaterThan(0);
	});

	test('an exception leaves the list once its page fits the budget', () => {
		const fit = Object.keys(OVER_BUDGET).filter((path) => {
			const w = weights.find((x) => x.path === path);
			const budget = path === '/' ? PAGE_BUDGETS.home : PAGE_BUDGETS.anyPage;
			return !w || w.total < budget;
		});
		expect(fit).toEqual([]);
	});

	test('every page links one and the same stylesheet set (nhsuk-frontend compiled once)', () => {
		const css = (w: (typeof weights)[number]) => w.files.filter((f) => f.endsWith('.css'));
		const shared = css(weights[0]!)[0];
		expect(shared).toBeDefined();
		for (const w of weights) expect(css(w)).toContain(shared);
		const files = readdirSync(join(BUILD_DIR, '_app/immutable/assets')).filter((f) =>
			f.endsWith('.css')
		);
		const nhsuk = files.filter((f) =>
			readFileSync(join(BUILD_DIR, '_app/immutable/assets', f), 'utf8').includes('.nhsuk-header{')
		);
		expect(nhsuk).toHaveLength(1);
	});
});

describe('only what a page uses ships', () => {
	const jsOf = (path: string) =>
		weights
			.find((w) => w.path === path)!
			.files.filter((f) => f.endsWith('.js'))
			.map((f) => readFileSync(join(dir, f), 'utf8'))
			.join('\n');

	test('content pages and the planner load no zoom, no Fuse and no zod at start', () => {
		for (const path of [
			'/',
			'/levels/enhanced/',
			'/capabilities/sact-care/',
			'/roles/',
			'/plan/'
		]) {
			const js = jsOf(path);
			expect(js, path).not.toMatch(/zoomTransform|__zoom/);
			expect(js, path).not.toMatch(/useExtendedSearch|Fuse\.js/i);
			expect(js, path).not.toMatch(/ZodError|_zod/);
		}
	});

	test('the tools load their charts, suggestion engine and CSV reader only when shown or used', () => {
		for (const path of ['/self-assessment/', '/curriculum/']) {
			const js = jsOf(path);
			// d3-color's named colours come with d3-scale, which only the charts use.
			expect(js, path).not.toMatch(/aliceblue/);
			// The suggestion engine's own vocabulary, and the CSV reader's worker.
			expect(js, path).not.toMatch(/superior vena cava obstruction/);
			expect(js, path).not.toMatch(/csv-worker/);
		}
		// Each still reaches the build, fetched by the page's own code when needed.
		const chunks = join(dir, '_app/immutable/chunks');
		const all = readdirSync(chunks).map((f) => readFileSync(join(chunks, f), 'utf8'));
		for (const marker of ['aliceblue', 'superior vena cava obstruction', 'csv-worker'])
			expect(
				all.some((text) => text.includes(marker)),
				marker
			).toBe(true);
	});

	test('the map page loads d3-zoom once the map is drawn; search loads Fuse only when used', () => {
		const chunks = join(dir, '_app/immutable/chunks');
		const zoomChunk = readdirSync(chunks).find((f) =>
			readFileSync(join(chunks, f), 'utf8').includes('__zoom')
		);
		expect(zoomChunk, 'a chunk holding d3-zoom').toBeDefined();
		const start = jsOf('/pathway/');
		expect(start).not.toMatch(/__zoom/);
		// Not at start, but asked for by the page's own code when the map mounts.
		expect(start).toMatch(new RegExp(`import\\([^)]*${zoomChunk!.replace('.', '\\.')}`));
		expect(jsOf('/search/')).not.toMatch(/useExtendedSearch/);
	});
});
