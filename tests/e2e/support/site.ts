/** Helpers about the built site: where it is and which pages it has. */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const BUILD_DIR = join(import.meta.dirname, '../../../build');

/** Fails early with a useful message when the site has not been built. */
export function requireBuild(dir = BUILD_DIR): string {
	if (!existsSync(join(dir, 'index.html'))) {
		throw new Error(`No built site in ${dir}. Run "npm run build" first (npm test does).`);
	}
	return dir;
}

const ROOT = join(import.meta.dirname, '../../..');

/**
 * A production build into `out` with extra environment (BASE_PATH, ACCEND_DATA_FOLDER…),
 * beside the usual build/, for tests and benches that need a site built another way.
 */
export function buildSite(out: string, env: Record<string, string> = {}) {
	execFileSync(
		'npx',
		['vite', 'build', '--config', '.config/vite.config.ts', '--logLevel', 'error'],
		{
			cwd: ROOT,
			// Vitest sets NODE_ENV=test, which would make Vite build in development mode.
			env: { ...process.env, NODE_ENV: 'production', BUILD_DIR: out, ...env },
			stdio: 'pipe'
		}
	);
	return out;
}

/** Every prerendered page as a site path with its trailing slash ("/levels/enhanced/"). */
export function listPages(dir = BUILD_DIR): string[] {
	const pages: string[] = [];
	const walk = (folder: string) => {
		for (const name of readdirSync(folder)) {
			const full = join(folder, name);
			if (statSync(full).isDirectory()) walk(full);
			else if (name === 'index.html') {
				const rel = relative(dir, folder).split(sep).join('/');
				pages.push(rel ? `/${rel}/` : '/');
			}
		}
	};
	walk(dir);
	return pages.sort();
}

/** WCAG 2.2 A and AA rules, as the project promises. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe violations on the page as short readable lines (empty when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
	const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
	return result.violations.map(
		(v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
}
