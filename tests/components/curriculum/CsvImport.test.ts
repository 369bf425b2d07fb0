// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, test } from 'vitest';
import CsvImport from '../../../src/lib/components/curriculum/CsvImport.svelte';
import OutcomesStep from '../../../src/lib/components/curriculum/OutcomesStep.svelte';
import { openCurriculum } from './curriculum-state';

/** A module descriptor's outcomes as an educator's spreadsheet exports them. */
const CSV = [
	'Module code,Module title,LO code,Learning outcome',
	'ONC101,Foundations of cancer care,LO1,"Explain how cancer cells grow, invade and spread"',
	'ONC101,Foundations of cancer care,LO2,Describe the national cancer screening programmes',
	'ONC102,Living with cancer,LO1,Assess the holistic needs of a person living with cancer'
].join('\r\n');

/** Choose a file in the CSV input, as a person does in the file picker. */
async function choose(name: string, text: string | Uint8Array<ArrayBuffer>) {
	// Within the outcomes step the CSV import is fetched when the step is drawn.
	const input = (await screen.findByLabelText(
		'CSV file of learning outcomes',
		{},
		{ timeout: 10_000 }
	)) as HTMLInputElement;
	const file = new File([text], name, { type: 'text/csv' });
	Object.defineProperty(input, 'files', { value: [file], configurable: true });
	await fireEvent.change(input);
}

describe('CsvImport', () => {
	test('choose a CSV: the columns are guessed from the header, previewed, and imported on confirm', async () => {
		const { book, context } = openCurriculum();
		render(OutcomesStep, { context });
		await choose('onc-programme.csv', CSV);

		const outcome = (await screen.findByLabelText('Learning outcome text')) as HTMLSelectElement;
		expect(outcome.selectedOptions[0]?.textContent).toBe('Learning outcome');
		expect(
			(screen.getByLabelText('Module (optional)') as HTMLSelectElement).selectedOptions[0]
				?.textContent
		).toBe('Module title');
		const preview = screen.getByRole('table', { name: /^Preview: the first 3 outcomes/ });
		expect(within(preview).getByRole('cell', { name: 'Living with cancer' })).toBeTruthy();
		// Nothing is saved until the person confirms.
		expect(book.active?.modules).toEqual([]);

		await fireEvent.click(screen.getByRole('button', { name: 'Import 3 outcomes' }));
		expect(book.active?.modules.map((m) => [m.code, m.title, m.outcomes.length])).toEqual([
			['ONC101', 'Foundations of cancer care', 2],
			['ONC102', 'Living with cancer', 1]
		]);
		// The preview closes and the outcomes are listed, each ready to map.
		expect(screen.queryByRole('table')).toBeNull();
		expect(
			screen.getByRole('button', {
				name: 'Map “Describe the national cancer screening programmes”'
			})
		).toBeTruthy();
		expect(
			screen.getByText(/^ONC101 Foundations of cancer care \(2 outcomes, 0 mapped\)$/)
		).toBeTruthy();
		expect(book.said).toBe('Added 3 outcomes to ONC101, ONC102.');
	});

	test('a column of codes chosen for the outcome is flagged, and choosing the text column clears it', async () => {
		const { context } = openCurriculum();
		render(CsvImport, { context });
		await choose('programme.csv', CSV);
		const outcome = (await screen.findByLabelText('Learning outcome text')) as HTMLSelectElement;
		await fireEvent.change(outcome, { target: { value: '2' } });
		expect(screen.getByText('Check the outcome column')).toBeTruthy();
		// The preview shows the codes where the outcome text should be (and in the code column).
		expect(screen.getAllByRole('cell', { name: 'LO2' })).toHaveLength(2);
		await fireEvent.change(outcome, { target: { value: '3' } });
		expect(screen.queryByText('Check the outcome column')).toBeNull();
	});

	test('a file that is not a CSV is explained, with the field marked, and nothing is imported', async () => {
		const { book, context } = openCurriculum();
		render(CsvImport, { context });
		const before = JSON.stringify(book.active);
		await choose('workbook.csv', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]));
		const message = await screen.findByText(/Excel workbook/, { selector: '.nhsuk-error-message' });
		expect(message.id).toBe('csv-file-error');
		expect(screen.getByRole('link', { name: /Excel workbook/ }).getAttribute('href')).toBe(
			'#csv-file'
		);
		expect(screen.queryByLabelText('Learning outcome text')).toBeNull();
		expect(JSON.stringify(book.active)).toBe(before);
	});

	test('Cancel closes the preview and saves nothing', async () => {
		const { book, context } = openCurriculum();
		render(CsvImport, { context });
		await choose('programme.csv', CSV);
		await screen.findByLabelText('Learning outcome text');
		await fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
		expect(screen.queryByLabelText('Learning outcome text')).toBeNull();
		expect(book.active?.modules).toEqual([]);
	});
});
