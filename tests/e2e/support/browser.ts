/**
 * Launches the system Chromium through playwright-core (no downloaded browser),
 * and watches every page for console errors and requests that leave the origin.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

const CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Flags that keep Chromium quiet on a machine with no outside network. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/** The system Chromium: CHROMIUM_PATH, or the first of the usual places that exists. */
export function chromiumPath(): string | undefined {
	return process.env.CHROMIUM_PATH ?? CHROMIUM_PATHS.find((p) => existsSync(p));
}

export async function launchBrowser(): Promise<Browser> {
	const executablePath = chromiumPath();
	if (!executablePath) {
		throw new Error(
			'No Chromium found. Install it (Debian: apt-get update && apt-get install -y chromium) or set CHROMIUM_PATH.'
		);
	}
	return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

export interface Watched {
	page: Page;
	/** Console errors and warnings, and uncaught exceptions. */
	problems: string[];
	/** Every request whose origin is not the site's. */
	offOrigin: string[];
}

/**
 * A new page in a fresh context that records console problems and off-origin
 * requests. The service worker is blocked unless asked for: it would precache
 * the whole build in every fresh context, and offline.test.ts tests it on its own.
 */
export async function watchedPage(
	browser: Browser,
	origin: string,
	width = 1280,
	serviceWorkers: 'allow' | 'block' = 'block'
): Promise<Watched> {
	const context = await browser.newContext({ viewport: { width, height: 900 }, serviceWorkers });
	const page = await context.newPage();
	const problems: string[] = [];
	const offOrigin: string[] = [];
	page.on('console', (msg) => {
		// Playwright's own note when it blocks the service worker is not the site's problem.
		if (/registration blocked by Playwright/.test(msg.text())) return;
		if (msg.type() === 'error' || msg.type() === 'warning')
			problems.push(`${msg.type()}: ${msg.text()}`);
	});
	page.on('pageerror', (err) => problems.push(`exception: ${err.message}`));
	// On the context, so requests made by the service worker are watched too.
	context.on('request', (req) => {
		const url = req.url();
		if (url.startsWith('data:') || url.startsWith('blob:')) return;
		if (new URL(url).origin !== origin) offOrigin.push(url);
	});
	return { page, problems, offOrigin };
}
