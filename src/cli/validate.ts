/**
 * npm run validate [folder] [--report]: checks a framework version folder (by
 * default the active one) and prints every problem, each with its file and JSON
 * path. Exits 1 when there is any problem, so CI and the build stop on bad data.
 * With --report it also prints how many records of each file are confirmed,
 * inferred and working.
 */
import { join, resolve } from 'node:path';
import { assembleFramework } from '../lib/framework/assemble';
import { formatProblem } from '../lib/framework/problem';
import { countProvenance, formatProvenanceReport } from '../lib/framework/provenance';
import { activeFolder, DATA_DIR, readFrameworkFiles } from './read-framework';

const REPORT_FLAG = '--report';
const args = process.argv.slice(2);
const report = args.includes(REPORT_FLAG);
const arg = args.find((a) => a !== REPORT_FLAG);
const folder = arg ? resolve(arg) : join(DATA_DIR, activeFolder());
const result = assembleFramework(readFrameworkFiles(folder));

if (result.ok) {
	const fw = result.framework;
	console.log(
		`${folder}: valid. ${fw.levels.length} levels, ${fw.domains.length} domains, ` +
			`${fw.capabilities.length} capabilities, ${fw.roles.length} roles, ${fw.routes.length} routes, ` +
			`${fw.learningOffers.length} learning offers (version ${fw.meta.version}).`
	);
	if (report) {
		console.log('\nProvenance: records by file and status');
		for (const line of formatProvenanceReport(countProvenance(fw))) console.log(`  ${line}`);
	}
} else {
	console.error(`${folder}: ${result.problems.length} problem(s) to fix:`);
	for (const problem of result.problems) console.error(`  - ${formatProblem(problem)}`);
	process.exitCode = 1;
}
