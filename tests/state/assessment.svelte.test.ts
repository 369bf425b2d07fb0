// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { assessmentDataOf, assessmentTextOf, descriptorsOf } from '../../src/lib/assessment/data';
import { rate } from '../../src/lib/assessment/edit';
import { createStore } from '../../src/lib/assessment/storage';
import { AssessmentState } from '../../src/lib/state/assessment.svelte';
import { deferredData, FETCH_FAILED } from '../../src/lib/state/deferred-data.svelte';
import { memoryStorage } from '../fixtures/memory-storage';
import { freshAssessments as fresh, miniText } from '../fixtures/assessment-state';
import { miniFramework } from '../fixtures/mini';

const data = assessmentDataOf(miniFramework());
const descriptors = descriptorsOf(miniFramework());

describe('AssessmentState', () => {
	test('creates, rates and saves; a new state reads the same back', () => {
		localStorage.clear();
		const store = createStore(() => localStorage);
		const book = new AssessmentState(data, store, undefined, miniText());
		book.load();
		book.create({ professionGroup: 'nursing', currentLevel: 'entry' });
		book.update((a) => rate(descriptors, a, 'comfort', 2));
		const again = new AssessmentState(data, store, undefined, miniText());
		again.load();
		expect(again.active?.ratings.comfort?.value).toBe(2);
		expect(again.list).toHaveLength(1);
	});

	test('importing a file from another framework version keeps both and says what changed', () => {
		localStorage.clear();
		const book = new AssessmentState(
			data,
			createStore(() => localStorage),
			undefined,
			miniText()
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
			createStore(() => localStorage),
			undefined,
			miniText()
		);
		book.create({ professionGroup: 'nursing', currentLevel: 'entry' });
		book.deleteAll();
		expect(book.list).toEqual([]);
		expect(Object.keys(localStorage)).toEqual([]);
	});
});

describe('AssessmentState verbs', () => {
	test('start opens step 1 in place, names the assessment for screen readers, and saves', () => {
		const { book, urls } = fresh();
		expect(book.start({ professionGroup: 'nursing', currentLevel: 'entry' }, '?x=1').ok).toBe(true);
		expect(book.step).toBe(1);
		expect(urls.replace).toEqual(['?x=1&step=1']);
		expect(book.announcement).toMatch(/^Assessment started: Entry to Middle, /);
		expect(book.steps.map((s) => s.domain.id)).toEqual(['care', 'evidence']);
		expect(book.saves).toBe(1);
	});

	test('rate and annotate change only the named capability; a note on an unrated one changes nothing', () => {
		const { book } = fresh();
		book.create({ professionGroup: 'nursing', currentLevel: 'entry' });
		book.rate('comfort', 2);
		book.annotate('comfort', { note: 'At supervision', evidence: ['https://example.org/log'] });
		book.annotate('appraise', { note: 'not rated yet' });
		expect(book.active?.ratings).toEqual({
			comfort: {
				value: 2,
				note: 'At supervision',
				evidence: ['https://example.org/log'],
				seenText: 'Gives comfort alone and plans it.'
			}
		});
		expect(book.profile.find((p) => p.domain.id === 'care')).toMatchObject({ rated: 1, total: 1 });
	});

	test('a note over its limit is refused with the reason, and the saved note stays', () => {
		const { book } = fresh();
		book.create({ professionGroup: 'nursing', currentLevel: 'entry' });
		book.rate('comfort', 1);
		book.annotate('comfort', { note: 'Kept' });
		const refused = book.annotate('comfort', { note: 'n'.repeat(5001) });
		expect(refused.ok).toBe(false);
		expect(book.problem).not.toBe('');
		expect(book.active?.ratings.comfort?.note).toBe('Kept');
	});

	test('the plan: add announces the count and returns the new id; edit and remove act on that item only', () => {
		const { book } = fresh();
		book.create({ professionGroup: 'nursing', currentLevel: 'entry' });
		const first = book.addToPlan('comfort');
		expect(book.announcement).toBe('Added to plan (1 item).');
		const second = book.addToPlan('appraise');
		expect(book.announcement).toBe('Added to plan (2 items).');
		expect(first).not.toBe(second);
		expect([...book.planned].sort()).toEqual(['appraise', 'comfort']);
		book.editPlanItem(second!, { action: 'Journal club', due: '2027-03-01' });
		expect(book.active?.plan.map((p) => [p.capability, p.action, p.due])).toEqual([
			['comfort', '', ''],
			['appraise', 'Journal club', '2027-03-01']
		]);
		book.removePlanItem(first!);
		expect(book.active?.plan.map((p) => p.id)).toEqual([second]);
		expect([...book.planned]).toEqual(['appraise']);
	});

	test('the plan refuses a change with nothing open, and says why', () => {
		const { book } = fresh();
		expect(book.addToPlan('comfort')).toBeNull();
		expect(book.editPlanItem('none', { action: 'x' })).toEqual({
			ok: false,
			message: 'That assessment is no longer here.'
		});
	});

	test('the step: the address wins; without one, the first step with something unrated is kept', () => {
		const { book, urls } = fresh();
		book.create({ professionGroup: 'nursing', currentLevel: 'entry' });
		book.rate('comfort', 3);
		book.readStep('');
		expect(book.step).toBe(2);
		// Rating the rest does not move the page on by itself.
		book.rate('appraise', 3);
		expect(book.step).toBe(2);
		book.readStep('?step=3');
		expect(book.step).toBe(3);
		book.readStep('?step=99');
		expect(book.step).toBe(3);
		book.goStep(1, '?step=3');
		expect(book.step).toBe(1);
		expect(urls.push).toEqual(['?step=1']);
	});

	test('opening another assessment shows its own first unrated step and lists the rest to compare with', () => {
		const { book } = fresh();
		book.create({ professionGroup: 'nursing', currentLevel: 'entry' });
		book.rate('comfort', 1);
		const first = book.activeId!;
		book.create({ professionGroup: 'nursing', currentLevel: 'entry' });
		book.rate('comfort', 3);
		book.rate('appraise', 3);
		book.open(first, '');
		expect(book.step).toBe(2);
		expect(book.others).toHaveLength(1);
		expect(book.earlier).toBeNull();
		book.compareWith = book.others[0]!.id;
		expect(book.earlier?.profile.find((p) => p.domain.id === 'care')?.mean).toBe(3);
		expect(book.profile.find((p) => p.domain.id === 'care')?.mean).toBe(1);
	});

	test('the CSV carries private notes only when asked', () => {
		const { book } = fresh();
		expect(book.csv(true)).toBeNull();
		book.create({ professionGroup: 'nursing', currentLevel: 'entry' });
		book.rate('comfort', 2);
		book.annotate('comfort', { note: 'Only mine' });
		expect(book.csv(false)).not.toContain('Only mine');
		expect(book.csv(true)).toContain('Only mine');
	});
});

describe('the descriptor text, fetched apart', () => {
	/** A state whose text arrives only when `online`, as a page's would. */
	function waiting() {
		let online = false;
		const text = deferredData(async () =>
			online
				? { ok: true as const, value: assessmentTextOf(miniFramework()) }
				: { ok: false as const, message: FETCH_FAILED }
		);
		const storage = memoryStorage();
		const book = new AssessmentState(
			data,
			createStore(() => storage),
			undefined,
			text
		);
		return { book, storage, goOnline: () => (online = true) };
	}

	test('starting and scoring work on ids; rating and the CSV wait for the words', async () => {
		const { book, goOnline } = waiting();
		book.load();
		expect(book.start({ professionGroup: 'nursing', currentLevel: 'entry' }, '').ok).toBe(true);
		expect(book.steps.map((s) => s.capabilities.map((c) => c.id))).toEqual([
			['comfort'],
			['appraise']
		]);
		expect(book.rate('comfort', 2)).toEqual({
			ok: false,
			message: expect.stringMatching(/not loaded/)
		});
		expect(book.csv(true)).toBeNull();
		expect(await book.loadText()).toBeNull();
		expect(book.text.failed).toBe(FETCH_FAILED);
		goOnline();
		expect(await book.loadText()).not.toBeNull();
		expect(book.rate('comfort', 2).ok).toBe(true);
		expect(book.active?.ratings.comfort?.seenText).toBe(descriptors.comfort?.middle);
		expect(book.csv(true)).toContain(descriptors.comfort?.middle);
	});

	test('rewording since a rating is told once the text has loaded, and goes once re-rated', async () => {
		const { book, goOnline } = waiting();
		book.load();
		book.create({ professionGroup: 'nursing', currentLevel: 'entry' });
		const a = book.active!;
		// Rated against words the framework no longer has.
		const old = { value: 2, note: '', evidence: [], seenText: 'Old words.' };
		book.list = [{ ...a, ratings: { comfort: old } }];
		expect(book.changes).toEqual([]);
		goOnline();
		await book.loadText();
		const same = { from: a.frameworkVersion, to: a.frameworkVersion, added: [], removed: [] };
		expect(book.changes).toEqual([{ ...same, reworded: ['comfort'], name: a.name }]);
		book.list = [
			{ ...a, ratings: { comfort: { ...old, seenText: descriptors.comfort!.middle! } } }
		];
		expect(book.changes).toEqual([]);
	});
});
