// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import { expect, test } from 'vitest';
import FactRow from '../../../src/lib/components/records/FactRow.svelte';

const fact = {
	status: 'inferred' as const,
	sources: ['https://example.org/bands'],
	evidence: 'Job adverts for this post name the band.'
};

test('names the fact and its value, with a tag where it is less sure than its record', () => {
	render(FactRow, {
		label: 'Typical NHS pay band',
		value: 'Band 7',
		fact,
		recordStatus: 'confirmed',
		note: 'Usual convention for this post.',
		subject: 'this pay band'
	});
	expect(screen.getByRole('term').textContent).toBe('Typical NHS pay band');
	const value = screen.getByRole('definition');
	expect(value.textContent).toContain('Band 7');
	expect(value.textContent).toContain('Usual convention for this post.');
	expect(screen.getByRole('link', { name: /Inferred/ })).toBeTruthy();
	expect(screen.getByText('Where this pay band comes from')).toBeTruthy();
});

test('no tag when the fact is as sure as its record, and no note unless given', () => {
	const { container } = render(FactRow, {
		label: 'Career Framework level',
		value: 'Level 6',
		fact,
		recordStatus: 'inferred',
		subject: 'this Career Framework level'
	});
	expect(screen.queryByRole('link', { name: /Status/ })).toBeNull();
	// The only paragraphs are the provenance's own, inside its details.
	const dd = container.querySelector('dd')!;
	expect([...dd.children].map((c) => c.tagName)).toEqual(['DETAILS']);
	expect(screen.getByText('Where this Career Framework level comes from')).toBeTruthy();
});
