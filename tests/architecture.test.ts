/**
 * The import rules of ARCHITECTURE.md, read from the source files' import lines: pure logic
 * (framework, layout, the tools' logic, search, persistence) never reaches up into components or
 * routes, and layout's geometry imports no tool. A break names the file and the import.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const LIB = join(ROOT, 'src', 'lib');

/** Every module specifier a source file imports: static, type-only, re-exported, side-effect or dynamic. */
function importsOf(source: string): string[] {
	const found: string[] = [];
	const patterns = [
		/^\s*(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/gm,
		/^\s*import\s*['"]([^'"]+)['"]/gm,
		/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g
	];
	for (const pattern of patterns) for (const m of source.matchAll(pattern)) found.push(m[1]!);
	return found;
}

/**
 * The part of the code a file or import belongs to: "layout", "components", "routes"… for
 * src/lib's folders and src/routes; null for packages, SvelteKit's $app, and top-level modules.
 */
function partOf(specifier: string, importer: string): string | null {
	let path: string;
	if (specifier.startsWith('$lib/')) path = join(LIB, specifier.slice('$lib/'.length));
	else if (specifier.startsWith('.')) path = join(dirname(importer), specifier);
	else return null;
	const inSrc = relative(join(ROOT, 'src'), path).split(sep);
	if (inSrc[0] === 'routes') return 'routes';
	if (inSrc[0] === 'lib' && inSrc.length > 2) return inSrc[1]!;
	return null;
}

/** The tools: self-assessment and curriculum mapping, and the state classes that drive their pages. */
const TOOLS = ['assessment', 'curriculum', 'state'];
const UI = ['components', 'routes'];

/** Which parts each part may not import, as ARCHITECTURE.md sets out. */
const FORBIDDEN: Record<string, string[]> = {
	layout: [...UI, ...TOOLS],
	framework: [...UI, ...TOOLS],
	assessment: UI,
	curriculum: UI,
	search: UI,
	persistence: UI
};

const sourceFiles = (folder: string): string[] =>
	readdirSync(folder, { recursive: true, encoding: 'utf8' })
		.filter((f) => /\.(ts|js|svelte)$/.test(f))
		.map((f) => join(folder, f));

/** "src/lib/layout/x.ts imports $lib/state/y (state)" for each import that breaks a rule. */
function breaches(part: string, forbidden: readonly string[]): string[] {
	return sourceFiles(join(LIB, part)).flatMap((file) =>
		importsOf(readFileSync(file, 'utf8'))
			.map((specifier) => ({ specifier, to: partOf(specifier, file) }))
			.filter(({ to }) => to !== null && forbidden.includes(to))
			.map(({ specifier, to }) => `${relative(ROOT, file)} imports ${specifier} (${to})`)
	);
}

describe('reading import lines', () => {
	test.each([
		["import { a } from './a';", ['./a']],
		["import type { B } from '$lib/b';", ['$lib/b']],
		["import {\n\ta,\n\ttype B\n} from '../c';", ['../c']],
		["export { d } from './d';", ['./d']],
		["import './e.css';", ['./e.css']],
		["const f = () => import('$lib/f');", ['$lib/f']],
		['\timport G from "$lib/components/G.svelte";', ['$lib/components/G.svelte']],
		['// Nothing here is imported.\nconst x = 1;', []]
	])('%j → %j', (source, expected) => {
		expect(importsOf(source)).toEqual(expected);
	});

	const here = join(LIB, 'layout', 'pathway.ts');
	test.each([
		['$lib/components/pathway/PathwayMap.svelte', 'components'],
		['../state/pathway.svelte', 'state'],
		['./text-width', 'layout'],
		['../../routes/+layout.svelte', 'routes'],
		['../links', null],
		['d3-scale', null],
		['$app/paths', null]
	])('from src/lib/layout, %s is in %s', (specifier, part) => {
		expect(partOf(specifier, here)).toBe(part);
	});
});

describe.each(Object.entries(FORBIDDEN))('%s', (part, forbidden) => {
	test(`imports none of: ${forbidden.join(', ')}`, () => {
		expect(sourceFiles(join(LIB, part)).length).toBeGreaterThan(0);
		expect(breaches(part, forbidden)).toEqual([]);
	});
});
