// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/svelte';
import { expect, test } from 'vitest';
import ContentsList from '../../../src/lib/components/site/ContentsList.svelte';

test('links each section by its id, in order, under a named navigation', () => {
	render(ContentsList, {
		items: [
			{ id: 'level-supportive', label: 'Supportive' },
			{ id: 'level-assistive', label: 'Assistive' }
		]
	});
	const nav = screen.getByRole('navigation', { name: 'Contents' });
	const links = within(nav).getAllByRole('link');
	expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
		['Supportive', '#level-supportive'],
		['Assistive', '#level-assistive']
	]);
});

test('takes another title, and draws nothing for an empty list', () => {
	const { unmount } = render(ContentsList, {
		items: [{ id: 'a', label: 'A' }],
		title: 'On this page'
	});
	expect(screen.getByRole('navigation', { name: 'On this page' })).toBeTruthy();
	unmount();
	render(ContentsList, { items: [] });
	expect(screen.queryByRole('navigation')).toBeNull();
});
