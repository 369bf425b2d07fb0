// @vitest-environment jsdom
/**
 * Two tabs are two states over one localStorage. Every change lands on the newest saved copy,
 * so neither tab's work overwrites the other's; "Delete all" in one is respected by the other.
 */
import { describe, expect, test } from 'vitest';
import { assessmentDataOf, descriptorsOf } from '../../src/lib/assessment/data';
import { annotate, rate } from '../../src/lib/assessment/edit';
import { createStore, STORAGE_KEY } from '../../src/lib/assessment/storage';
import { AssessmentState } from '../../src/lib/state/assessment.svelte';
import { miniText } from '../fixtures/assessment-state';
import { memoryStorage } from '../fixtures/memory-storage';
import { miniFramework } from '../fixtures/mini';

const data = assessmentDataOf(miniFramework());
const descriptors = descriptorsOf(miniFramework());

function twoTabs() {
	const s = memoryStorage();
	const a = new AssessmentState(
		data,
		createStore(() => s),
		undefined,
		miniText()
	);
	a.load();
	a.create({ professionGroup: 'nursing', currentLevel: 'entry' });
	const b = new AssessmentState(
		data,
		createStore(() => s),
		undefined,
		miniText()
	);
	b.load();
	return { s, a, b };
}

describe('two tabs on one assessment', () => {
	test('A rates and notes one capability, B then rates another: both are kept', () => {
		const { s, a, b } = twoTabs();
		a.update((x) =>
			annotate(rate(descriptors, x, 'comfort', 2), 'comfort', { note: 'From tab A' })
		);
		b.update((x) => rate(descriptors, x, 'appraise', 1));
		const again = new AssessmentState(
			data,
			createStore(() => s),
			undefined,
			miniText()
		);
		again.load();
		expect(again.active?.ratings.comfort).toMatchObject({ value: 2, note: 'From tab A' });
		expect(again.active?.ratings.appraise?.value).toBe(1);
	});

	test('A starts a second assessment, B changes the first: both assessments are kept', () => {
		const { a, b } = twoTabs();
		a.create({ professionGroup: 'nursing', currentLevel: 'middle' });
		b.update((x) => rate(descriptors, x, 'comfort', 3));
		expect(b.list).toHaveLength(2);
		a.sync();
		expect(a.list).toHaveLength(2);
		expect(a.list[0]?.ratings.comfort?.value).toBe(3);
	});

	test('"Delete all" in A: a click in B does not bring anything back', () => {
		const { s, a, b } = twoTabs();
		a.update((x) => annotate(rate(descriptors, x, 'comfort', 2), 'comfort', { note: 'private' }));
		a.deleteAll();
		const result = b.update((x) => rate(descriptors, x, 'appraise', 1));
		expect(result.ok).toBe(false);
		expect(b.list).toEqual([]);
		expect(s.getItem(STORAGE_KEY)).toBeNull();
	});

	test('the storage event from another tab empties this one after "Delete all", and says so', () => {
		const { a, b } = twoTabs();
		const stop = b.listen(window);
		a.deleteAll();
		window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: null }));
		expect(b.list).toEqual([]);
		expect(b.notice).toMatch(/deleted in another tab/);
		stop();
	});
});
