// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/svelte';
import { expect, test } from 'vitest';
import ComparisonTable from '../../../src/lib/components/records/ComparisonTable.svelte';
import { compareLevels } from '../../../src/lib/framework/compare';
import { miniFramework } from '../../fixtures/mini';

const fw = miniFramework();
const comparison = compareLevels(fw, ['entry', 'top']);
const levels = comparison.levels.map((l) => ({ id: l.id, name: l.name }));
const domain = (id: string) => comparison.domains.find((d) => d.domain.id === id)!;

test('a capability that starts at a higher level says at which, by the level’s name', () => {
	render(ComparisonTable, { compared: domain('evidence'), levels, onlyNew: false });
	const table = screen.getByRole('table', { name: /Evidence, compared across Entry, Top/ });
	const row = within(table).getByRole('rowheader', { name: /T2\.1 Appraising evidence/ });
	expect(row.textContent).toContain('Starts at Top');
	expect(within(table).getByText(/Not at this level/)).toBeTruthy();
});

test('with only new capabilities asked for, a domain with none says so instead of a table', () => {
	render(ComparisonTable, { compared: domain('care'), levels, onlyNew: true });
	expect(screen.queryByRole('table')).toBeNull();
	expect(screen.getByText(/No capability in this domain starts at a higher level/)).toBeTruthy();
});
