/**
 * The framework the site is built from, read through Vite at build time. Which
 * folder is chosen in .config/framework-data.ts (framework-data/active.json
 * unless FRAMEWORK_DIR points elsewhere). Bad data throws here, so prerendering
 * (and therefore the build) fails with the same problems that `npm run validate`
 * prints. Server-only: validation code never ships to the browser.
 */
import { files, source } from 'virtual:framework-data';
import { assembleFramework } from '$lib/framework/assemble';
import { formatProblem } from '$lib/framework/problem';
import type { Framework } from '$lib/framework/schema';

let cached: Framework | null = null;

/** The framework this build is made from, checked once per build. */
export function getFramework(): Framework {
	if (cached) return cached;
	const result = assembleFramework(files);
	if (!result.ok) {
		const list = result.problems.map((p) => `  - ${formatProblem(p)}`).join('\n');
		throw new Error(`${source} has ${result.problems.length} problem(s):\n${list}`);
	}
	cached = result.framework;
	return cached;
}
