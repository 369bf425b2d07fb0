import { z } from 'zod';
import { describe, expect, test } from 'vitest';
import { createLocalStore, setAsideKey } from '../../src/lib/persistence/local-store';
import { memoryStorage } from '../fixtures/memory-storage';

const options = {
	key: 'test:things',
	formatVersion: 1,
	noun: 'things',
	field: 'things',
	whatIsLost: 'your things',
	item: z.object({ id: z.string(), n: z.number() })
};

describe('createLocalStore', () => {
	test('reads data saved under the named field, so earlier saves stay readable', () => {
		const s = memoryStorage();
		s.setItem('test:things', JSON.stringify({ formatVersion: 1, things: [{ id: 'a', n: 1 }] }));
		expect(createLocalStore(options, () => s).read()).toEqual({
			ok: true,
			value: [{ id: 'a', n: 1 }]
		});
	});

	test('writes under the named field and reads back', () => {
		const s = memoryStorage();
		const store = createLocalStore(options, () => s);
		expect(store.write([{ id: 'b', n: 2 }]).ok).toBe(true);
		expect(JSON.parse(s.getItem('test:things') ?? '')).toEqual({
			formatVersion: 1,
			things: [{ id: 'b', n: 2 }]
		});
	});

	test('data of the wrong shape is set aside with the store’s noun in the message', () => {
		const s = memoryStorage();
		s.setItem('test:things', JSON.stringify({ formatVersion: 1, things: [{ id: 3 }] }));
		const read = createLocalStore(options, () => s).read();
		expect(read).toEqual({
			ok: false,
			message: expect.stringMatching(/Saved things .* set aside/)
		});
		expect(s.getItem('test:things')).toBeNull();
		const aside = [...Array(s.length).keys()]
			.map((i) => s.key(i) ?? '')
			.find((k) => k.startsWith(setAsideKey('test:things')));
		expect(aside).toBeDefined();
	});

	test('clear removes only this store’s keys, not another store’s', () => {
		const s = memoryStorage();
		s.setItem('test:things', '{}');
		s.setItem('test:things:unreadable:1', 'x');
		s.setItem('test:thingsmore', 'keep');
		s.setItem('test:other', 'keep');
		expect(createLocalStore(options, () => s).clear().ok).toBe(true);
		expect(s.getItem('test:things')).toBeNull();
		expect(s.getItem('test:things:unreadable:1')).toBeNull();
		expect(s.getItem('test:thingsmore')).toBe('keep');
		expect(s.getItem('test:other')).toBe('keep');
	});
});
