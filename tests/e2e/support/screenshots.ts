/**
 * npx tsx tests/e2e/support/screenshots.ts [path…]: screenshots of the built
 * site at 1280 px and 375 px into test-results/screenshots/, for a person to look at.
 * HEIGHT=1600 takes the top 1600 px of each page instead of the whole page.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './browser';
import { BUILD_DIR, requireBuild } from './site';
import { serveStatic } from './static-server';

const OUT = join(import.meta.dirname, '../../../test-results/screenshots');
const height = Number(process.env.HEIGHT ?? 0);
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/levels/enhanced/'];
mkdirSync(OUT, { recursive: true });
const site = await serveStatic(requireBuild(BUILD_DIR));
const browser = await launchBrowser();
for (const width of [1280, 375]) {
	const page = await browser.newPage({ viewport: { width, height: height || 900 } });
	for (const path of paths) {
		await page.goto(site.url + path, { waitUntil: 'networkidle' });
		const name = `${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}-${width}.png`;
		await page.screenshot({ path: join(OUT, name), fullPage: !height });
		console.log(join(OUT, name));
	}
	await page.close();
}
await browser.close();
await site.close();
