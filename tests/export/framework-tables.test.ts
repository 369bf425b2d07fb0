import { describe, expect, test } from 'vitest';
import { downloadName, FRAMEWORK_TABLES } from '../../src/lib/export/framework-tables';
import { miniFramework } from '../fixtures/mini';

const fw = miniFramework();

describe.each(FRAMEWORK_TABLES.map((t) => [t.name, t] as const))('the %s table', (_name, table) => {
	test('every row has one cell per documented column, starting with the version', () => {
		const rows = table.rows(fw);
		expect(rows.length).toBeGreaterThan(0);
		for (const row of rows) {
			expect(row).toHaveLength(table.columns.length);
			expect(row[0]).toBe('0.0.1-test');
		}
		expect(table.columns[0]?.name).toBe('framework_version');
		for (const c of table.columns) expect(c.description.length).toBeGreaterThan(5);
	});
});

test('capabilities are one row per capability and level, with the note where it does not apply', () => {
	const table = FRAMEWORK_TABLES.find((t) => t.name === 'capabilities');
	const rows = table?.rows(fw) ?? [];
	expect(rows).toHaveLength(fw.capabilities.length * fw.levels.length);
	expect(rows).toContainEqual([
		'0.0.1-test',
		'appraise',
		'T2.1',
		'evidence',
		'Appraising evidence',
		'entry',
		'no',
		'Starts at Middle.',
		'working'
	]);
});

test('download names carry the framework short name and version and are safe file names', () => {
	expect(downloadName(fw, 'roles', 'csv')).toBe('mini-0.0.1-test-roles.csv');
	expect(downloadName({ ...fw, meta: { ...fw.meta, version: '2 / beta' } }, 'all', 'json')).toBe(
		'mini-2---beta-all.json'
	);
	// The shipped framework's files keep the names people already have.
	const accend = { ...fw, meta: { ...fw.meta, shortName: 'ACCEND', version: '2023.1-working.2' } };
	expect(downloadName(accend, 'roles', 'csv')).toBe('accend-2023.1-working.2-roles.csv');
});

test('tables with sources also carry the evidence note, empty where a record has none', () => {
	for (const table of FRAMEWORK_TABLES.filter((t) => t.columns.some((c) => c.name === 'sources'))) {
		const names = table.columns.map((c) => c.name);
		expect(names.indexOf('evidence'), table.name).toBe(names.indexOf('sources') + 1);
	}
	const routes = FRAMEWORK_TABLES.find((t) => t.name === 'routes');
	const names = routes?.columns.map((c) => c.name) ?? [];
	const rows = routes?.rows(fw) ?? [];
	const noted = fw.routes.findIndex((r) => r.evidence);
	expect(noted).toBeGreaterThanOrEqual(0);
	expect(rows[noted]?.[names.indexOf('evidence')]).toBe(fw.routes[noted]?.evidence);
	const bare = fw.routes.findIndex((r) => !r.evidence);
	expect(rows[bare]?.[names.indexOf('evidence')]).toBe('');
});
