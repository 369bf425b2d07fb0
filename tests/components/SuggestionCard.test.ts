// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, test, vi } from 'vitest';
import SuggestionCard from '../../src/lib/components/SuggestionCard.svelte';

const levels = [
	{ id: 'entry', name: 'Entry' },
	{ id: 'middle', name: 'Middle' },
	{ id: 'top', name: 'Top' }
];
const capability = {
	id: 'comfort',
	code: 'T1.1',
	title: 'Giving comfort',
	descriptors: {
		entry: null,
		middle: 'Gives comfort alone.',
		top: 'Leads how a team gives comfort.'
	}
};
const props = (over = {}) => ({
	capability,
	domain: 'Caring',
	levels,
	relevance: 0.8,
	matched: ['comfort', 'team'],
	level: 'middle',
	levelReason: 'Fits: the programme’s level',
	onaccept: vi.fn(),
	onreject: vi.fn(),
	...over
});

describe('SuggestionCard', () => {
	test('says why: the matched words, the strength and the fitting level’s descriptor', () => {
		render(SuggestionCard, props());
		expect(screen.getByText('comfort, team')).toBeTruthy();
		expect(screen.getByText('Strong match')).toBeTruthy();
		expect(screen.getByText('Gives comfort alone.')).toBeTruthy();
		expect(screen.getByRole('link', { name: 'T1.1 Giving comfort' }).getAttribute('href')).toBe(
			'/capabilities/comfort/'
		);
	});

	test('offers only levels where the capability applies, and accepts at the level chosen', async () => {
		const p = props();
		render(SuggestionCard, p);
		const select = screen.getByLabelText('Level for Giving comfort') as HTMLSelectElement;
		expect([...select.options].map((o) => o.value)).toEqual(['middle', 'top']);
		await fireEvent.change(select, { target: { value: 'top' } });
		expect(screen.getByText('Leads how a team gives comfort.')).toBeTruthy();
		await fireEvent.click(screen.getByRole('button', { name: 'Accept T1.1 Giving comfort' }));
		expect(p.onaccept).toHaveBeenCalledWith('top');
	});

	test('can be turned down; a search result has no strength and cannot be', async () => {
		const p = props();
		const { unmount } = render(SuggestionCard, p);
		await fireEvent.click(screen.getByRole('button', { name: /^Not this one/ }));
		expect(p.onreject).toHaveBeenCalledOnce();
		unmount();
		render(SuggestionCard, props({ relevance: null, matched: [], onreject: undefined }));
		expect(screen.queryByText(/match$/)).toBeNull();
		expect(screen.queryByRole('button', { name: /^Not this one/ })).toBeNull();
	});
});
