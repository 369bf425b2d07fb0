/**
 * npm run screenshots [-- path…]: full-page screenshots of one page of every page type, at
 * 320, 375, 768 and 1280 px, into test-results/screenshots/ (git-ignored), for a person to look
 * at the whole site in a minute. Builds the site first when there is no build.
 * HEIGHT=1600 takes the top 1600 px of each page instead of the whole page;
 * WIDTHS=375,1280 takes fewer widths.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './browser';
import { BUILD_DIR, requireBuild } from './site';
import { MISSING_PAGE, PAGE_TYPES } from './page-types';
import { serveStatic } from './static-server';

const ROOT = join(import.meta.dirname, '../../..');
const OUT = join(ROOT, 'test-results/screenshots');

const WIDTHS = (process.env.WIDTHS ?? '320,375,768,1280').split(',').map(Number);
const height = Number(process.env.HEIGHT ?? 0);
const paths = process.argv.slice(2).length ? process.argv.slice(2) : PAGE_TYPES;

if (!existsSync(join(BUILD_DIR, 'index.html'))) {
	console.log('No build yet: building the site first.');
	execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
}
mkdirSync(OUT, { recursive: true });
const site = await serveStatic(requireBuild(BUILD_DIR));
const browser = await launchBrowser();
let missing = 0;
for (const width of WIDTHS) {
	const page = await browser.newPage({ viewport: { width, height: height || 900 } });
	for (const path of paths) {
		const response = await page.goto(site.url + path, { waitUntil: 'networkidle' });
		// The not-found page is a page type of its own; any other missing page is worth saying.
		if (path !== MISSING_PAGE && !path.endsWith('404.html') && response?.status() !== 200) {
			console.warn(`${path}: HTTP ${response?.status()}, skipped`);
			missing += 1;
			continue;
		}
		const slug = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
		const name = `${slug}-${width}.png`;
		await page.screenshot({ path: join(OUT, name), fullPage: !height });
		console.log(join(OUT, name));
	}
	await page.close();
}
await browser.close();
await site.close();
if (missing) console.warn(`${missing / WIDTHS.length} page(s) missing from this build.`);
