/**
 * Rules the whole source keeps, checked by reading it: nothing a person typed
 * or imported can become markup, and nothing reaches for another origin.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const SRC = join(import.meta.dirname, '../src');
const files: string[] = [];
const walk = (path: string) => {
	if (statSync(path).isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
	else if (/\.(svelte|ts|html)$/.test(path)) files.push(path);
};
walk(SRC);
const offending = (pattern: RegExp) =>
	files.filter((f) => pattern.test(readFileSync(f, 'utf8'))).map((f) => relative(SRC, f));

describe('the source', () => {
	test('has files to check', () => {
		expect(files.length).toBeGreaterThan(50);
	});

	test('never renders raw HTML ({@html}, innerHTML, insertAdjacentHTML)', () => {
		expect(offending(/\{@html|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML/)).toEqual([]);
	});

	test('never evaluates strings as code', () => {
		expect(offending(/\beval\(|new Function\(/)).toEqual([]);
	});

	test('takes zod only from src/lib/zod.ts, which switches off its code generation', () => {
		expect(offending(/^import \{[^}]*\} from 'zod'/m)).toEqual(['lib/zod.ts']);
	});

	test('keeps the spaces around visually hidden text outside its span, where Svelte cannot trim them', () => {
		// Svelte trims an element's edge whitespace: "Delete<span> name</span>" reaches the DOM as "Deletename".
		expect(offending(/visually-hidden">\s|visually-hidden">[^<{]*\s<\/span>/)).toEqual([]);
	});

	test('names no other origin to load from (fonts, scripts, analytics)', () => {
		// Links a person follows are fine; anything the page would fetch by itself is not.
		expect(
			offending(/(src|href)=["']https?:\/\/|@import\s+url\(["']?https?:|fetch\(["']https?:/)
		).toEqual([]);
	});

	test('names the framework only through its data: no literal "ACCEND" in components or pages', () => {
		// A build from another framework must not say ACCEND; the name comes from framework.json
		// through $lib/site-name. A page copy module (copy.ts, *-copy.ts) may hold wording.
		const inUi = (f: string) =>
			/^(lib\/components|routes)\//.test(f) && !/(^|[/-])copy\.ts$/.test(f);
		expect(offending(/ACCEND/).filter(inUi)).toEqual([]);
	});
});
