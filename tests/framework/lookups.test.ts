import { describe, expect, test } from 'vitest';
import { capabilityById, groupName, levelName, nameOf } from '../../src/lib/framework/lookups';
import { miniFramework } from '../fixtures/mini';

const fw = miniFramework();

describe('lookups over the mini framework', () => {
	test.each([
		['entry', 'Entry'],
		['top', 'Top'],
		['gone', 'gone'],
		[undefined, '']
	])('levelName(%s) is %j', (id, expected) => {
		expect(levelName(fw.levels, id)).toBe(expected);
	});

	test('an unknown level gives the fallback when one is asked for', () => {
		expect(levelName(fw.levels, 'gone', '')).toBe('');
		expect(levelName(fw.levels, 'middle', '')).toBe('Middle');
	});

	test.each([
		['support', 'Support'],
		['nursing', 'Nursing'],
		['pharmacy', 'pharmacy']
	])('groupName(%s) is %j', (id, expected) => {
		expect(groupName(fw.meta.professionGroups, id)).toBe(expected);
	});

	test('a browser slice answers the same as the whole framework', () => {
		const slice = fw.levels.map(({ id, name }) => ({ id, name }));
		for (const l of fw.levels) expect(nameOf(slice, l.id)).toBe(levelName(fw.levels, l.id));
	});

	test('capabilityById finds the record itself, or nothing', () => {
		expect(capabilityById(fw.capabilities, 'appraise')?.code).toBe('T2.1');
		expect(capabilityById(fw.capabilities, 'appraise')).toBe(fw.capabilities[1]);
		expect(capabilityById(fw.capabilities, 'retired')).toBeUndefined();
	});
});
