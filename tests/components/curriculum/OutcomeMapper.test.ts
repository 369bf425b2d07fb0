// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, test } from 'vitest';
import OutcomeMapper from '../../../src/lib/components/curriculum/OutcomeMapper.svelte';
import { addModules } from '../../../src/lib/curriculum/edit';
import { openCurriculum } from './curriculum-state';

const SACT = 'Safely administer systemic anti-cancer therapy and manage its side effects';
const NEWS = 'Share difficult news with patients and their families with compassion';

/** A Registration curriculum with two outcomes, the mapper open on the first. */
function mount() {
	const { book, context } = openCurriculum({ name: 'BSc Cancer Care', levels: ['registration'] });
	const outcome = (id: string, text: string) => ({ id, code: id, text, links: [], rejected: [] });
	book.update((c) =>
		addModules(c, [
			{
				id: 'm1',
				code: 'ONC201',
				title: 'Treatments',
				outcomes: [outcome('LO1', SACT), outcome('LO2', NEWS)]
			}
		])
	);
	// Live props, as the page passes them: the outcome open for mapping.
	const props = {
		get outcome() {
			return book.mapping!.outcome;
		},
		get moduleTitle() {
			return book.mapping!.module.title;
		}
	};
	render(OutcomeMapper, { props, context });
	return book;
}
const links = (book: ReturnType<typeof mount>, i = 0) => book.outcomes[i]!.outcome;
const mappedTo = () =>
	screen.getByRole('heading', { name: 'Mapped to' }).nextElementSibling as HTMLElement;

/** Long enough for the suggestion engine's module to load on a busy machine. */
const LOADED = { timeout: 10_000 };

describe('OutcomeMapper', () => {
	test('accepting the top suggestion links it, lists it and says so; Remove takes it off', async () => {
		const book = mount();
		expect(screen.getByRole('heading', { level: 3 }).textContent).toContain(`LO1: ${SACT}`);
		expect(screen.getByText('Treatments · outcome 1 of 2')).toBeTruthy();
		expect(screen.getByText('Nothing yet.')).toBeTruthy();
		// The suggestion engine is fetched when mapping starts, and the mapper says so meanwhile.
		expect(screen.getByText('Loading suggestions…')).toBeTruthy();
		const accept = (await screen.findAllByRole('button', { name: /^Accept W3\.3/ }, LOADED))[0]!;
		await fireEvent.click(accept);

		expect(links(book).links).toEqual([{ capability: 'sact-care', level: 'registration' }]);
		const item = within(mappedTo()).getByRole('listitem');
		expect(item.textContent).toMatch(/^W3\.3 Systemic anti-cancer therapy at Registration/);
		expect(screen.getByRole('status').textContent).toMatch(
			/^Mapped to W3\.3 Systemic anti-cancer therapy at Registration\.$/
		);
		// The accepted card leaves the suggestions.
		expect(screen.queryByRole('button', { name: /^Accept W3\.3/ })).toBeNull();

		await fireEvent.click(within(item).getByRole('button', { name: /^Remove/ }));
		expect(links(book).links).toEqual([]);
		expect(screen.getByText('Nothing yet.')).toBeTruthy();
	});

	test('turning a suggestion down removes it and keeps it from coming back', async () => {
		const book = mount();
		const first = (await screen.findAllByRole('button', { name: /^Not this one/ }, LOADED))[0]!;
		const code = first.textContent!.match(/W\d\.\d/)![0];
		await fireEvent.click(first);
		expect(links(book).rejected).toHaveLength(1);
		expect(screen.getByRole('status').textContent).toMatch(
			/turned down; it will not be suggested again\.$/
		);
		expect(
			screen.queryAllByRole('button', { name: new RegExp(`^Accept ${code.replace('.', '\\.')}`) })
		).toEqual([]);
	});

	test('Next and Previous move through the outcomes, wrapping round', async () => {
		const book = mount();
		await fireEvent.click(screen.getByRole('button', { name: 'Next outcome' }));
		expect(screen.getByRole('heading', { level: 3 }).textContent).toContain(`LO2: ${NEWS}`);
		expect(book.mapping?.outcome.id).toBe('LO2');
		await fireEvent.click(screen.getByRole('button', { name: 'Next outcome' }));
		expect(book.mapping?.outcome.id).toBe('LO1');
		await fireEvent.click(screen.getByRole('button', { name: 'Previous outcome' }));
		expect(screen.getByText('Treatments · outcome 2 of 2')).toBeTruthy();
	});
});
