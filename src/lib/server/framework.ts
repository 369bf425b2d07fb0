/**
 * The active framework, read through Vite at build time. Bad data throws here,
 * so prerendering (and therefore the build) fails with the same problems that
 * `npm run validate` prints. Server-only: validation code never ships to the browser.
 */
import { assembleFramework } from '$lib/framework/assemble';
import { formatProblem } from '$lib/framework/problem';
import type { Framework } from '$lib/framework/schema';

const files = import.meta.glob('/framework-data/*/*.json', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

const active = import.meta.glob('/framework-data/active.json', {
	import: 'default',
	eager: true
}) as Record<string, { folder?: string }>;

let cached: Framework | null = null;

/** The framework named in framework-data/active.json, checked once per build. */
export function getFramework(): Framework {
	if (cached) return cached;
	// ACCEND_DATA_FOLDER builds from another version folder without editing active.json
	// (benchmarks use it for a generated framework; an organisation can try its own data).
	const folder = process.env.ACCEND_DATA_FOLDER || active['/framework-data/active.json']?.folder;
	if (!folder) throw new Error('framework-data/active.json must name the active "folder"');
	const prefix = `/framework-data/${folder}/`;
	const mine: Record<string, string> = {};
	for (const [path, text] of Object.entries(files)) {
		if (path.startsWith(prefix)) mine[path.slice(prefix.length)] = text;
	}
	const result = assembleFramework(mine);
	if (!result.ok) {
		const list = result.problems.map((p) => `  - ${formatProblem(p)}`).join('\n');
		throw new Error(`framework-data/${folder} has ${result.problems.length} problem(s):\n${list}`);
	}
	cached = result.framework;
	return cached;
}
