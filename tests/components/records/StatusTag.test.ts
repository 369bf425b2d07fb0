// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import { expect, test } from 'vitest';
import StatusTag from '../../../src/lib/components/records/StatusTag.svelte';

test.each([
	['confirmed', /^Status:\s*Confirmed$/],
	['inferred', /^Status:\s*Inferred$/],
	['working', /^Status:\s*Working text$/]
] as const)('a %s tag links to its explanation', (status, name) => {
	render(StatusTag, { status });
	expect(screen.getByRole('link', { name }).getAttribute('href')).toBe(`/about/data/#${status}`);
});

test('without explain it is plain text, not a link', () => {
	render(StatusTag, { status: 'working', explain: false });
	expect(screen.queryByRole('link')).toBeNull();
	expect(screen.getByText('Working text')).toBeTruthy();
});
