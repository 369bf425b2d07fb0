import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { createLocalStore, setAsideKey } from '../../src/lib/persistence/local-store';
import type { SavedKind } from '../../src/lib/persistence/saved-kind';
import { memoryStorage } from '../fixtures/memory-storage';

const thing = z.object({
	id: z.string().min(1),
	name: z.string().min(1).max(10),
	updatedAt: z.string(),
	note: z.string().max(5).default('')
});
type Thing = z.infer<typeof thing>;
const kind: SavedKind<Thing> = {
	format: 'test-things',
	formatVersion: 1,
	field: 'things',
	storageKey: 'test:things',
	noun: { one: 'thing', many: 'things' },
	whatIsLost: 'your things',
	record: thing,
	maxRecords: 10,
	maxFileBytes: 1000,
	labels: { note: 'A note', name: 'The name' },
	fileHint: 'Choose a things file.'
};
const t = (id: string, extra: Partial<Thing> = {}): Thing => ({
	id,
	name: `T ${id}`,
	updatedAt: '2026-01-01T00:00:00Z',
	note: '',
	...extra
});
const keysOf = (s: Storage) => [...Array(s.length).keys()].map((i) => s.key(i) ?? '');
const ids = () => {
	let n = 0;
	return () => `new-${++n}`;
};

describe('createLocalStore', () => {
	test('writes under the named field and loads it back', () => {
		const s = memoryStorage();
		const store = createLocalStore(kind, () => s);
		expect(store.write([t('b')]).ok).toBe(true);
		expect(JSON.parse(s.getItem('test:things') ?? '')).toEqual({
			formatVersion: 1,
			things: [t('b')]
		});
		expect(store.load(ids()).kept).toEqual([t('b')]);
	});

	test('a record over a limit is never written, and the message names the limit', () => {
		const s = memoryStorage();
		const store = createLocalStore(kind, () => s);
		store.write([t('a')]);
		expect(store.write([t('a'), t('b', { note: 'too long' })])).toEqual({
			ok: false,
			message: 'A note must be 5 characters or fewer, so that change was not saved.'
		});
		expect(store.load(ids()).kept).toEqual([t('a')]);
	});

	test('one bad record is set aside alone, named and why; one over-long note is cut, its original kept', () => {
		const s = memoryStorage();
		s.setItem(
			'test:things',
			JSON.stringify({
				formatVersion: 1,
				things: [t('a'), { id: 'b', name: '' }, t('c', { note: 'far too long' })]
			})
		);
		const loaded = createLocalStore(kind, () => s).load(ids());
		expect(loaded.kept.map((x) => x.id)).toEqual(['a', 'c']);
		expect(loaded.kept[1]?.note).toBe('far t');
		expect(loaded.setAside).toEqual([
			{ name: 'thing number 2', why: 'the name must not be empty', raw: { id: 'b', name: '' } }
		]);
		expect(loaded.repaired).toEqual([
			expect.objectContaining({
				name: '“T c”',
				what: 'A note must be 5 characters or fewer: the rest was cut'
			})
		]);
		const aside = keysOf(s).find((k) => k.startsWith(setAsideKey('test:things')));
		const kept = JSON.parse(s.getItem(aside ?? '') ?? '');
		expect(kept.things).toEqual([{ id: 'b', name: '' }, t('c', { note: 'far too long' })]);
		expect(loaded.problem).toBe('');
	});

	test('two records with one id: both kept, the second gets a new id', () => {
		const s = memoryStorage();
		s.setItem('test:things', JSON.stringify({ formatVersion: 1, things: [t('a'), t('a')] }));
		const loaded = createLocalStore(kind, () => s).load(ids());
		expect(loaded.kept.map((x) => x.id)).toEqual(['a', 'new-1']);
		expect(loaded.renumbered).toEqual(['“T a”']);
	});

	test('with no room to set aside, the store refuses to write until released (nothing overwritten)', () => {
		let full = false;
		const inner = memoryStorage();
		const s = {
			...inner,
			get length() {
				return inner.length;
			},
			key: (i: number) => inner.key(i),
			getItem: (k: string) => inner.getItem(k),
			removeItem: (k: string) => inner.removeItem(k),
			setItem: (k: string, v: string) => {
				if (full) throw new DOMException('full', 'QuotaExceededError');
				inner.setItem(k, v);
			}
		} as Storage;
		const raw = JSON.stringify({ formatVersion: 1, things: [t('a'), { id: 'b', name: 9 }] });
		s.setItem('test:things', raw);
		full = true;
		const store = createLocalStore(kind, () => s);
		const loaded = store.load(ids());
		expect(loaded.kept.map((x) => x.id)).toEqual(['a']);
		expect(loaded.problem).toMatch(/nothing new is saved until you download them/);
		expect(store.blocked).toBe(true);
		full = false;
		expect(store.write([t('new')]).ok).toBe(false);
		expect(s.getItem('test:things')).toBe(raw);
		expect(store.setAside()).toEqual([{ key: 'test:things', text: raw }]);
		store.release();
		expect(store.write([t('new')]).ok).toBe(true);
	});

	test('clear removes only this store’s keys, not another store’s', () => {
		const s = memoryStorage();
		s.setItem('test:things', '{}');
		s.setItem('test:things:unreadable:1', 'x');
		s.setItem('test:thingsmore', 'keep');
		s.setItem('test:other', 'keep');
		expect(createLocalStore(kind, () => s).clear().ok).toBe(true);
		expect(s.getItem('test:things')).toBeNull();
		expect(s.getItem('test:things:unreadable:1')).toBeNull();
		expect(s.getItem('test:thingsmore')).toBe('keep');
		expect(s.getItem('test:other')).toBe('keep');
	});
});
