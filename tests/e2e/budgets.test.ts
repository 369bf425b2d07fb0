/**
 * The production build against the weight budgets: the home page under 70 KB
 * compressed on first load (HTML, CSS and JavaScript together), no page over
 * 150 KB, one stylesheet shared by every page, and no page shipping d3 or Fuse
 * code it does not use. Reads the build; no browser, no timing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PAGE_BUDGETS, pageWeight } from './support/page-weight';
import { BUILD_DIR, listPages, requireBuild } from './support/site';

const dir = requireBuild();
const pages = listPages(dir);
const weights = pages.map((p) => pageWeight(dir, p));
const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;

describe('first-load weight, gzip -9', () => {
	test(`home page under ${kb(PAGE_BUDGETS.home)}`, () => {
		const home = weights.find((w) => w.path === '/')!;
		expect(home.total, `home: ${kb(home.total)}`).toBeLessThan(PAGE_BUDGETS.home);
	});

	test(`every page under ${kb(PAGE_BUDGETS.anyPage)}`, () => {
		const over = weights
			.filter((w) => w.total >= PAGE_BUDGETS.anyPage)
			.map((w) => `${w.path} ${kb(w.total)}`);
		expect(over).toEqual([]);
		expect(weights.length).toBeGreaterThan(150);
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

	test('content pages load no zoom, no Fuse and no zod', () => {
		for (const path of ['/', '/levels/enhanced/', '/capabilities/sact-care/', '/roles/']) {
			const js = jsOf(path);
			expect(js, path).not.toMatch(/zoomTransform|__zoom/);
			expect(js, path).not.toMatch(/useExtendedSearch|Fuse\.js/i);
			expect(js, path).not.toMatch(/ZodError|_zod/);
		}
	});

	test('the map page loads d3-zoom; search loads Fuse only when used', () => {
		expect(jsOf('/pathway/')).toMatch(/__zoom/);
		expect(jsOf('/search/')).not.toMatch(/useExtendedSearch/);
	});
});
