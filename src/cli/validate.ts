/**
 * npm run validate [folder]: checks a framework version folder (by default the
 * active one) and prints every problem, each with its file and JSON path.
 * Exits 1 when there is any problem, so CI and the build stop on bad data.
 */
import { join, resolve } from 'node:path';
import { assembleFramework } from '../lib/framework/assemble';
import { formatProblem } from '../lib/framework/problem';
import { activeFolder, DATA_DIR, readFrameworkFiles } from './read-framework';

const arg = process.argv[2];
const folder = arg ? resolve(arg) : join(DATA_DIR, activeFolder());
const result = assembleFramework(readFrameworkFiles(folder));

if (result.ok) {
	const fw = result.framework;
	console.log(
		`${folder}: valid. ${fw.levels.length} levels, ${fw.domains.length} domains, ` +
			`${fw.capabilities.length} capabilities, ${fw.roles.length} roles, ${fw.routes.length} routes, ` +
			`${fw.learningOffers.length} learning offers (version ${fw.meta.version}).`
	);
} else {
	console.error(`${folder}: ${result.problems.length} problem(s) to fix:`);
	for (const problem of result.problems) console.error(`  - ${formatProblem(problem)}`);
	process.exitCode = 1;
}
