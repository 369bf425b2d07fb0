/**
 * Trimming nhsuk-frontend's stylesheet to what this site uses, at build time.
 * nhsuk-frontend styles every variant of every component (cards in six
 * colours, the header's search and organisation logos…); this site uses a
 * fraction. A selector is dropped only when it names an nhsuk-* class that
 * appears nowhere in the site's source, so nothing the site can render loses
 * its style. Classes inside :not(), :is(), :where() and :has() never cause a
 * drop, since an unused class there does not stop the selector matching.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, Root } from 'postcss';

const NHSUK_CLASS = /nhsuk-[a-z0-9_-]+/g;
/** Functional pseudo-classes whose arguments say nothing about whether an element matches. */
const PSEUDO_ARGUMENT = /:(?:not|is|where|has)\((?:[^()]|\([^()]*\))*\)/g;
const SOURCE_FILE = /\.(svelte|ts|js|html)$/;

/** Every nhsuk-* class named anywhere in the files under `folders` (files may be listed too). */
export function usedNhsukClasses(folders: string[]): Set<string> {
	const used = new Set<string>();
	const walk = (path: string) => {
		if (statSync(path).isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
		else if (SOURCE_FILE.test(path))
			for (const m of readFileSync(path, 'utf8').matchAll(NHSUK_CLASS)) used.add(m[0]);
	};
	folders.forEach(walk);
	return used;
}

/** Whether a selector can match given the classes in use: ".nhsuk-card--care .x" → false. */
export function selectorIsUsed(selector: string, used: ReadonlySet<string>): boolean {
	const outside = selector.replace(PSEUDO_ARGUMENT, '');
	for (const m of outside.matchAll(/\.(nhsuk-[a-z0-9_-]+)/g)) if (!used.has(m[1]!)) return false;
	return true;
}

/** Drop unused selectors from a parsed stylesheet, and rules and at-rules left empty. */
export function pruneRoot(root: Root, used: ReadonlySet<string>) {
	root.walkRules((rule) => {
		// Keyframe steps ("from", "50%") are not selectors.
		if (rule.parent?.type === 'atrule' && /keyframes$/.test((rule.parent as { name: string }).name))
			return;
		const kept = rule.selectors.filter((s) => selectorIsUsed(s, used));
		if (!kept.length) rule.remove();
		else if (kept.length !== rule.selectors.length) rule.selectors = kept;
	});
	root.walkAtRules((at) => {
		if (at.nodes && at.nodes.length === 0) at.remove();
	});
}

/** The PostCSS plugin, for Vite's css.postcss. `folders` are scanned once, when the build starts. */
export function pruneUnusedNhsuk(folders: string[]): Plugin {
	let used: Set<string> | null = null;
	return {
		postcssPlugin: 'prune-unused-nhsuk',
		Once(root) {
			used ??= usedNhsukClasses(folders);
			pruneRoot(root, used);
		}
	};
}
