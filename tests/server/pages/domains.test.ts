import { describe, expect, test } from 'vitest';
import { domainPageOf, domainsPageOf } from '../../../src/lib/server/pages/domains';
import { miniFramework } from '../../fixtures/mini';

const fw = miniFramework();

describe('domain pages', () => {
	test('the list counts each domain’s capabilities', () => {
		expect(domainsPageOf(fw).domains.map((d) => [d.id, d.count])).toEqual([
			['care', 1],
			['evidence', 1]
		]);
	});

	test('an unknown domain has no page', () => {
		expect(domainPageOf(fw, 'astrology')).toBeNull();
	});

	test('each capability says the level where it starts', () => {
		expect(domainPageOf(fw, 'care')!.capabilities.map((c) => [c.id, c.startsAt])).toEqual([
			['comfort', 'Entry']
		]);
		expect(domainPageOf(fw, 'evidence')!.capabilities.map((c) => [c.id, c.startsAt])).toEqual([
			['appraise', 'Middle']
		]);
	});
});
