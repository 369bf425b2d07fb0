/**
 * Every prerendered page in a real Chromium: it loads, has a title, a description
 * and one h1, logs no console errors or warnings, and makes no request off the
 * site's own origin. Each carries the Content Security Policy, and external
 * links open with rel="noopener". axe (WCAG 2.2 AA) runs on every route: every page of the
 * fixed routes and the first and last page of each dynamic one.
 */
import { describe, expect, test } from 'vitest';
import { watchedPage } from './support/browser';
import { useBuiltSite } from './support/harness';
import { axeViolations, listPages, requireBuild } from './support/site';

const harness = useBuiltSite();
const pages = [...listPages(requireBuild()), '/404.html'];

/** The route template a page belongs to: /levels/enhanced/ → /levels/[x]/ */
const DYNAMIC = /^\/(levels|domains|capabilities|roles|compare)\/[^/]+\/$/;
const routeOf = (path: string) => (DYNAMIC.test(path) ? path.replace(/[^/]+\/$/, '[x]/') : path);
const axePages = new Set<string>();
for (const route of new Set(pages.map(routeOf))) {
	const members = pages.filter((p) => routeOf(p) === route);
	axePages.add(members[0] as string);
	axePages.add(members[members.length - 1] as string);
}
// The largest comparison, with three levels of descriptors side by side.
axePages.add('/compare/registration-vs-enhanced-vs-advanced/');

describe('the build', () => {
	test('has a page for every level, domain, capability, role and comparison', () => {
		const count = (re: RegExp) => pages.filter((p) => re.test(p)).length;
		expect(count(/^\/levels\/[^/]+\/$/)).toBe(7);
		expect(count(/^\/domains\/[^/]+\/$/)).toBe(7);
		expect(count(/^\/capabilities\/[^/]+\/$/)).toBeGreaterThanOrEqual(42);
		expect(count(/^\/roles\/[^/]+\/$/)).toBeGreaterThanOrEqual(40);
		// 21 pairs and 35 triples of seven levels.
		expect(count(/^\/compare\/[^/]+\/$/)).toBe(56);
		for (const p of ['/', '/overview/', '/downloads/', '/about/data/', '/compare/']) {
			expect(pages).toContain(p);
		}
	});
});

describe.each(pages.map((p) => [p]))('%s', (path) => {
	test(`loads cleanly and stays on its origin${axePages.has(path) ? ', and passes axe' : ''}`, async () => {
		const { page, problems, offOrigin } = await watchedPage(harness.browser, harness.site.origin);
		const response = await page.goto(harness.site.url + path, { waitUntil: 'load' });
		expect(response?.status()).toBe(200);
		expect(await page.title()).toMatch(/\S+ – ACCEND explorer$/);
		expect(await page.locator('meta[name="description"]').getAttribute('content')).toBeTruthy();
		expect(await page.locator('h1').count()).toBe(1);
		expect(await page.getByText('This is an independent explorer').count()).toBe(1);
		expect(
			await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')
		).toMatch(/^default-src 'self';.*script-src 'self' 'sha256-/);
		// Links that leave the site cannot reach back into it.
		const external = await page
			.locator('a[href^="http"]')
			.evaluateAll((links) =>
				links
					.filter((a) => new URL((a as HTMLAnchorElement).href).origin !== location.origin)
					.map((a) => `${(a as HTMLAnchorElement).href} rel=${a.getAttribute('rel')}`)
			);
		expect(external.filter((l) => !/rel=.*noopener/.test(l))).toEqual([]);
		if (axePages.has(path)) expect(await axeViolations(page)).toEqual([]);
		await page.waitForLoadState('networkidle');
		expect(problems).toEqual([]);
		expect(offOrigin).toEqual([]);
		await page.context().close();
	});
});
