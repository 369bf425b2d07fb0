// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/svelte';
import { expect, test } from 'vitest';
import RoleFacts from '../../../src/lib/components/records/RoleFacts.svelte';
import { rolePageOf } from '../../../src/lib/server/pages/roles';
import { miniFramework } from '../../fixtures/mini';

const page = rolePageOf(miniFramework(), 'nurse')!;
const props = {
	role: page.role,
	level: page.level,
	levelCount: page.levelCount,
	profession: page.profession
};
/** The value cell of the summary-list row with this key. */
const value = (key: string) => {
	const term = screen.getAllByRole('term').find((t) => t.textContent === key);
	if (!term) throw new Error(`no row called ${key}`);
	return term.nextElementSibling as HTMLElement;
};

test('names the level (linked, out of how many), pay band, Career Framework level and group', () => {
	render(RoleFacts, props);
	const level = value('Level of practice');
	expect(within(level).getByRole('link', { name: '2. Middle' }).getAttribute('href')).toBe(
		'/levels/middle/'
	);
	expect(level.textContent).toContain(`(of ${props.levelCount} levels)`);
	expect(value('Typical NHS pay band').textContent).toContain('Band 5');
	expect(value('Career Framework level').textContent).toMatch(/Level \d|Not placed/);
	expect(value('Profession group').textContent).toBe('Nursing');
	expect(value('Also called').textContent).toContain('RN');
});

test('a level with no pay band says it is not placed', () => {
	const top = rolePageOf(miniFramework(), 'lead-nurse')!;
	render(RoleFacts, { ...props, role: top.role, level: top.level });
	expect(value('Typical NHS pay band').textContent).toContain('Not placed');
});
