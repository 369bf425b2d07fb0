import { describe, expect, test } from 'vitest';
import { capabilityPageOf } from '../../../src/lib/server/pages/capabilities';
import { miniFramework } from '../../fixtures/mini';

const fw = miniFramework();

describe('capability pages', () => {
	test('an unknown capability has no page', () => {
		expect(capabilityPageOf(fw, 'juggling')).toBeNull();
	});

	test('a capability carries its domain, pillar names and learning', () => {
		const page = capabilityPageOf(fw, 'comfort')!;
		expect(page.capability).toMatchObject({ id: 'comfort', code: 'T1.1' });
		expect(page.domain.id).toBe('care');
		expect(page.pillars).toEqual(['Clinical']);
		expect(page.offers.map((o) => o.id)).toEqual(['course']);
	});

	test('every level is listed, and where it does not apply it says so', () => {
		const page = capabilityPageOf(fw, 'appraise')!;
		expect(page.levels.map((l) => [l.id, l.applies])).toEqual([
			['entry', false],
			['middle', true],
			['top', true]
		]);
		expect(page.levels[0]!.text).not.toBe(page.levels[1]!.text);
		expect(page.levels[0]!.text.length).toBeGreaterThan(0);
	});
});
