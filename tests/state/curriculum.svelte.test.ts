// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { linkOutcome } from '../../src/lib/curriculum/edit';
import { createCurriculumStore, CURRICULUM_STORAGE_KEY } from '../../src/lib/curriculum/storage';
import { CurriculumState } from '../../src/lib/state/curriculum.svelte';
import { memoryStorage } from '../fixtures/memory-storage';
import { miniCurriculum, miniData } from '../curriculum/mini';

describe('CurriculumState', () => {
	test('creates, changes (stamped) and saves; a new state reads it back', () => {
		const s = memoryStorage();
		const book = new CurriculumState(
			miniData,
			createCurriculumStore(() => s)
		);
		book.load();
		book.create({ name: 'MSc Cancer Care', levels: ['top'] });
		book.update((c) => ({ ...c, modules: miniCurriculum().modules }));
		book.update((c) => linkOutcome(c, 'o3', { capability: 'comfort', level: 'top' }));
		const again = new CurriculumState(
			miniData,
			createCurriculumStore(() => s)
		);
		again.load();
		expect(again.active?.name).toBe('MSc Cancer Care');
		expect(again.active?.revision).toBe(3);
		expect(again.active?.modules[0]?.outcomes[2]?.links).toEqual([
			{ capability: 'comfort', level: 'top' }
		]);
	});

	test('a full store keeps the change on screen and says so', () => {
		const book = new CurriculumState(
			miniData,
			createCurriculumStore(() => memoryStorage(true))
		);
		book.load();
		book.create({ name: 'Kept on screen' });
		expect(book.active?.name).toBe('Kept on screen');
		expect(book.problem).toMatch(/full/);
	});

	test('an unreadable saved curriculum is set aside alone, named, and the others stay', () => {
		const s = memoryStorage();
		const good = miniCurriculum();
		s.setItem(
			CURRICULUM_STORAGE_KEY,
			JSON.stringify({ formatVersion: 1, curricula: [good, { id: 'x', name: 'Broken one' }] })
		);
		const book = new CurriculumState(
			miniData,
			createCurriculumStore(() => s)
		);
		book.load();
		expect(book.list).toEqual([good]);
		expect(book.unread).toEqual([
			{ name: '“Broken one”', why: expect.stringMatching(/^set aside: /) }
		]);
		expect(book.problem).toBe('');
		const keys = [...Array(s.length).keys()].map((i) => s.key(i) ?? '');
		expect(keys.some((k) => k.startsWith(`${CURRICULUM_STORAGE_KEY}:unreadable`))).toBe(true);
		expect(book.setAsideFile()).toContain('Broken one');
	});

	test('501 modules or an outcome over the limit is refused with a message, and nothing is written', () => {
		const s = memoryStorage();
		const book = new CurriculumState(
			miniData,
			createCurriculumStore(() => s)
		);
		book.create({ name: 'Big' });
		const before = s.getItem(CURRICULUM_STORAGE_KEY);
		const modules = Array.from({ length: 501 }, (_, i) => ({
			id: `m${i}`,
			code: '',
			title: `M${i}`,
			outcomes: []
		}));
		const result = book.update((c) => ({ ...c, modules }));
		expect(result).toEqual({
			ok: false,
			message: 'The list of modules can hold at most 500, so that change was not saved.'
		});
		expect(s.getItem(CURRICULUM_STORAGE_KEY)).toBe(before);
		expect(book.active?.modules).toEqual([]);
	});

	test('suggestions come from the framework it was given', () => {
		const book = new CurriculumState(
			miniData,
			createCurriculumStore(() => null)
		);
		expect(book.suggester.suggest('Gives comfort to a patient')[0]?.capability).toBe('comfort');
	});
});
