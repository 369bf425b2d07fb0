import { describe, expect, test } from 'vitest';
import { levelChangesAt, levelChangesBetween } from '../../src/lib/framework/level-changes';
import { accendFramework } from '../fixtures/accend';

describe("what's new at a level", () => {
	const fw = accendFramework();

	test('every domain has two to four points at every level above the first, and none at the first', () => {
		expect(levelChangesAt(fw, fw.levels[0]!.id)).toEqual([]);
		for (const level of fw.levels.slice(1)) {
			const changes = levelChangesAt(fw, level.id);
			expect(changes.map((c) => c.domain.id)).toEqual(fw.domains.map((d) => d.id));
			for (const c of changes) expect(c.points.length).toBeGreaterThanOrEqual(2);
		}
	});

	test.each([
		['registration', 'enhanced', ['enhanced']],
		['supportive', 'registration', ['assistive', 'pre-registration', 'registration']],
		['enhanced', 'registration', []]
	])('between %s and %s', (from, to, expected) => {
		expect(levelChangesBetween(fw, from, to).map((x) => x.level.id)).toEqual(expected);
	});

	test('no point is repeated across levels of one domain', () => {
		for (const d of fw.domains) {
			const all = d.levelChanges.flatMap((c) => c.points);
			expect(new Set(all).size).toBe(all.length);
		}
	});
});
