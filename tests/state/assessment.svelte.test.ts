// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { assessmentDataOf } from '../../src/lib/assessment/data';
import { rate } from '../../src/lib/assessment/edit';
import { createStore } from '../../src/lib/assessment/storage';
import { AssessmentState } from '../../src/lib/state/assessment.svelte';
import { miniFramework } from '../fixtures/mini';

const data = assessmentDataOf(miniFramework());

describe('AssessmentState', () => {
	test('creates, rates and saves; a new state reads the same back', () => {
		localStorage.clear();
		const store = createStore(() => localStorage);
		const book = new AssessmentState(data, store);
		book.load();
		book.create({ professionGroup: 'nursing', currentLevel: 'entry' });
		book.update((a) => rate(data, a, 'comfort', 2));
		const again = new AssessmentState(data, store);
		again.load();
		expect(again.active?.ratings.comfort?.value).toBe(2);
		expect(again.list).toHaveLength(1);
	});

	test('importing a file from another framework version keeps both and says what changed', () => {
		localStorage.clear();
		const book = new AssessmentState(
			data,
			createStore(() => localStorage)
		);
		book.load();
		book.create({ professionGroup: 'nursing', currentLevel: 'entry' });
		const old = { ...book.active!, id: 'old', name: 'Last year', frameworkVersion: '0.0.0-old' };
		book.bringInFile([old], 'keep');
		expect(book.list).toHaveLength(2);
		expect(book.changes).toEqual([
			expect.objectContaining({ name: 'Last year', from: '0.0.0-old', to: '0.0.1-test' })
		]);
		expect(book.list.every((a) => a.frameworkVersion === '0.0.1-test')).toBe(true);
		expect(new Set(book.list.map((a) => a.id)).size).toBe(2);
	});

	test('delete all empties the list and the browser storage', () => {
		localStorage.clear();
		const book = new AssessmentState(
			data,
			createStore(() => localStorage)
		);
		book.create({ professionGroup: 'nursing', currentLevel: 'entry' });
		book.deleteAll();
		expect(book.list).toEqual([]);
		expect(Object.keys(localStorage)).toEqual([]);
	});
});
