// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import SearchBox from '../../../src/lib/components/search/SearchBox.svelte';
import { createSearchRecords } from '../../../src/lib/search/records';
import { createSearcher } from '../../../src/lib/search/search';
import { miniFramework } from '../../fixtures/mini';

// The index is fetched from the site on first use; here it is the mini framework's, built in memory.
const searcher = createSearcher(createSearchRecords(miniFramework()), {
	equivalents: [['registered nurse', 'RN']]
});
const loads = vi.hoisted(() => ({
	fail: false,
	/** When set, the index is still on its way until the test calls it. */
	held: null as null | Promise<void>
}));
vi.mock('$lib/search/client', () => ({
	loadSearcher: async () => {
		if (loads.held) await loads.held;
		if (loads.fail) throw new Error('offline');
		return searcher;
	}
}));
const goto = vi.hoisted(() => vi.fn());
vi.mock('$app/navigation', () => ({ goto }));

const box = () => screen.getByRole('combobox', { name: 'Search the framework' });
const options = () => screen.queryAllByRole('option');
const type = async (text: string) => {
	await fireEvent.input(box(), { target: { value: text } });
};
const press = (key: string) => fireEvent.keyDown(box(), { key });

beforeEach(() => {
	loads.fail = false;
	loads.held = null;
	goto.mockClear();
});

describe('the header search box', () => {
	test('typing shows results grouped by kind, and the box says it is expanded', async () => {
		render(SearchBox);
		await type('nurse');
		await waitFor(() => expect(options().length).toBeGreaterThan(0));
		expect(options().map((o) => o.textContent)).toEqual(
			expect.arrayContaining([expect.stringContaining('Lead Nurse')])
		);
		expect(screen.getByRole('group', { name: 'Roles' })).toBeTruthy();
		expect(box().getAttribute('aria-expanded')).toBe('true');
		expect(screen.getByRole('status').textContent).toMatch(/\d+ results?, grouped by kind/);
	});

	test('one letter is not a search yet', async () => {
		render(SearchBox);
		await type('n');
		await new Promise((r) => setTimeout(r, 20));
		expect(options()).toHaveLength(0);
		expect(box().getAttribute('aria-expanded')).toBe('false');
	});

	test('arrow keys move through the results and wrap round', async () => {
		render(SearchBox);
		await type('nurse');
		await waitFor(() => expect(options().length).toBeGreaterThan(1));
		const count = options().length;
		await press('ArrowDown');
		expect(box().getAttribute('aria-activedescendant')).toBe('search-option-0');
		expect(options()[0]!.getAttribute('aria-selected')).toBe('true');
		await press('ArrowDown');
		expect(box().getAttribute('aria-activedescendant')).toBe('search-option-1');
		await press('ArrowUp');
		await press('ArrowUp');
		expect(box().getAttribute('aria-activedescendant')).toBe(`search-option-${count - 1}`);
	});

	test('Enter opens the chosen result’s page', async () => {
		render(SearchBox);
		await type('lead nurse');
		await waitFor(() => expect(options().length).toBeGreaterThan(0));
		await press('ArrowDown');
		const chosen = document.getElementById('search-option-0')!.textContent ?? '';
		await press('Enter');
		expect(goto).toHaveBeenCalledTimes(1);
		expect(chosen).toContain('Lead Nurse');
		expect(goto.mock.calls[0]![0]).toBe('/roles/lead-nurse/');
		expect(box().getAttribute('aria-expanded')).toBe('false');
	});

	test('Enter with nothing chosen leaves the form to go to the results page', async () => {
		render(SearchBox);
		await type('nurse');
		await waitFor(() => expect(options().length).toBeGreaterThan(0));
		await press('Enter');
		expect(goto).not.toHaveBeenCalled();
		expect(box().closest('form')!.getAttribute('action')).toBe('/search/');
	});

	test('Escape closes the results, and a second Escape clears the box', async () => {
		render(SearchBox);
		await type('nurse');
		await waitFor(() => expect(box().getAttribute('aria-expanded')).toBe('true'));
		await press('Escape');
		expect(box().getAttribute('aria-expanded')).toBe('false');
		expect((box() as HTMLInputElement).value).toBe('nurse');
		await press('Escape');
		expect((box() as HTMLInputElement).value).toBe('');
	});

	test('a search still waiting for the index does not reopen a list closed with Escape', async () => {
		render(SearchBox);
		await type('nur');
		await waitFor(() => expect(options().length).toBeGreaterThan(0));
		let arrive = () => {};
		loads.held = new Promise((resolve) => (arrive = resolve));
		await type('nurse');
		await press('Escape');
		expect((box() as HTMLInputElement).value).toBe('nurse');
		arrive();
		await new Promise((r) => setTimeout(r, 20));
		expect(options()).toHaveLength(0);
		expect(box().getAttribute('aria-expanded')).toBe('false');
		// The next keystroke searches again as usual.
		loads.held = null;
		await type('nurses');
		await waitFor(() => expect(options().length).toBeGreaterThan(0));
	});

	test('nothing found gives advice rather than an empty list', async () => {
		render(SearchBox);
		await type('xqzzy');
		await waitFor(() => expect(screen.getByText('Check the spelling.')).toBeTruthy());
		expect(screen.getByRole('status').textContent).toMatch(/No results for “xqzzy”/);
		expect(options()).toHaveLength(0);
	});

	test('when the index cannot load, it says so and points to the results page', async () => {
		loads.fail = true;
		render(SearchBox);
		await type('nurse');
		await waitFor(() =>
			expect(screen.getByRole('status').textContent).toBe(
				'Search could not load. Try again, or use the results page.'
			)
		);
		expect(options()).toHaveLength(0);
	});

	test('the slash key from anywhere on the page puts focus in the box', async () => {
		render(SearchBox);
		await fireEvent.keyDown(document.body, { key: '/' });
		expect(document.activeElement).toBe(box());
	});
});
