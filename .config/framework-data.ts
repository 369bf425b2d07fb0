/**
 * The framework a build is made from, as a Vite plugin: the virtual module
 * `virtual:framework-data` holds the text of every JSON file of one framework
 * folder (server-side: the build checks and assembles it), and
 * `virtual:framework-identity` only its id, short name and version, small
 * enough for browser code (page wording, storage keys, file names).
 * `import.meta.glob` is fixed when the code is written, so it could only ever
 * see framework-data/; this reads the folder the build is pointed at.
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
const DATA_ID = 'virtual:framework-data';
const IDENTITY_ID = 'virtual:framework-identity';
// The \0 prefix keeps other plugins from treating the id as a file on disk.
const resolved = (id: string) => `\0${id}`;

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

/** The id, short name and version in a framework folder's framework.json, checked to be there. */
export function frameworkIdentity(dir: string): { id: string; shortName: string; version: string } {
	const meta = JSON.parse(readFileSync(join(dir, 'framework.json'), 'utf8')) as Record<
		string,
		unknown
	>;
	const identity = { id: meta.id, shortName: meta.shortName, version: meta.version };
	for (const [key, value] of Object.entries(identity))
		if (typeof value !== 'string' || !value.trim())
			throw new Error(`${join(dir, 'framework.json')} must give the framework's "${key}"`);
	return identity as { id: string; shortName: string; version: string };
}

/** Serves the chosen framework folder's files to the build (see the top of this file). */
export function frameworkData(): Plugin {
	const dir = frameworkDir();
	return {
		name: 'framework-data',
		resolveId: (id) => (id === DATA_ID || id === IDENTITY_ID ? resolved(id) : undefined),
		load(id) {
			if (id === resolved(IDENTITY_ID)) {
				this.addWatchFile(join(dir, 'framework.json'));
				return `export default ${JSON.stringify(frameworkIdentity(dir))};\n`;
			}
			if (id !== resolved(DATA_ID)) return undefined;
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
