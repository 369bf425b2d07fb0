// @vitest-environment jsdom
/**
 * The one import/export panel, as a person meets it in either tool: what shows with nothing saved,
 * with work open, and with only set-aside data; the JSON file of everything; an import with its
 * preview and choice; and "Delete all my data" asked twice.
 */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { assessmentDataOf } from '../../../src/lib/assessment/data';
import { createAssessment } from '../../../src/lib/assessment/edit';
import { assessmentKind, type Assessment } from '../../../src/lib/assessment/model';
import SavedWorkPanel, {
	type SavedWork
} from '../../../src/lib/components/shared/SavedWorkPanel.svelte';
import { savedFile } from '../../../src/lib/persistence/saved-kind';
import { miniFramework } from '../../fixtures/mini';

const download = vi.hoisted(() => vi.fn());
vi.mock('../../../src/lib/export/download', () => ({ download, dateStamp: () => '2026-12-01' }));

const data = assessmentDataOf(miniFramework());
const framework = { id: data.frameworkId, version: data.frameworkVersion };
const mine = (id: string, name: string): Assessment => ({
	...createAssessment(data, { professionGroup: 'nursing', currentLevel: 'entry' }, id),
	name
});

/** The panel over a fixed list, with every verb a spy. */
function panel(list: Assessment[], extra: Partial<SavedWork<Assessment>> = {}) {
	const work: SavedWork<Assessment> = {
		kind: assessmentKind,
		framework,
		list,
		active: list.at(-1) ?? null,
		hasSetAside: false,
		fileName: 'mine.json',
		deletes: 'every assessment, rating, note and plan',
		describe: (a) => `${a.name} (${Object.keys(a.ratings).length} ratings)`,
		bringIn: vi.fn(),
		deleteAll: vi.fn(),
		...extra
	};
	const exports = createRawSnippet(() => ({
		render: () => '<button type="button">Export this one as CSV</button>'
	}));
	render(SavedWorkPanel<Assessment>, { work, exports });
	return work;
}

/** Choose a file in the import's file input, as the browser hands it over. */
async function choose(text: string) {
	const input = screen.getByLabelText('Choose a JSON file exported from this tool');
	const file = new File([text], 'saved.json', { type: 'application/json' });
	Object.defineProperty(file, 'text', { value: async () => text });
	Object.defineProperty(input, 'files', { value: [file], configurable: true });
	await fireEvent.change(input);
}

beforeEach(() => download.mockClear());

describe('SavedWorkPanel', () => {
	test('with nothing saved it offers only the import: nothing to export, print or delete', () => {
		panel([]);
		expect(screen.getByRole('heading', { name: 'Import a saved file' })).toBeTruthy();
		for (const name of [
			'Export all as JSON',
			'Print or save as PDF',
			'Export this one as CSV',
			'Delete all my data'
		])
			expect(screen.queryByRole('button', { name })).toBeNull();
	});

	test('with work open it shows the tool’s exports beside print, and keeps everything as one JSON file', async () => {
		const list = [mine('a', 'Last year'), mine('b', 'This year')];
		panel(list);
		expect(screen.getByRole('button', { name: 'Export this one as CSV' })).toBeTruthy();
		expect(screen.getByRole('button', { name: 'Print or save as PDF' })).toBeTruthy();
		expect(
			screen.getByRole('heading', { name: 'Keep all your assessments as a file' })
		).toBeTruthy();
		await fireEvent.click(screen.getByRole('button', { name: 'Export all as JSON' }));
		expect(download).toHaveBeenCalledOnce();
		const [name, text, type] = download.mock.calls[0]!;
		expect([name, type]).toEqual(['mine.json', 'application/json']);
		const file = JSON.parse(text as string);
		expect(file).toMatchObject({
			format: assessmentKind.format,
			frameworkId: framework.id,
			frameworkVersion: framework.version
		});
		expect(file[assessmentKind.field].map((a: Assessment) => a.name)).toEqual([
			'Last year',
			'This year'
		]);
	});

	test('an import shows what the file holds and changes nothing until a choice; Keep both brings it in', async () => {
		const work = panel([mine('a', 'Mine')]);
		const file = savedFile(assessmentKind, [mine('x', 'From my old trust')], framework);
		await choose(JSON.stringify(file));
		await screen.findByText('From my old trust (0 ratings)');
		expect(work.bringIn).not.toHaveBeenCalled();
		await fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
		expect(screen.queryByText('From my old trust (0 ratings)')).toBeNull();
		expect(work.bringIn).not.toHaveBeenCalled();

		await choose(JSON.stringify(file));
		await fireEvent.click(await screen.findByRole('button', { name: 'Keep both' }));
		expect(work.bringIn).toHaveBeenCalledWith(
			[expect.objectContaining({ name: 'From my old trust' })],
			'keep'
		);
		await screen.findByText('Imported 1 assessment.');
	});

	test('a file from another framework is refused with a message naming the problem', async () => {
		const work = panel([mine('a', 'Mine')]);
		const file = savedFile(assessmentKind, [mine('x', 'Elsewhere')], {
			id: 'another',
			version: '1'
		});
		await choose(JSON.stringify(file));
		await screen.findAllByText(
			/made with another framework \(“another”\), so it cannot be imported/
		);
		expect(screen.queryByRole('button', { name: 'Keep both' })).toBeNull();
		expect(work.bringIn).not.toHaveBeenCalled();
	});

	test('"Delete all my data" asks twice, and shows while only set-aside data is left', async () => {
		const work = panel([], { hasSetAside: true });
		await fireEvent.click(screen.getByRole('button', { name: 'Delete all my data' }));
		expect(work.deleteAll).not.toHaveBeenCalled();
		await fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
		expect(work.deleteAll).toHaveBeenCalledOnce();
		// The button has gone with the data: focus lands on the message that says it is done.
		const status = screen.getByText(/^Deleted .* this site had saved in this browser\.$/);
		expect(status.getAttribute('role')).toBe('status');
		await vi.waitFor(() => expect(document.activeElement).toBe(status));
	});
});
