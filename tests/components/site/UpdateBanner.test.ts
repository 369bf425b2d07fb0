// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, test, vi } from 'vitest';
import UpdateBanner from '../../../src/lib/components/site/UpdateBanner.svelte';

describe('the new-version band', () => {
	test.each([
		['ready', /A new version of the explorer is ready/, 'Reload to update'],
		['elsewhere', /updated in another tab\. Save what you are doing here/, 'Reload this tab']
	] as const)(
		'%s: says so in a status and reloads only when asked',
		async (news, words, button) => {
			const onreload = vi.fn();
			render(UpdateBanner, { news, onreload });
			expect(screen.getByRole('status').textContent).toMatch(words);
			expect(onreload).not.toHaveBeenCalled();
			await fireEvent.click(screen.getByRole('button', { name: button }));
			expect(onreload).toHaveBeenCalledTimes(1);
		}
	);
});
