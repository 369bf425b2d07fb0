/**
 * The framework a build is made from, as a Vite plugin: the virtual module
 * `virtual:framework-data` holds the text of every JSON file of one framework
 * folder. `import.meta.glob` is fixed when the code is written, so it could
 * only ever see framework-data/; this reads the folder the build is pointed at.
 *
 * Which folder, first match wins:
 * - FRAMEWORK_DIR: a path to any framework folder, absolute or from the project
 *   root (the browser tests build tests/fixtures/mini-framework this way);
 * - ACCEND_DATA_FOLDER: a version folder under framework-data/ (the 10× bench);
 * - the folder named in framework-data/active.json.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');
const DATA_DIR = join(ROOT, 'framework-data');
const ID = 'virtual:framework-data';
// The \0 prefix keeps other plugins from treating the id as a file on disk.
const RESOLVED_ID = `\0${ID}`;

/** The framework folder this build reads, as an absolute path, checked to exist. */
export function frameworkDir(env: NodeJS.ProcessEnv = process.env): string {
	let dir: string;
	if (env.FRAMEWORK_DIR) {
		dir = isAbsolute(env.FRAMEWORK_DIR) ? env.FRAMEWORK_DIR : join(ROOT, env.FRAMEWORK_DIR);
	} else {
		const folder =
			env.ACCEND_DATA_FOLDER ||
			(JSON.parse(readFileSync(join(DATA_DIR, 'active.json'), 'utf8')) as { folder?: unknown })
				.folder;
		if (typeof folder !== 'string' || !folder)
			throw new Error('framework-data/active.json must name the active "folder"');
		dir = join(DATA_DIR, folder);
	}
	if (!existsSync(dir) || !statSync(dir).isDirectory())
		throw new Error(`The framework folder ${dir} does not exist (check FRAMEWORK_DIR).`);
	return dir;
}

/** Serves the chosen framework folder's files to src/lib/server/framework.ts. */
export function frameworkData(): Plugin {
	const dir = frameworkDir();
	return {
		name: 'framework-data',
		resolveId: (id) => (id === ID ? RESOLVED_ID : undefined),
		load(id) {
			if (id !== RESOLVED_ID) return undefined;
			const files: Record<string, string> = {};
			for (const name of readdirSync(dir).sort()) {
				if (!name.endsWith('.json')) continue;
				const path = join(dir, name);
				// A change to the data reloads the dev server, as an imported file would.
				this.addWatchFile(path);
				files[name] = readFileSync(path, 'utf8');
			}
			const source = relative(ROOT, dir).split('\\').join('/');
			return `export const source = ${JSON.stringify(source)};\nexport const files = ${JSON.stringify(files)};\n`;
		}
	};
}
