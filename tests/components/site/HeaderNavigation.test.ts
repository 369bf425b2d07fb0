// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/svelte';
import { expect, test, vi } from 'vitest';
import HeaderNavigation from '../../../src/lib/components/site/HeaderNavigation.svelte';

// jsdom lays nothing out: sizes stay 0, as in a browser before the first measurement.
vi.stubGlobal(
	'ResizeObserver',
	class {
		observe() {}
		unobserve() {}
		disconnect() {}
	}
);

const items = [
	{ label: 'Levels', href: '/levels/', current: false },
	{ label: 'Roles', href: '/roles/', current: true },
	{ label: 'About', href: '/about/', current: false }
];

test('before anything is measured every link is in the list and More is hidden', () => {
	render(HeaderNavigation, { items });
	const nav = screen.getByRole('navigation', { name: 'Main' });
	expect(
		within(nav)
			.getAllByRole('link')
			.map((a) => a.textContent)
	).toEqual(['Levels', 'Roles', 'About']);
	expect(within(nav).queryByRole('button', { name: /More/ })).toBeNull();
});

test('marks the current section for assistive technology and without colour', () => {
	render(HeaderNavigation, { items });
	const current = screen.getByRole('link', { name: 'Roles' });
	expect(current.getAttribute('aria-current')).toBe('page');
	expect(current.querySelector('strong')).not.toBeNull();
	expect(screen.getByRole('link', { name: 'Levels' }).getAttribute('aria-current')).toBeNull();
});
