// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import { expect, test } from 'vitest';
import Provenance from '../../../src/lib/components/records/Provenance.svelte';

test('keeps the evidence and sources closed until asked for, then links each source', () => {
	const { container } = render(Provenance, {
		sources: ['https://www.example.org/cancer/levels/', 'https://example.net/news?id=4'],
		evidence: 'Both pages place the role at this level.',
		subject: 'this role'
	});
	const details = container.querySelector('details');
	expect(details?.open).toBe(false);
	expect(details?.querySelector('summary')?.textContent).toBe('Where this role comes from');
	expect(screen.getByText('Both pages place the role at this level.')).toBeTruthy();
	expect(screen.getByText('Sources:')).toBeTruthy();
	const links = screen.getAllByRole('link', { hidden: true });
	expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
		['example.org/cancer/levels', 'https://www.example.org/cancer/levels/'],
		['example.net/news?id=4', 'https://example.net/news?id=4']
	]);
});

test('a single source is called a source, and a note without sources still shows', () => {
	render(Provenance, { sources: ['https://example.org/a'], subject: 'this offer' });
	expect(screen.getByText('Source:')).toBeTruthy();
	const { container } = render(Provenance, { sources: [], evidence: 'Read across two pages.' });
	expect(container.textContent).toContain('Where this comes from');
	expect(container.querySelector('a')).toBeNull();
});

test('shows nothing for a record with neither sources nor evidence', () => {
	const { container } = render(Provenance, { sources: [] });
	expect(container.querySelector('details')).toBeNull();
	expect(container.textContent!.trim()).toBe('');
});
