// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/svelte';
import { expect, test } from 'vitest';
import Breadcrumbs from '../../../src/lib/components/site/Breadcrumbs.svelte';

test('lists the trail as links and offers a back link to the parent', () => {
	render(Breadcrumbs, {
		trail: [
			{ label: 'Home', path: '/' },
			{ label: 'Levels', path: '/levels/' }
		]
	});
	const nav = screen.getByRole('navigation', { name: 'Breadcrumb' });
	const items = within(nav).getAllByRole('listitem');
	expect(items.map((li) => li.textContent)).toEqual(['Home', 'Levels']);
	expect(within(nav).getByRole('link', { name: 'Levels' }).getAttribute('href')).toBe('/levels/');
	expect(
		within(nav)
			.getByRole('link', { name: /^Back to\s*Levels$/ })
			.getAttribute('href')
	).toBe('/levels/');
});
