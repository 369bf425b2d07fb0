/** Node-side reading of framework-data/: which version is active, and its files. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const DATA_DIR = resolve(import.meta.dirname, '../../framework-data');

/** The folder named in framework-data/active.json, or the one given. */
export function activeFolder(dataDir = DATA_DIR): string {
	const active = JSON.parse(readFileSync(join(dataDir, 'active.json'), 'utf8')) as {
		folder?: unknown;
	};
	if (typeof active.folder !== 'string')
		throw new Error('framework-data/active.json must name a "folder"');
	return active.folder;
}

/** Every .json file of a version folder, by file name. */
export function readFrameworkFiles(folder: string): Record<string, string> {
	const files: Record<string, string> = {};
	for (const name of readdirSync(folder)) {
		if (name.endsWith('.json')) files[name] = readFileSync(join(folder, name), 'utf8');
	}
	return files;
}
