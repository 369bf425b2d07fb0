/**
 * npm run lighthouse: Lighthouse 12.2.3 with its default mobile settings
 * (simulated slow 4G and a 4× slower CPU) on the home page, the map, a
 * capability page, the self-assessment and curriculum mapping of the
 * production build, served gzipped as a static host would. Prints the four
 * category scores per page and exits 1 when one misses its budget.
 * Needs `npm run build` first.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/support/browser';
import { BUILD_DIR, requireBuild } from '../e2e/support/site';
import { serveStatic } from '../e2e/support/static-server';

/** Budgets from issue 20 ("fast at ten times the size"): 100 in every category. */
const BUDGETS = { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 } as const;
const PAGES = ['/', '/pathway/', '/capabilities/sact-care/', '/self-assessment/', '/curriculum/'];

const site = await serveStatic(requireBuild(BUILD_DIR), '', true);
const chrome = await launch({
	chromePath: chromiumPath(),
	// Lighthouse drives its own Chromium, so headless mode is asked for here.
	chromeFlags: ['--headless=new', ...CHROMIUM_ARGS]
});
const missed: string[] = [];
try {
	for (const path of PAGES) {
		const result = await lighthouse(`${site.url}${path}`, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: Object.keys(BUDGETS)
		});
		if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
		const { categories, audits } = result.lhr;
		const scores = Object.entries(BUDGETS).map(([id, budget]) => {
			const score = Math.round((categories[id]?.score ?? 0) * 100);
			if (score < budget) missed.push(`${path} ${id} ${score} < ${budget}`);
			return `${id} ${score}`;
		});
		const metric = (id: string) => audits[id]?.displayValue ?? '?';
		console.log(
			`${path}: ${scores.join(', ')} · FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}`
		);
		for (const [id, category] of Object.entries(categories)) {
			if ((category.score ?? 1) === 1) continue;
			const failing = category.auditRefs
				.filter((r) => r.weight > 0 && (audits[r.id]?.score ?? 1) < 1)
				.map((r) => `${r.id} (${audits[r.id]?.score})`);
			if (failing.length) console.log(`    ${id}: ${failing.join(', ')}`);
		}
	}
} finally {
	chrome.kill();
	await site.close();
}
if (missed.length) {
	console.error(`\nBelow budget: ${missed.join('; ')}`);
	process.exitCode = 1;
} else console.log('\nAll Lighthouse budgets met.');
