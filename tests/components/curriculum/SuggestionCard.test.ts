// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, test, vi } from 'vitest';
import SuggestionCard from '../../../src/lib/components/curriculum/SuggestionCard.svelte';

const levels = [
	{ id: 'entry', name: 'Entry' },
	{ id: 'middle', name: 'Middle' },
	{ id: 'top', name: 'Top' }
];
const capability = {
	id: 'comfort',
	code: 'T1.1',
	title: 'Giving comfort',
	levels: ['middle', 'top']
};
const descriptors = { middle: 'Gives comfort alone.', top: 'Leads how a team gives comfort.' };
const props = (over = {}) => ({
	capability,
	descriptors,
	domain: 'Caring',
	levels,
	strength: 'strong' as const,
	matched: ['comfort', 'team'],
	level: 'middle',
	levelReason: '',
	onaccept: vi.fn(),
	onreject: vi.fn(),
	...over
});

describe('SuggestionCard', () => {
	test('the strength comes from the suggestion, and a level reason shows only when given', () => {
		const { unmount } = render(SuggestionCard, props({ strength: 'good' }));
		expect(screen.getByText('Good match')).toBeTruthy();
		expect(screen.queryByText(/nearest level/)).toBeNull();
		unmount();
		render(
			SuggestionCard,
			props({
				strength: 'other',
				levelReason:
					'Not at Enhanced: this capability does not apply there, so Middle, the nearest level where it does.'
			})
		);
		expect(screen.getByText('Possible match')).toBeTruthy();
		expect(screen.getByText(/^Not at Enhanced: .* nearest level where it does\.$/)).toBeTruthy();
	});

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
		render(SuggestionCard, props({ strength: null, matched: [], onreject: undefined }));
		expect(screen.queryByText(/match$/)).toBeNull();
		expect(screen.queryByRole('button', { name: /^Not this one/ })).toBeNull();
	});
});
