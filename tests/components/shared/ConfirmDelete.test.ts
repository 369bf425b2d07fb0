// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { expect, test, vi } from 'vitest';
import ConfirmDelete from '../../../src/lib/components/shared/ConfirmDelete.svelte';

test('names what goes, asks, and deletes only on "Yes, delete"; Cancel returns focus', async () => {
	const ondelete = vi.fn();
	render(ConfirmDelete, { what: 'this module', name: 'Pharmacology', ondelete });
	const opener = screen.getByRole('button', { name: 'Delete this module (“Pharmacology”)' });
	await fireEvent.click(opener);
	expect(ondelete).not.toHaveBeenCalled();
	expect(screen.getByText('Delete this module (“Pharmacology”)? This cannot be undone.')).toBe(
		document.activeElement
	);
	await fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
	expect(ondelete).not.toHaveBeenCalled();
	expect(document.activeElement?.textContent).toMatch(/^Delete this module/);
	await fireEvent.click(screen.getByRole('button', { name: /^Delete this module/ }));
	await fireEvent.click(screen.getByRole('button', { name: 'Yes, delete' }));
	expect(ondelete).toHaveBeenCalledOnce();
});
