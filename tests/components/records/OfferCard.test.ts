// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import { expect, test } from 'vitest';
import OfferCard from '../../../src/lib/components/records/OfferCard.svelte';

const offer = {
	id: 'passport',
	title: 'Competency passport',
	provider: 'A nursing society',
	format: 'Assessed in practice',
	summary: 'Skills signed off at work.',
	url: null,
	category: false,
	status: 'confirmed' as const,
	sources: ['https://example.org/passport'],
	evidence: 'The society describes the passport and who it is for.',
	levelNames: ['Registration', 'Enhanced'],
	professionNames: [],
	capabilityLinks: [
		{ id: 'sact-care', title: 'Safe SACT care' },
		{ id: 'acute-oncology', title: 'Acute oncology' }
	]
};

test('lists what it serves with a space after each comma, and says why there is no link', () => {
	const { container } = render(OfferCard, { offer });
	const text = container.textContent!.replace(/\s+/g, ' ');
	expect(text).toContain('Serves: Safe SACT care, Acute oncology');
	expect(text).toContain('A nursing society, Assessed in practice');
	expect(text).toContain('For: every profession');
	expect(screen.getByText(/No public page is known/)).toBeTruthy();
	expect(screen.getByRole('link', { name: 'Acute oncology' }).getAttribute('href')).toBe(
		'/capabilities/acute-oncology/'
	);
});

test('says where the offer comes from on demand', () => {
	const { container } = render(OfferCard, { offer });
	expect(container.querySelector('details summary')?.textContent).toBe(
		'Where this offer comes from'
	);
	expect(container.textContent).toContain('describes the passport');
});
