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
		book.create({ name: 'MSc Cancer Care', level: 'top' });
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

	test('damaged saved curricula are set aside, not lost, and the message says so', () => {
		const s = memoryStorage();
		s.setItem(CURRICULUM_STORAGE_KEY, '{"formatVersion":1,"curricula":[{"id":1}]}');
		const book = new CurriculumState(
			miniData,
			createCurriculumStore(() => s)
		);
		book.load();
		expect(book.problem).toMatch(/Saved curricula .* set aside/);
		const keys = [...Array(s.length).keys()].map((i) => s.key(i) ?? '');
		expect(keys.some((k) => k.startsWith(`${CURRICULUM_STORAGE_KEY}:unreadable`))).toBe(true);
	});

	test('suggestions come from the framework it was given', () => {
		const book = new CurriculumState(
			miniData,
			createCurriculumStore(() => null)
		);
		expect(book.suggester.suggest('Gives comfort to a patient')[0]?.capability).toBe('comfort');
	});
});
