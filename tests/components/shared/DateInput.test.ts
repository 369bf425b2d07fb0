// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { expect, test, vi } from 'vitest';
import DateInput from '../../../src/lib/components/shared/DateInput.svelte';

test('passes on only a real date, and says what is wrong in the NHS style', async () => {
	const onchange = vi.fn();
	render(DateInput, { id: 'due', legend: 'By when', value: '', onchange });
	const set = async (label: string, value: string) => {
		const input = screen.getByLabelText(label) as HTMLInputElement;
		await fireEvent.input(input, { target: { value } });
		await fireEvent.change(input);
	};
	await set('Day', '31');
	await set('Month', '2');
	await set('Year', '2027');
	expect(screen.getByText('Date must be a real date')).toBeTruthy();
	expect(onchange).not.toHaveBeenCalled();
	await set('Day', '28');
	expect(screen.queryByText('Date must be a real date')).toBeNull();
	expect(onchange).toHaveBeenLastCalledWith('2027-02-28');
});

test('a date made unreal keeps the saved one and says so, and a fifth year digit is named, not dropped', async () => {
	const onchange = vi.fn();
	render(DateInput, { id: 'due', legend: 'By when', value: '2027-03-31', onchange });
	const set = async (label: string, value: string) => {
		const input = screen.getByLabelText(label) as HTMLInputElement;
		await fireEvent.input(input, { target: { value } });
		await fireEvent.change(input);
	};
	await set('Month', '2');
	// A slip never deletes the good date; the message says which date is still saved.
	expect(
		screen.getByText('Date must be a real date. Your saved date is still 31 March 2027.')
	).toBeTruthy();
	expect(onchange).not.toHaveBeenCalled();
	await set('Month', '3');
	await set('Year', '20271');
	expect((screen.getByLabelText('Year') as HTMLInputElement).value).toBe('20271');
	expect(
		screen.getByText('Year must include 4 numbers. Your saved date is still 31 March 2027.')
	).toBeTruthy();
	expect(onchange).not.toHaveBeenCalled();
});
