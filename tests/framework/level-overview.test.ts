import { describe, expect, test } from 'vitest';
import { levelOverviews } from '../../src/lib/framework/level-overview';
import { accendFramework } from '../fixtures/accend';
import { miniFramework } from '../fixtures/mini';
import type { Framework } from '../../src/lib/framework/schema';

/** Level id → { domain id: capability ids } for starts or ends, for short expectations. */
const summary = (fw: Framework, key: 'starts' | 'ends') =>
	Object.fromEntries(
		levelOverviews(fw).map((o) => [
			o.level.id,
			Object.fromEntries(o[key].map((d) => [d.domain.id, d.capabilities.map((c) => c.id)]))
		])
	);

describe('levelOverviews on the mini framework', () => {
	const fw = miniFramework();

	test('names what starts at each level, by domain', () => {
		expect(summary(fw, 'starts')).toEqual({
			entry: { care: ['comfort'] },
			middle: { evidence: ['appraise'] },
			top: {}
		});
	});

	test('counts what applies and links each level to the one below', () => {
		const overviews = levelOverviews(fw);
		expect(overviews.map((o) => [o.level.id, o.previous?.id, o.applies])).toEqual([
			['entry', undefined, 1],
			['middle', 'entry', 2],
			['top', 'middle', 2]
		]);
	});

	test('names what stops applying, and carries each domain note to its level', () => {
		const changed = structuredClone(fw);
		const comfort = changed.capabilities.find((c) => c.id === 'comfort')!;
		comfort.descriptors.top = { applies: false };
		changed.domains[0]!.levelChanges = [
			{ level: 'middle', points: ['Plans care', 'Teaches others'], status: 'working', sources: [] }
		];
		expect(summary(changed, 'ends')).toEqual({ entry: {}, middle: {}, top: { care: ['comfort'] } });
		const middle = levelOverviews(changed).find((o) => o.level.id === 'middle')!;
		expect(middle.changes.map((c) => [c.domain.id, c.points])).toEqual([
			['care', ['Plans care', 'Teaches others']]
		]);
	});
});

test('on the shipped data, every capability starts exactly once', () => {
	const fw = accendFramework();
	const started = levelOverviews(fw).flatMap((o) =>
		o.starts.flatMap((d) => d.capabilities.map((c) => c.id))
	);
	expect(started.sort()).toEqual(fw.capabilities.map((c) => c.id).sort());
});
