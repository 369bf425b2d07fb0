// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import { expect, test } from 'vitest';
import SearchAdvice from '../../../src/lib/components/search/SearchAdvice.svelte';

test('names the query as text and offers spelling, fewer words and places to browse', () => {
	render(SearchAdvice, { query: '<b>xqz</b>' });
	expect(screen.getByText('No results for “<b>xqz</b>”.')).toBeTruthy();
	expect(screen.getByText('Check the spelling.')).toBeTruthy();
	expect(screen.getByText(/Try fewer words/)).toBeTruthy();
	for (const [name, href] of [
		['roles', '/roles/'],
		['levels', '/levels/'],
		['capability domains', '/domains/']
	])
		expect(screen.getByRole('link', { name }).getAttribute('href')).toBe(href);
});
