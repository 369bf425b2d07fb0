// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, test, vi } from 'vitest';
import { assessmentDataOf } from '../../../src/lib/assessment/data';
import { createAssessment } from '../../../src/lib/assessment/edit';
import { assessmentKind, type Assessment } from '../../../src/lib/assessment/model';
import SavedFileImport from '../../../src/lib/components/shared/SavedFileImport.svelte';
import { savedFile } from '../../../src/lib/persistence/saved-kind';
import { miniFramework } from '../../fixtures/mini';

const data = assessmentDataOf(miniFramework());
const LABEL = 'Choose a JSON file exported from this tool';
const mine = createAssessment(
	data,
	{ professionGroup: 'nursing', currentLevel: 'entry' },
	'a1',
	new Date('2026-11-30T10:00:00Z')
);

function setUp(hasSaved = true) {
	const onbringin = vi.fn();
	render(SavedFileImport<Assessment>, {
		kind: assessmentKind,
		frameworkId: data.frameworkId,
		describe: (a: Assessment) => a.name,
		onbringin,
		hasSaved
	});
	return onbringin;
}

/** Choose a file as a person would: the chooser holds it, then says it changed. */
async function choose(text: string, name = 'saved.json') {
	const input = screen.getByLabelText(LABEL) as HTMLInputElement;
	const file = new File([text], name, { type: 'application/json' });
	Object.defineProperty(input, 'files', { value: [file], configurable: true });
	await fireEvent.change(input);
}

/** The problem as the error summary and the message by the chooser both give it. */
async function problem(): Promise<{ summary: string; inline: string; describedBy: string }> {
	const alert = await screen.findByRole('alert');
	const input = screen.getByLabelText(LABEL);
	return {
		summary: alert.textContent ?? '',
		inline: document.getElementById(`${input.id}-error`)?.textContent ?? '',
		describedBy: input.getAttribute('aria-describedby') ?? ''
	};
}

describe('importing a saved file', () => {
	test('"Check the file" with no file chosen names the problem and links to the chooser', async () => {
		const onbringin = setUp();
		await fireEvent.click(screen.getByRole('button', { name: 'Check the file' }));
		const p = await problem();
		expect(p.summary).toMatch(/There is a problem\s*Select a JSON file exported from this tool/);
		expect(p.inline).toMatch(/Error:\s*Select a JSON file exported from this tool/);
		expect(p.describedBy).toContain('import-assessments-error');
		expect(
			screen.getByRole('link', { name: 'Select a JSON file exported from this tool' })
		).toHaveProperty('hash', '#import-assessments');
		expect(onbringin).not.toHaveBeenCalled();
	});

	test.each([
		['not JSON', 'PK\u0003\u0004 a workbook', /not valid JSON/],
		['from another tool', '{"format":"someone-else"}', /not exported by this tool/],
		[
			'for another framework',
			JSON.stringify(savedFile(assessmentKind, [mine], { id: 'other-fw', version: '1' })),
			/made with another framework \(“other-fw”\)/
		],
		[
			'with nothing readable in it',
			JSON.stringify({
				...savedFile(assessmentKind, [], { id: data.frameworkId, version: '1' }),
				assessments: [{ id: 3 }]
			}),
			/Nothing in this file could be read/
		]
	])(
		'a file %s is refused, saying why, in the summary and by the chooser',
		async (_, text, why) => {
			const onbringin = setUp();
			await choose(text);
			const p = await problem();
			expect(p.summary).toMatch(why);
			expect(p.inline).toMatch(why);
			expect(p.inline).toMatch(/unchanged/);
			expect(screen.queryByRole('button', { name: 'Keep both' })).toBeNull();
			expect(onbringin).not.toHaveBeenCalled();
		}
	);

	test('a good file is previewed with its date in NHS style; bringing it in clears the problem and says so', async () => {
		const onbringin = setUp();
		await fireEvent.click(screen.getByRole('button', { name: 'Check the file' }));
		await screen.findByRole('alert');
		const file = savedFile(
			assessmentKind,
			[mine],
			{ id: data.frameworkId, version: '9' },
			new Date('2026-01-31T09:00:00Z')
		);
		await choose(JSON.stringify(file));
		await screen.findByRole('button', { name: 'Keep both' });
		expect(screen.queryByRole('alert')).toBeNull();
		expect(screen.getByText(/This file holds 1\s+assessment/).textContent).toMatch(
			/version 9, exported 31 January 2026:/
		);
		await waitFor(() => expect(document.activeElement?.textContent).toMatch(/This file holds/));
		await fireEvent.click(screen.getByRole('button', { name: 'Keep both' }));
		expect(onbringin).toHaveBeenCalledWith([mine], 'keep');
		expect(screen.getByRole('status').textContent).toMatch('Imported 1 assessment.');
	});

	test('with nothing saved there is nothing to keep or replace: a single "Import"', async () => {
		const onbringin = setUp(false);
		await choose(
			JSON.stringify(savedFile(assessmentKind, [mine], { id: data.frameworkId, version: '9' }))
		);
		await fireEvent.click(await screen.findByRole('button', { name: 'Import' }));
		expect(screen.queryByRole('button', { name: 'Keep both' })).toBeNull();
		expect(screen.queryByRole('button', { name: 'Replace what I have' })).toBeNull();
		expect(onbringin).toHaveBeenCalledWith([mine], 'replace');
	});
});

describe('one error summary at a time', () => {
	test("a refused file's problem goes when another form on the page is sent, not when its own is", async () => {
		setUp();
		// Another form on the same page, as the curriculum's "Add outcomes" is.
		const other = document.body.appendChild(document.createElement('form'));
		other.addEventListener('submit', (e) => e.preventDefault());
		await choose('{ not json');
		await screen.findByRole('alert');
		await fireEvent.click(screen.getByRole('button', { name: 'Check the file' }));
		expect(await screen.findByRole('alert')).toBeTruthy();
		await fireEvent.submit(other);
		await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
		expect(document.getElementById('import-assessments-error')).toBeNull();
		other.remove();
	});
});
