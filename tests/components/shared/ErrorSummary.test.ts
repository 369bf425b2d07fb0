// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, expect, test, vi } from 'vitest';
import ErrorSummary from '../../../src/lib/components/shared/ErrorSummary.svelte';

afterEach(() => {
	document.getElementById('a-field')?.remove();
	document.querySelector('label[for="a-field"]')?.remove();
});

test('shows nothing while there is no problem', () => {
	const { container } = render(ErrorSummary, { errors: [], attempt: 3 });
	expect(container.querySelector('.nhsuk-error-summary')).toBeNull();
	expect(screen.queryByRole('alert')).toBeNull();
});

test('names the problem in an alert, each problem a link to its field', () => {
	render(ErrorSummary, {
		errors: [
			{ field: 'plan-from', message: 'Select where you are now, or your level' },
			{ field: 'plan-to', message: 'Select the role you want' }
		],
		attempt: 1
	});
	const alert = screen.getByRole('alert');
	expect(alert.textContent).toMatch(/^\s*There is a problem\s*Select where you are now/);
	expect(screen.getByRole('heading', { level: 2, name: 'There is a problem' })).toBeTruthy();
	expect(alert.getAttribute('aria-labelledby')).toBe(
		screen.getByRole('heading', { level: 2 }).getAttribute('id')
	);
	const links = screen.getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')]);
	expect(links).toEqual([
		['Select where you are now, or your level', '#plan-from'],
		['Select the role you want', '#plan-to']
	]);
});

test('takes focus when a submit fails, and again on the next failed submit', async () => {
	const errors = [{ field: 'x', message: 'Enter x' }];
	const { rerender, container } = render(ErrorSummary, { errors, attempt: 1 });
	const box = container.querySelector('.nhsuk-error-summary');
	await tick();
	await tick();
	expect(document.activeElement).toBe(box);
	(document.activeElement as HTMLElement).blur();
	await rerender({ errors, attempt: 2 });
	await tick();
	await tick();
	expect(document.activeElement).toBe(box);
});

test('with no failed submit yet it stays where it is and takes no focus', async () => {
	render(ErrorSummary, { errors: [{ field: 'x', message: 'Enter x' }], attempt: 0 });
	await tick();
	await tick();
	expect(document.activeElement).toBe(document.body);
});

test('a link shows the field with its label and focuses the field, leaving the address as it was', async () => {
	const label = Object.assign(document.createElement('label'), { htmlFor: 'a-field' });
	const field = Object.assign(document.createElement('input'), { id: 'a-field' });
	document.body.append(label, field);
	// jsdom does no layout; record what is scrolled to.
	const scrolled: Element[] = [];
	Element.prototype.scrollIntoView = vi.fn(function (this: Element) {
		scrolled.push(this);
	});
	render(ErrorSummary, { errors: [{ field: 'a-field', message: 'Enter a' }], attempt: 1 });
	await tick();
	await tick();
	const before = location.href;
	await fireEvent.click(screen.getByRole('link', { name: 'Enter a' }));
	expect(document.activeElement).toBe(field);
	expect(scrolled).toEqual([label]);
	expect(location.href).toBe(before);
});
