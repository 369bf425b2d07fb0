// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, test, vi } from 'vitest';
import CurriculumSetup from '../../../src/lib/components/curriculum/CurriculumSetup.svelte';

const levels = [
	{ id: 'registration', name: 'Registration' },
	{ id: 'enhanced', name: 'Enhanced' },
	{ id: 'advanced', name: 'Advanced' }
];

describe('CurriculumSetup', () => {
	test('an empty name shows the NHS error summary and inline message, and starts nothing', async () => {
		const onstart = vi.fn();
		render(CurriculumSetup, { levels, onstart });
		await fireEvent.click(screen.getByRole('button', { name: 'Create curriculum' }));
		expect(onstart).not.toHaveBeenCalled();
		const link = screen.getByRole('link', { name: 'Enter the programme name' });
		expect(link.getAttribute('href')).toBe('#cur-name');
		expect(screen.getByText('There is a problem')).toBeTruthy();
		expect(screen.getByLabelText('Programme name').getAttribute('aria-describedby')).toContain(
			'cur-name-error'
		);
	});

	test('declares the levels ticked, in the framework order', async () => {
		const onstart = vi.fn();
		render(CurriculumSetup, { levels, onstart });
		await fireEvent.input(screen.getByLabelText('Programme name'), {
			target: { value: 'MSc Advanced Practice' }
		});
		await fireEvent.click(screen.getByLabelText('Advanced'));
		await fireEvent.click(screen.getByLabelText('Enhanced'));
		await fireEvent.click(screen.getByRole('button', { name: 'Create curriculum' }));
		expect(onstart).toHaveBeenCalledWith({
			name: 'MSc Advanced Practice',
			provider: '',
			levels: ['enhanced', 'advanced']
		});
		expect(screen.queryByText('There is a problem')).toBeNull();
	});
});
