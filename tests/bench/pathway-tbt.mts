/**
 * npx tsx tests/bench/pathway-tbt.mts [runs] [path]: the map page's total blocking time
 * without Lighthouse. Chromium at 1280×800 with the CPU slowed 4× (Lighthouse's mobile
 * setting), a PerformanceObserver for long tasks from the first byte; blocking time is
 * the sum of (duration − 50 ms) over them. Prints each run and the median.
 * Needs `npm run build` first; serves build/ gzipped as a static host would.
 */

import { launchBrowser } from '../e2e/support/browser';
import { BUILD_DIR, requireBuild } from '../e2e/support/site';
import { serveStatic } from '../e2e/support/static-server';
import { percentile } from './measure';

/** Lighthouse's mobile CPU slowdown. */
const CPU_SLOWDOWN = 4;
/** A task longer than this blocks input (the definition Lighthouse and the Long Tasks API use). */
const LONG_TASK_MS = 50;
/** How long after load to keep watching: idle-time work must be counted too. */
const SETTLE_MS = 4000;

const runs = Number(process.argv[2] ?? 3);
const path = process.argv[3] ?? '/pathway/';

const site = await serveStatic(requireBuild(process.env.BUILD ?? BUILD_DIR), '', true);
const browser = await launchBrowser();
const totals: number[] = [];
try {
	for (let run = 0; run < runs; run++) {
		const context = await browser.newContext({
			viewport: { width: 1280, height: 800 },
			serviceWorkers: 'block'
		});
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
		// A string, not a function: tsx would wrap a function with helpers the page does not have.
		await page.addInitScript(`(() => {
			window.longTasks_ = [];
			new PerformanceObserver((list) => {
				for (const e of list.getEntries()) window.longTasks_.push([e.startTime, e.duration]);
			}).observe({ type: 'longtask', buffered: true });
		})()`);
		await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
		await page.waitForTimeout(SETTLE_MS);
		const tasks = (await page.evaluate('window.longTasks_')) as [number, number][];
		const elements = (await page.evaluate(`document.querySelectorAll('svg *').length`)) as number;
		const blocking = tasks.reduce((sum, [, d]) => sum + Math.max(0, d - LONG_TASK_MS), 0);
		totals.push(blocking);
		console.log(
			`run ${run + 1}: TBT ${blocking.toFixed(0)} ms over ${tasks.length} long task(s) [${tasks
				.map(([s, d]) => `${d.toFixed(0)}@${s.toFixed(0)}`)
				.join(', ')}]; ${elements} SVG elements`
		);
		await context.close();
	}
} finally {
	await browser.close();
	await site.close();
}
const sorted = [...totals].sort((a, b) => a - b);
console.log(
	`${path} TBT at ${CPU_SLOWDOWN}× CPU: median ${percentile(sorted, 0.5).toFixed(0)} ms (range ${sorted[0]!.toFixed(0)}–${sorted.at(-1)!.toFixed(0)}, ${runs} runs)`
);
