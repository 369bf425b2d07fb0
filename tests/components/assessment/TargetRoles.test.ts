// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import { expect, test } from 'vitest';
import TargetRoles from '../../../src/lib/components/assessment/TargetRoles.svelte';

const roles = [
	{
		id: 'clinical-nurse-specialist',
		title: 'Clinical Nurse Specialist',
		level: 'enhanced',
		professionGroup: 'nursing'
	}
];

test('"plan a route" is named for its role, and its visible, underlined words end without a space', () => {
	render(TargetRoles, { roles, level: 'Enhanced', group: 'Nursing' });
	// jsdom's accessible names trim each element's text, so the words are read from the DOM here;
	// the browser's name ("plan a route to …") is checked in tests/e2e/self-assessment.test.ts.
	const plan = screen.getByRole('link', { name: /^plan a route/ });
	expect(plan.textContent).toBe('plan a route to Clinical Nurse Specialist');
	expect(plan.getAttribute('href')).toMatch(/\/plan\/\?to=clinical-nurse-specialist$/);
	// The hidden words carry their own space, so the visible text is exactly "plan a route".
	const visible = [...plan.childNodes]
		.filter((n) => !(n instanceof HTMLElement && n.classList.contains('nhsuk-u-visually-hidden')))
		.map((n) => n.textContent)
		.join('');
	expect(visible).toBe('plan a route');
});
