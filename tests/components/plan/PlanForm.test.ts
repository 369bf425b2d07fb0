// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, test, vi } from 'vitest';
import PlanForm from '../../../src/lib/components/plan/PlanForm.svelte';

const levels = [
	{ id: 'registration', name: 'Registration' },
	{ id: 'enhanced', name: 'Enhanced' }
];
const roles = [
	{
		id: 'registered-nurse',
		title: 'Registered Nurse',
		level: 'registration',
		profession: 'Nursing'
	},
	{ id: 'cns', title: 'Clinical Nurse Specialist', level: 'enhanced', profession: 'Nursing' }
];
const professions = [{ id: 'nursing', name: 'Nursing' }];
const empty = { from: '', level: '', profession: '', to: '' };

function setUp(chosen = empty) {
	const onplan = vi.fn();
	render(PlanForm, { roles, levels, professions, chosen, action: '/plan/', onplan });
	return onplan;
}
const plan = () => fireEvent.click(screen.getByRole('button', { name: 'Plan my route' }));
const links = () =>
	screen.queryAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')]);
const inline = (id: string) => document.getElementById(`${id}-error`)?.textContent ?? '';

describe('the planner form', () => {
	test('empty, it names both missing answers, each linked to its field and said by it; nothing is planned', async () => {
		const onplan = setUp();
		await plan();
		expect(onplan).not.toHaveBeenCalled();
		expect(screen.getByRole('alert').textContent).toMatch(/^\s*There is a problem/);
		expect(links()).toEqual([
			['Select where you are now, or your level', '#plan-from'],
			['Select the role you want', '#plan-to']
		]);
		expect(inline('plan-from')).toMatch(/Error:\s*Select where you are now, or your level/);
		expect(inline('plan-to')).toMatch(/Error:\s*Select the role you want/);
		expect(screen.getByLabelText('The role you want').getAttribute('aria-describedby')).toBe(
			'plan-to-error'
		);
		expect(screen.getByLabelText('Where you are now').getAttribute('aria-describedby')).toBe(
			'plan-from-error'
		);
	});

	test('a profession without a level asks for the level', async () => {
		const onplan = setUp({ ...empty, profession: 'nursing', to: 'cns' });
		await plan();
		expect(onplan).not.toHaveBeenCalled();
		expect(links()).toEqual([
			['Select your level, or choose the role you have now', '#plan-level']
		]);
		expect(inline('plan-level')).toMatch(/Select your level/);
		expect(inline('plan-from')).toBe('');
	});

	test.each([
		[{ ...empty, from: 'registered-nurse', to: 'cns' }],
		[{ ...empty, level: 'registration', to: 'cns' }],
		[{ ...empty, level: 'registration', profession: 'nursing', to: 'cns' }]
	])('a full answer (%j) is planned, with no problem shown', async (chosen) => {
		const onplan = setUp(chosen);
		await plan();
		expect(onplan).toHaveBeenCalledWith(chosen);
		expect(screen.queryByRole('alert')).toBeNull();
	});

	test('once the missing answer is given, the problem goes and the plan is made', async () => {
		const onplan = setUp({ ...empty, from: 'registered-nurse' });
		await plan();
		expect(links()).toEqual([['Select the role you want', '#plan-to']]);
		await fireEvent.change(screen.getByLabelText('The role you want'), {
			target: { value: 'cns' }
		});
		await plan();
		expect(onplan).toHaveBeenCalledWith({ ...empty, from: 'registered-nurse', to: 'cns' });
		expect(screen.queryByRole('alert')).toBeNull();
		expect(inline('plan-to')).toBe('');
	});
});
