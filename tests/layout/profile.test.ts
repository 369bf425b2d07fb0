import { expect, test } from 'vitest';
import {
	layoutProfile,
	PROFILE_LABEL_WIDTH,
	PROFILE_RIGHT_PADDING,
	type ProfileRow
} from '../../src/lib/layout/profile';

const profile = (id: string, mean: number | null): ProfileRow => ({
	domain: { id, shortTitle: id, colour: '#005eb8' },
	mean,
	target: 2
});

test.each([
	[null, 0],
	[0, 0],
	[1.5, 0.5],
	[3, 1]
])('a mean of %s fills %f of the scale', (mean, share) => {
	const layout = layoutProfile([profile('a', mean)], 600);
	const full = 600 - PROFILE_RIGHT_PADDING - PROFILE_LABEL_WIDTH;
	expect(layout.bars[0]?.width).toBeCloseTo(full * share, 6);
	expect(layout.bars[0]?.rated).toBe(mean !== null);
});

test('bars do not overlap and the target sits at rating 2', () => {
	const layout = layoutProfile([profile('a', 1), profile('b', 2), profile('c', 3)], 600);
	const [a, b, c] = layout.bars;
	expect(a!.y + a!.height).toBeLessThanOrEqual(b!.y);
	expect(b!.y + b!.height).toBeLessThanOrEqual(c!.y);
	expect(layout.targetX).toBe(layout.ticks[2]?.x);
});
