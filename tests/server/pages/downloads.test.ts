import { describe, expect, test } from 'vitest';
import { downloadFilesOf, downloadsPageOf } from '../../../src/lib/server/pages/downloads';
import { miniFramework } from '../../fixtures/mini';

const fw = miniFramework();

describe('downloads', () => {
	test('every file the page lists can be made, and nothing else', () => {
		const page = downloadsPageOf(fw);
		const files = downloadFilesOf(fw);
		expect([...files.keys()].sort()).toEqual([page.json, ...page.tables.map((t) => t.file)].sort());
		for (const name of files.keys()) expect(name).toContain(fw.meta.version);
	});

	test('the JSON file is the framework stamped with its version', async () => {
		const page = downloadsPageOf(fw);
		const response = downloadFilesOf(fw).get(page.json)!();
		expect(response.headers.get('content-type')).toMatch(/application\/json/);
		const body = await response.json();
		expect(body.framework_version).toBe(fw.meta.version);
		expect(body.levels).toHaveLength(fw.levels.length);
	});

	test('each CSV has a header row and as many rows as the page says', async () => {
		const page = downloadsPageOf(fw);
		const files = downloadFilesOf(fw);
		for (const t of page.tables) {
			const text = await files.get(t.file)!().text();
			const lines = text.trimEnd().split(/\r?\n/);
			expect(lines[0]).toContain(t.columns[0]!.name);
			expect(lines.length).toBeGreaterThanOrEqual(t.rows + 1);
		}
	});
});
