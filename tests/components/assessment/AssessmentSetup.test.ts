// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { expect, test, vi } from 'vitest';
import { assessmentDataOf } from '../../../src/lib/assessment/data';
import AssessmentSetup from '../../../src/lib/components/assessment/AssessmentSetup.svelte';
import { miniFramework } from '../../fixtures/mini';

const data = assessmentDataOf(miniFramework());

test('an empty profession group is named in an error summary and by its field; nothing starts', async () => {
	const onstart = vi.fn();
	render(AssessmentSetup, { data, onstart });
	await fireEvent.click(screen.getByRole('button', { name: 'Start assessment' }));
	expect(onstart).not.toHaveBeenCalled();
	const summary = screen.getByRole('alert');
	expect(summary.textContent).toMatch(/There is a problem\s*Select your profession group/);
	expect(
		screen.getByRole('link', { name: 'Select your profession group' }).getAttribute('href')
	).toBe('#setup-group');
	expect(screen.getByLabelText('Your profession group').getAttribute('aria-describedby')).toMatch(
		/setup-group-error/
	);
});

test('a target below the current level is refused; a valid choice starts', async () => {
	const onstart = vi.fn();
	render(AssessmentSetup, { data, onstart });
	await fireEvent.change(screen.getByLabelText('Your profession group'), {
		target: { value: 'nursing' }
	});
	await fireEvent.change(screen.getByLabelText('Your current level'), { target: { value: 'top' } });
	await fireEvent.change(screen.getByLabelText('Level to assess against'), {
		target: { value: 'entry' }
	});
	await fireEvent.click(screen.getByRole('button', { name: 'Start assessment' }));
	expect(onstart).not.toHaveBeenCalled();
	expect(screen.getByRole('alert').textContent).toMatch(/same as or above your current level/);
	await fireEvent.change(screen.getByLabelText('Level to assess against'), {
		target: { value: 'top' }
	});
	await fireEvent.click(screen.getByRole('button', { name: 'Start assessment' }));
	expect(onstart).toHaveBeenCalledWith({
		professionGroup: 'nursing',
		currentLevel: 'top',
		targetLevel: 'top'
	});
	expect(screen.queryByRole('alert')).toBeNull();
});
