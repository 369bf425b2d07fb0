// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import { describe, expect, test } from 'vitest';
import RouteCard from '../../../src/lib/components/records/RouteCard.svelte';
import { routeView } from '../../fixtures/route-views';

const route = routeView;

describe('a route card', () => {
	test('says the kind, apprenticeship level, time with its own status, and entry requirements', () => {
		render(RouteCard, { route: route(), prefix: 'Step 1: ' });
		expect(screen.getByRole('heading', { level: 3 }).textContent).toBe(
			'Step 1: Nursing associate apprenticeship'
		);
		expect(screen.getByText(/Apprenticeship, apprenticeship at level 5/)).toBeTruthy();
		expect(screen.getByText('2 years', { exact: false })).toBeTruthy();
		expect(screen.getByRole('link', { name: /Status:\s*Inferred/ })).toBeTruthy();
		expect(screen.getByText('English and maths at level 2.')).toBeTruthy();
		expect(screen.getByText('Learning for this route')).toBeTruthy();
	});

	test('says where the route comes from on demand: the evidence note and each source linked', () => {
		const { container } = render(RouteCard, { route: route() });
		const details = container.querySelector('details');
		expect(details?.open).toBe(false);
		expect(details?.querySelector('summary')?.textContent).toBe('Where this route comes from');
		expect(details?.textContent).toContain('names a two-year apprenticeship');
		const source = screen.getByRole('link', {
			name: 'example.org/apprenticeships/nursing-associate'
		});
		expect(source.getAttribute('href')).toBe(
			'https://www.example.org/apprenticeships/nursing-associate/'
		);
	});

	test('a working route with no sources shows no provenance details', () => {
		const { container } = render(RouteCard, { route: route({ sources: [], evidence: undefined }) });
		expect(container.querySelector('details')).toBeNull();
	});

	test('every offer links out or says why it cannot', () => {
		render(RouteCard, { route: route() });
		expect(screen.getByRole('link', { name: /Offer a/ }).getAttribute('href')).toBe(
			'https://example.org/a'
		);
		expect(screen.queryByRole('link', { name: /Offer b/ })).toBeNull();
		expect(screen.getByText(/No public page is known/)).toBeTruthy();
		expect(screen.getByText(/A kind of learning, not one course/)).toBeTruthy();
	});

	test('offers matched by level say so, and a missing entry requirement says where to ask', () => {
		render(RouteCard, {
			route: route({ offerSource: 'level', entryRequirements: undefined, offers: [] })
		});
		expect(screen.getByText('Learning at Assistive level, open to this profession')).toBeTruthy();
		expect(screen.getByText(/Not listed here: ask the employer/)).toBeTruthy();
		expect(screen.getByText('No learning offer is listed for this route yet.')).toBeTruthy();
	});
});
