import { describe, expect, test } from 'vitest';
import { rolePageOf, rolesPageOf } from '../../../src/lib/server/pages/roles';
import { miniFramework, miniFilesWith } from '../../fixtures/mini';
import { assembleFramework } from '../../../src/lib/framework/assemble';

const fw = miniFramework();

describe('role pages', () => {
	test('the list names only profession groups that have roles, with their counts', () => {
		const page = rolesPageOf(fw);
		expect(page.professions).toEqual([
			{ id: 'support', name: 'Support', count: 1 },
			{ id: 'nursing', name: 'Nursing', count: 2 }
		]);
		expect(page.levels.find((l) => l.id === 'middle')!.roles[0]).toMatchObject({
			id: 'nurse',
			profession: 'Nursing'
		});
	});

	test('an unknown role has no page', () => {
		expect(rolePageOf(fw, 'astronaut')).toBeNull();
	});

	test('a role names its level, the routes in and out, and the comparison with the level below', () => {
		const page = rolePageOf(fw, 'nurse')!;
		expect(page.level).toMatchObject({ id: 'middle', name: 'Middle', order: 2 });
		expect(page.profession).toBe('Nursing');
		expect(page.into.map((r) => r.id)).toEqual(['helper-to-nurse']);
		expect(page.intoIsGeneral).toBe(false);
		expect(page.outOf.map((r) => r.id)).toEqual(['nurse-to-lead']);
		expect(page.previous).toEqual({ id: 'entry', name: 'Entry' });
		expect(page.comparePath).toMatch(/^\/compare\/entry.+middle\/$/);
	});

	test('a role at the first level has nothing to compare with', () => {
		const page = rolePageOf(fw, 'helper')!;
		expect(page.previous).toBeNull();
		expect(page.comparePath).toBeNull();
	});

	test('with no route naming the role, the level-to-level route is shown and said to be general', () => {
		const files = miniFilesWith('routes.json', (json) => {
			json.routes = json.routes.filter((r: { id: string }) => r.id !== 'nurse-to-lead');
		});
		const result = assembleFramework(files);
		if (!result.ok) throw new Error('the edited fixture should still assemble');
		const page = rolePageOf(result.framework, 'lead-nurse')!;
		expect(page.into.map((r) => r.id)).toEqual(['middle-to-top']);
		expect(page.intoIsGeneral).toBe(true);
	});

	test('only domains with capabilities at the level are listed', () => {
		const helper = rolePageOf(fw, 'helper')!;
		expect(helper.domains.map((d) => d.id)).toEqual(['care']);
		expect(rolePageOf(fw, 'nurse')!.domains.map((d) => d.id)).toEqual(['care', 'evidence']);
	});
});
