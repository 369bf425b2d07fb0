/**
 * Curricula saved or exported before programmes could declare several levels
 * (format 1, one optional `level`) open as format 2 with `levels`.
 */
import { describe, expect, test } from 'vitest';
import { createCurriculumStore } from '../../src/lib/curriculum/storage';
import { curriculumKind, upgradeFromV1 } from '../../src/lib/curriculum/model';
import { readSavedFile } from '../../src/lib/persistence/saved-kind';
import { memoryStorage } from '../fixtures/memory-storage';
import { miniData } from './mini';

/** A curriculum as format 1 wrote it: one level, or '' for none. */
const oldRecord = (id: string, level: string) => ({
	id,
	name: `Old ${id}`,
	provider: 'A university',
	level,
	createdAt: '2026-10-01T09:00:00.000Z',
	updatedAt: '2026-10-02T09:00:00.000Z',
	revision: 4,
	frameworkVersion: miniData.frameworkVersion,
	modules: [
		{
			id: 'm1',
			code: 'NUR7001',
			title: 'Leading care',
			outcomes: [{ id: 'o1', code: 'LO1', text: 'Gives comfort', links: [], rejected: [] }]
		}
	]
});

const oldFile = JSON.stringify({
	format: curriculumKind.format,
	formatVersion: 1,
	exportedAt: '2026-10-02T09:00:00.000Z',
	frameworkId: miniData.frameworkId,
	frameworkVersion: miniData.frameworkVersion,
	curricula: [oldRecord('c1', 'middle'), oldRecord('c2', '')]
});

let n = 0;
const makeId = () => `new-${++n}`;

describe('curricula from format 1', () => {
	test('an exported file with the old single level imports with that level declared', () => {
		const read = readSavedFile(curriculumKind, oldFile, miniData.frameworkId, makeId);
		expect(read.ok).toBe(true);
		if (!read.ok) return;
		expect(read.value.setAside).toEqual([]);
		const byId = new Map(read.value.kept.map((c) => [c.id, c]));
		expect(byId.get('c1')?.levels).toEqual(['middle']);
		expect(byId.get('c2')?.levels).toEqual([]);
		expect(byId.get('c1')).not.toHaveProperty('level');
		// Nothing else changes on the way up.
		expect(byId.get('c1')?.modules[0]?.outcomes[0]?.text).toBe('Gives comfort');
		expect(byId.get('c1')?.revision).toBe(4);
	});

	test('a list saved in the browser by format 1 loads upgraded, and is saved as format 2', () => {
		const s = memoryStorage();
		s.setItem(
			curriculumKind.storageKey,
			JSON.stringify({ formatVersion: 1, curricula: [oldRecord('c1', 'top')] })
		);
		const store = createCurriculumStore(() => s);
		const loaded = store.load(makeId);
		expect(loaded.setAside).toEqual([]);
		expect(loaded.kept.map((c) => c.levels)).toEqual([['top']]);
		expect(store.write(loaded.kept).ok).toBe(true);
		const saved = JSON.parse(s.getItem(curriculumKind.storageKey) ?? '');
		expect(saved.formatVersion).toBe(2);
		expect(saved.curricula[0].levels).toEqual(['top']);
	});

	test('a record that already has levels, or is not an object, passes through unchanged', () => {
		expect(upgradeFromV1({ id: 'x', levels: ['top'], level: 'entry' })).toEqual({
			id: 'x',
			levels: ['top']
		});
		expect(upgradeFromV1('junk')).toBe('junk');
		expect(upgradeFromV1(null)).toBe(null);
	});
});
