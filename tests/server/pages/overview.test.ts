import { describe, expect, test } from 'vitest';
import { overviewPageOf } from '../../../src/lib/server/pages/overview';
import { miniFramework } from '../../fixtures/mini';

const fw = miniFramework();

describe('the overview page', () => {
	test('each level counts the capabilities that start at it, and the counts add up', () => {
		const page = overviewPageOf(fw);
		expect(page.levels.map((l) => [l.id, l.startCount])).toEqual([
			['entry', 1],
			['middle', 1],
			['top', 0]
		]);
		expect(page.levels.reduce((n, l) => n + l.startCount, 0)).toBe(page.total);
	});

	test('starts are grouped by domain with only ids and titles', () => {
		const middle = overviewPageOf(fw).levels.find((l) => l.id === 'middle')!;
		expect(middle.previous).toEqual({ id: 'entry', name: 'Entry' });
		expect(middle.starts).toEqual([
			expect.objectContaining({
				id: 'evidence',
				capabilities: [{ id: 'appraise', title: 'Appraising evidence' }]
			})
		]);
	});
});
