import { describe, expect, test } from 'vitest';
import { levelPageOf, levelsPageOf } from '../../../src/lib/server/pages/levels';
import { miniFramework } from '../../fixtures/mini';

const fw = miniFramework();

describe('level pages', () => {
	test('the list has every level in order with the roles at each counted', () => {
		const { levels } = levelsPageOf(fw);
		expect(levels.map((l) => [l.id, l.roleCount])).toEqual([
			['entry', 1],
			['middle', 1],
			['top', 1]
		]);
	});

	test('an unknown level has no page', () => {
		expect(levelPageOf(fw, 'nowhere')).toBeNull();
	});

	test('a middle level knows its neighbours, its roles by profession name and its routes', () => {
		const page = levelPageOf(fw, 'middle')!;
		expect(page.previous).toEqual({ id: 'entry', name: 'Entry' });
		expect(page.next).toEqual({ id: 'top', name: 'Top' });
		expect(page.levelCount).toBe(fw.levels.length);
		expect(page.roles).toEqual([{ id: 'nurse', title: 'Nurse', profession: 'Nursing' }]);
		expect(page.into.map((r) => r.id)).toEqual(['helper-to-nurse']);
		expect(page.outOf.map((r) => r.id).sort()).toEqual(['middle-to-top', 'nurse-to-lead']);
	});

	test('capabilities that have not started yet are counted, not listed', () => {
		const entry = levelPageOf(fw, 'entry')!;
		const evidence = entry.domains.find((d) => d.id === 'evidence')!;
		expect(evidence.capabilities).toEqual([]);
		expect(evidence.notYet).toBe(1);
		const care = entry.domains.find((d) => d.id === 'care')!;
		expect(care.capabilities.map((c) => c.id)).toEqual(['comfort']);
		expect(care.capabilities[0]!.text).not.toBe('');
	});

	test('the bottom and top levels have no level beyond them', () => {
		expect(levelPageOf(fw, 'entry')!.previous).toBeNull();
		expect(levelPageOf(fw, 'top')!.next).toBeNull();
	});
});
