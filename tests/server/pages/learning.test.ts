import { describe, expect, test } from 'vitest';
import { learningPageOf } from '../../../src/lib/server/pages/learning';
import { miniFramework } from '../../fixtures/mini';

const fw = miniFramework();

describe('the learning page', () => {
	test('the ladder names the levels each knowledge step usually serves', () => {
		expect(learningPageOf(fw).knowledgeLevels.map((k) => [k.id, k.levelNames])).toEqual([
			['foundation', ['Entry']],
			['deeper', ['Middle', 'Top']]
		]);
	});

	test('each offer carries its ids for the filters and the names its card shows', () => {
		const offer = learningPageOf(fw).offers.find((o) => o.id === 'course')!;
		expect(offer.levels).toEqual(['entry']);
		expect(offer.levelNames).toEqual(['Entry']);
		expect(offer.professionNames).toEqual([]);
		expect(offer.capabilityLinks).toEqual([{ id: 'comfort', title: 'Giving comfort' }]);
	});

	test('filter choices name capabilities by code and title', () => {
		expect(learningPageOf(fw).capabilities).toContainEqual({
			id: 'appraise',
			name: 'T2.1 Appraising evidence'
		});
	});
});
