// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { expect, test, vi } from 'vitest';
import ActionPlan from '../../../src/lib/components/assessment/ActionPlan.svelte';

test('removing a plan item asks first, and Cancel keeps it', async () => {
	const onremove = vi.fn();
	render(ActionPlan, {
		plan: [{ id: 'p1', capability: 'sact-care', action: 'Passport', due: '', evidence: '' }],
		titleOf: () => 'SACT care',
		onchange: () => ({ ok: true, value: null }),
		onremove
	});
	await fireEvent.click(screen.getByRole('button', { name: /Delete this plan item/ }));
	expect(onremove).not.toHaveBeenCalled();
	await fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
	expect(onremove).not.toHaveBeenCalled();
	await fireEvent.click(screen.getByRole('button', { name: /Delete this plan item/ }));
	await fireEvent.click(screen.getByRole('button', { name: 'Yes, delete' }));
	expect(onremove).toHaveBeenCalledWith('p1');
});
