/**
 * The self-assessment's share verbs over real share links (node, where the streams that compress
 * a link exist): make a link, open it in another browser, save a copy or put it away, and follow
 * links pasted into the address while on the page.
 */
import { describe, expect, test } from 'vitest';
import { createStore } from '../../src/lib/assessment/storage';
import { AssessmentState } from '../../src/lib/state/assessment.svelte';
import {
	assessmentData as data,
	fakeWindow,
	freshAssessments as fresh,
	miniText
} from '../fixtures/assessment-state';

describe('AssessmentState share links', () => {
	test('a share link opens read-only in another browser; saving a copy keeps every rating and the plan', async () => {
		const { book } = fresh();
		book.create({ professionGroup: 'nursing', currentLevel: 'entry' });
		book.rate('comfort', 2);
		book.annotate('comfort', { note: 'Private' });
		const item = book.addToPlan('appraise')!;
		book.editPlanItem(item, { action: 'Journal club' });
		const link = await book.shareLink('https://example.org/self-assessment/', false);
		expect(link).toMatch(/^https:\/\/example\.org\/self-assessment\/#a1\.[\w-]+$/);

		const other = fresh();
		await other.book.openShare(link.slice(link.indexOf('#')));
		expect(other.book.shared?.r).toEqual([['comfort', 2]]);
		expect(other.book.list).toEqual([]);
		expect(other.book.closeShared(true, '/self-assessment/').ok).toBe(true);
		expect(other.book.shared).toBeNull();
		expect(other.urls.replace).toEqual([`/self-assessment/?step=${other.book.steps.length + 1}`]);
		expect(other.book.active?.name).toMatch(/ \(shared copy\)$/);
		expect(other.book.active?.ratings.comfort).toMatchObject({ value: 2, note: '' });
		expect(other.book.active?.plan.map((p) => p.action)).toEqual(['Journal club']);
		expect(other.book.announcement).toBe(`Saved a copy: ${other.book.active?.name}.`);
		// It opens on the summary the person was reading, not on the first rating step.
		expect(other.book.step).toBe(other.book.steps.length + 1);
	});

	test('notes travel in a share link only when chosen', async () => {
		const { book } = fresh();
		book.create({ professionGroup: 'nursing', currentLevel: 'entry' });
		book.rate('comfort', 2);
		book.annotate('comfort', { note: 'Private' });
		const other = fresh().book;
		const link = await book.shareLink('/s/', true);
		await other.openShare(link.slice(link.indexOf('#')));
		expect(other.shared?.r).toEqual([['comfort', 2, 'Private']]);
	});

	test('putting a shared card away saves nothing; a damaged link is named and nothing changes', async () => {
		const { book, urls } = fresh();
		book.create({ professionGroup: 'nursing', currentLevel: 'entry' });
		const link = await book.shareLink('/s/', false);
		const other = fresh();
		await other.book.openShare(link.slice(link.indexOf('#')));
		other.book.closeShared(false, '/s/');
		expect(other.book.list).toEqual([]);
		expect(other.urls.replace).toEqual(['/s/']);
		const cut = await book.openShare(link.slice(link.indexOf('#'), -12));
		expect(cut.ok).toBe(false);
		expect(book.shareProblem).toMatch(/damaged or incomplete/);
		expect(book.shared).toBeNull();
		expect(urls.replace).toEqual([]);
	});

	test('attach reads the saved list, the step and a share link, follows hash changes, and stops when asked', async () => {
		const { book, storage } = fresh();
		book.create({ professionGroup: 'nursing', currentLevel: 'entry' });
		const link = await book.shareLink('', false);
		const fragment = link.slice(link.indexOf('#'));
		const page = new AssessmentState(
			data,
			createStore(() => storage),
			undefined,
			miniText()
		);
		const win = fakeWindow('?step=2', '#maincontent', ['maincontent']);
		const stop = page.attach(win);
		expect(page.list).toHaveLength(1);
		expect(page.step).toBe(2);
		await Promise.resolve();
		// A jump to a part of the page is not a share link.
		expect([page.shared, page.shareProblem]).toEqual([null, '']);
		win.location.hash = fragment;
		win.dispatchEvent(new Event('hashchange'));
		await expect.poll(() => page.shared?.g).toBe('nursing');
		win.location.search = '?step=1';
		win.dispatchEvent(new Event('popstate'));
		expect(page.step).toBe(1);
		stop();
		win.location.search = '?step=3';
		win.dispatchEvent(new Event('popstate'));
		expect(page.step).toBe(1);
	});
});
