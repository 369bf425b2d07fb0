// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import { expect, test } from 'vitest';
import ImportReport from '../../../src/lib/components/curriculum/ImportReport.svelte';

const report = {
	outcomes: 28,
	modules: 3,
	emptyRows: Array.from({ length: 15 }, (_, i) => i + 2),
	duplicates: [{ row: 9, text: 'x' }],
	cut: [],
	markup: [12],
	formulas: [14]
};

test('names what was tidied by row, and shortens long row lists', () => {
	render(ImportReport, { report, verb: 'imported' });
	expect(screen.getByText('28 learning outcomes in 3 modules imported.')).toBeTruthy();
	expect(screen.getByText(/Skipped 15 empty rows: row 2, 3, .*13 and 3 more\./)).toBeTruthy();
	expect(screen.getByText(/Skipped 1 duplicate .* row 9\./)).toBeTruthy();
	expect(screen.getByText(/Row 12 contains web markup/)).toBeTruthy();
	expect(screen.getByText(/Row 14 starts with =, \+, - or @\. It is kept as text/)).toBeTruthy();
	expect(screen.queryByText(/Shortened/)).toBeNull();
});
