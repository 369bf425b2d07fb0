// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/svelte';
import { expect, test } from 'vitest';
import RouteTable from '../../../src/lib/components/records/RouteTable.svelte';
import type { FullRouteView } from '../../../src/lib/framework/queries';
import { routeView } from '../../fixtures/route-views';

const route = (over: Partial<FullRouteView> = {}): FullRouteView =>
	routeView({
		title: 'Advanced clinical practitioner apprenticeship',
		summary: 'Master’s-level study while working.',
		duration: { min: 3, max: 3, unit: 'years', status: 'inferred' },
		sources: ['https://example.org/standards/acp'],
		evidence: 'The standard is a level 7 apprenticeship that takes about three years.',
		from: { name: 'Enhanced level', path: '/levels/enhanced/' },
		to: { name: 'Advanced level', path: '/levels/advanced/' },
		apprenticeshipLevel: 7,
		entryRequirements: 'Registration with a regulator and experience at enhanced level.',
		toLevelName: 'Advanced',
		...over
	});

test('a row gives the apprenticeship level, entry requirements, learning and provenance', () => {
	render(RouteTable, { routes: [route()], caption: 'Routes in', empty: 'None' });
	const row = screen.getAllByRole('row')[1]!;
	const text = row.textContent!.replace(/\s+/g, ' ');
	expect(text).toContain('Apprenticeship, apprenticeship at level 7.');
	expect(text).toContain('Entry: Registration with a regulator');
	expect(text).toContain('Where this route comes from');
	expect(text).toContain('takes about three years');
	// The time carries its own status because it is less sure than the route.
	expect(within(row).getAllByRole('link', { name: /Status:/ })).toHaveLength(2);
	expect(
		within(row)
			.getByRole('link', { name: /Offer a/ })
			.getAttribute('href')
	).toBe('https://example.org/a');
	expect(text).toContain('Offer b (no public page: ask your education lead)');
	expect(text).toContain('Offer c (a kind of learning: ask a local university)');
});

test('learning matched only by level is left to the role page, and an unknown entry is not guessed', () => {
	render(RouteTable, {
		routes: [
			route({
				offerSource: 'level',
				entryRequirements: undefined,
				duration: { min: 3, max: 3, unit: 'years' }
			})
		],
		caption: 'Routes in',
		empty: 'None'
	});
	const text = screen.getAllByRole('row')[1]!.textContent!;
	expect(text).not.toContain('Learning for this route');
	expect(text).not.toContain('Entry:');
	expect(screen.getAllByRole('link', { name: /Status:/ })).toHaveLength(1);
});

test('no routes says so instead of an empty table', () => {
	render(RouteTable, { routes: [], caption: 'Routes in', empty: 'People start here directly.' });
	expect(screen.queryByRole('table')).toBeNull();
	expect(screen.getByText('People start here directly.')).toBeTruthy();
});
