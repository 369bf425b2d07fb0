/**
 * Turns the raw text of one framework version's files into a checked Framework,
 * or into the full list of problems that stop it. Pure: the caller reads the
 * files (from disk in the CLI, through Vite at build time).
 */
import { checkIntegrity } from './integrity';
import type { Problem } from './problem';
import { FRAMEWORK_FILES, type Framework, type FrameworkFileName } from './schema';
import type { z } from 'zod';

export type AssembleResult =
	| { ok: true; framework: Framework; problems: [] }
	| { ok: false; framework: null; problems: Problem[] };

type Parsed = { [K in FrameworkFileName]: z.infer<(typeof FRAMEWORK_FILES)[K]> };

/** Parse, validate and cross-check the files of one version (name → file text). */
export function assembleFramework(files: Readonly<Record<string, string>>): AssembleResult {
	const problems: Problem[] = [];
	const parsed: Partial<Record<FrameworkFileName, unknown>> = {};

	for (const [file, schema] of Object.entries(FRAMEWORK_FILES) as [
		FrameworkFileName,
		z.ZodType
	][]) {
		const raw = files[file];
		if (raw === undefined) {
			problems.push({ file, path: [], message: 'this file is missing from the framework folder' });
			continue;
		}
		let json: unknown;
		try {
			json = JSON.parse(raw);
		} catch (error) {
			const reason = error instanceof Error ? error.message : String(error);
			problems.push({ file, path: [], message: `is not valid JSON (${reason})` });
			continue;
		}
		const result = schema.safeParse(json);
		if (!result.success) {
			for (const issue of result.error.issues) {
				problems.push({
					file,
					path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
					message: issue.message
				});
			}
			continue;
		}
		parsed[file] = result.data;
	}
	if (problems.length) return { ok: false, framework: null, problems };

	const p = parsed as Parsed;
	const framework: Framework = {
		meta: p['framework.json'],
		levels: [...p['levels.json'].levels].sort((a, b) => a.order - b.order),
		domains: [...p['domains.json'].domains].sort((a, b) => a.number - b.number),
		capabilities: p['capabilities.json'].capabilities,
		roles: p['roles.json'].roles,
		routes: p['routes.json'].routes,
		knowledgeLevels: [...p['education.json'].knowledgeLevels].sort((a, b) => a.order - b.order),
		learningOffers: p['education.json'].learningOffers,
		externalFrameworks: p['mappings.json'].externalFrameworks,
		mappings: p['mappings.json'].mappings
	};
	// Integrity paths index the file as written, so check before anything is reordered.
	const unsorted: Framework = {
		...framework,
		levels: p['levels.json'].levels,
		domains: p['domains.json'].domains,
		knowledgeLevels: p['education.json'].knowledgeLevels
	};
	const integrity = checkIntegrity(unsorted);
	if (integrity.length) return { ok: false, framework: null, problems: integrity };
	return { ok: true, framework, problems: [] };
}
