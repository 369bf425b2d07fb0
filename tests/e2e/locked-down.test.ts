/**
 * Locked down and robust: the Content Security Policy is not only present but
 * enforced; content pages are readable with JavaScript turned off; and with
 * browser storage disabled the explorer still works for reading.
 */
import { describe, expect, test } from 'vitest';
import { watchedPage } from './support/browser';
import { useBuiltSite } from './support/harness';

const harness = useBuiltSite();

describe('Content Security Policy', () => {
	test('blocks an injected inline script and a script from another origin', async () => {
		const context = await harness.browser.newContext({ serviceWorkers: 'block' });
		const page = await context.newPage();
		const violations: string[] = [];
		page.on('console', (m) => {
			if (/Content Security Policy/.test(m.text())) violations.push(m.text());
		});
		await page.goto(`${harness.site.url}/levels/`, { waitUntil: 'networkidle' });
		await page.evaluate(`(() => {
			window.__violations = [];
			document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective));
			const inline = document.createElement('script');
			inline.textContent = 'window.__injected = true';
			document.head.append(inline);
			const remote = document.createElement('script');
			remote.src = 'https://example.org/x.js';
			document.head.append(remote);
			const frame = document.createElement('img');
			frame.src = 'https://example.org/pixel.png';
			document.body.append(frame);
		})()`);
		await page.waitForFunction(
			() => (window as unknown as { __violations: string[] }).__violations.length >= 3
		);
		expect(await page.evaluate('window.__injected')).toBeUndefined();
		expect(await page.evaluate('window.__violations')).toEqual(
			expect.arrayContaining(['script-src-elem', 'img-src'])
		);
		expect(violations.length).toBeGreaterThanOrEqual(3);
		// The site's own hashed bootstrap script ran: the page is hydrated and interactive.
		await page.getByRole('link', { name: '5. Enhanced' }).first().click();
		await page.getByRole('heading', { level: 1, name: /Enhanced/ }).waitFor();
		await context.close();
	});
});

describe('with JavaScript turned off', () => {
	test.each([
		['/levels/', 'Levels of practice', /Supportive/],
		['/levels/enhanced/', /Enhanced/, /[A-Z][a-z]+s .{20,}\./],
		['/domains/', /domains/i, /Cancer knowledge and the cancer pathway/],
		['/domains/research-improvement/', /Research/, /Finding and using evidence/],
		['/capabilities/sact-care/', /Systemic anti-cancer therapy/, /Registration/],
		['/roles/', 'Roles', /Dietitian/],
		['/roles/dietitian/', /Dietitian/, /Registration/],
		['/compare/registration-vs-enhanced/', /Registration/, /Enhanced/],
		['/overview/', /./, /Consultant/]
	] as const)('%s is readable', async (path, heading, text) => {
		const context = await harness.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${harness.site.url}${path}`);
		await page.getByRole('heading', { level: 1, name: heading }).waitFor();
		const main = (await page.locator('main').innerText()).trim();
		expect(main).toMatch(text);
		expect(main.length).toBeGreaterThan(300);
		await context.close();
	});
});

describe('with browser storage disabled', () => {
	test('pages, search and the map work for reading, with no errors', async () => {
		const { page, problems, offOrigin } = await watchedPage(harness.browser, harness.site.origin);
		await page
			.context()
			.addInitScript(
				'for (const name of ["localStorage", "sessionStorage", "indexedDB"]) Object.defineProperty(window, name, { get() { throw new DOMException("denied", "SecurityError"); } });'
			);
		await page.goto(`${harness.site.url}/`, { waitUntil: 'networkidle' });
		await page.getByLabel('Search the framework').fill('dietitian');
		await page
			.getByRole('option', { name: /Dietitian/ })
			.first()
			.waitFor();
		await page.goto(`${harness.site.url}/pathway/`, { waitUntil: 'networkidle' });
		await page.locator('.node').first().waitFor();
		await page.goto(`${harness.site.url}/capabilities/sact-care/`, { waitUntil: 'networkidle' });
		await page.getByRole('heading', { level: 1, name: /Systemic anti-cancer therapy/ }).waitFor();
		expect(problems).toEqual([]);
		expect(offOrigin).toEqual([]);
		await page.context().close();
	});
});
