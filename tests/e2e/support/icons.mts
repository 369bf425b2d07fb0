/**
 * npx tsx tests/e2e/support/icons.mts: draws the app icons (static/icons/*.png)
 * from the favicon's design in Chromium. Run again only when the design changes.
 */
import { join } from 'node:path';
import { launchBrowser } from './browser';

const OUT = join(import.meta.dirname, '../../../static/icons');
/** The mark on a full-bleed square; maskable icons keep it inside the central 80% safe zone. */
const svg = (inset: number) =>
	`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="100%" height="100%"><rect width="32" height="32" fill="#005eb8"/><g transform="translate(${inset} ${inset}) scale(${(32 - 2 * inset) / 32})"><path d="M6 24 L13 16 L18 20 L26 8" stroke="#fff" stroke-width="3.5" fill="none" stroke-linecap="round" stroke-linejoin="round"/></g></svg>`;
const browser = await launchBrowser();
for (const [name, size, inset] of [
	['icon-192.png', 192, 0],
	['icon-512.png', 512, 0],
	['maskable-512.png', 512, 4],
	['apple-touch-icon.png', 180, 0]
] as const) {
	const page = await browser.newPage({ viewport: { width: size, height: size } });
	await page.setContent(`<html><body style="margin:0">${svg(inset)}</body></html>`);
	await page.screenshot({ path: join(OUT, name), omitBackground: false });
	await page.close();
}
await browser.close();
