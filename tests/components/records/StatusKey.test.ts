// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import { expect, test } from 'vitest';
import StatusKey from '../../../src/lib/components/records/StatusKey.svelte';

test('explains each status on the page once, in a fixed order, and links to the full account', () => {
	const { container } = render(StatusKey, {
		statuses: ['working', 'confirmed', 'working'],
		records: 'roles'
	});
	const text = container.textContent!.replace(/\s+/g, ' ');
	expect(text).toMatch(/^How sure we are of these roles: Status: Confirmed a public page/);
	expect(text.match(/Status:/g)).toHaveLength(2);
	expect(text.indexOf('Confirmed')).toBeLessThan(text.indexOf('Working text'));
	expect(text).not.toMatch(/Inferred/);
	expect(screen.getByRole('link', { name: 'What the statuses mean' }).getAttribute('href')).toBe(
		'/about/data/'
	);
});

test('says nothing when the page shows no statuses', () => {
	const { container } = render(StatusKey, { statuses: [], records: 'roles' });
	expect(container.textContent!.trim()).toBe('');
});
