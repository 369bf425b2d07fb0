// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { expect, test, vi } from 'vitest';
import DeleteAll from '../../../src/lib/components/shared/DeleteAll.svelte';

test('deletes only after a second, explicit yes', async () => {
	const ondelete = vi.fn();
	render(DeleteAll, { what: 'every curriculum', ondelete });
	await fireEvent.click(screen.getByRole('button', { name: 'Delete all my data' }));
	expect(ondelete).not.toHaveBeenCalled();
	// Focus goes to the question, so a keyboard user is not left on a button that has gone.
	await vi.waitFor(() =>
		expect(document.activeElement?.textContent).toMatch(
			/^\s*Delete all your data from this browser\?/
		)
	);
	await fireEvent.click(screen.getByRole('button', { name: 'Keep my data' }));
	await vi.waitFor(() =>
		expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete all my data' }))
	);
	expect(ondelete).not.toHaveBeenCalled();
	await fireEvent.click(screen.getByRole('button', { name: 'Delete all my data' }));
	await fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
	expect(ondelete).toHaveBeenCalledOnce();
});
