import { describe, expect, test } from 'vitest';
import { createSearchRecords, SEARCH_KINDS } from '../../src/lib/search/records';
import { miniFramework } from '../fixtures/mini';

const fw = miniFramework();
const records = createSearchRecords(fw);
const byKey = (key: string) => records.find((r) => r.key === key)!;

describe('search records from the mini framework', () => {
	test('one record per level, domain, role, capability, offer and descriptor that applies', () => {
		const count = (kind: string) => records.filter((r) => r.kind === kind).length;
		expect(count('level')).toBe(fw.levels.length);
		expect(count('domain')).toBe(fw.domains.length);
		expect(count('role')).toBe(fw.roles.length);
		expect(count('capability')).toBe(fw.capabilities.length);
		expect(count('offer')).toBe(fw.learningOffers.length);
		// comfort applies at all three levels, appraise at two.
		expect(count('descriptor')).toBe(5);
		expect(new Set(records.map((r) => r.key)).size).toBe(records.length);
	});

	test('every kind has a heading to be grouped under', () => {
		const kinds = new Set(SEARCH_KINDS.map((k) => k.kind));
		for (const r of records) expect(kinds.has(r.kind)).toBe(true);
	});

	test('a role says its level and profession by name and opens its page', () => {
		expect(byKey('role:nurse')).toMatchObject({
			title: 'Nurse',
			tags: 'RN',
			context: 'Middle level · Nursing',
			levels: ['middle'],
			path: '/roles/nurse/'
		});
	});

	test('a level is found by its pay band and says where it sits', () => {
		const entry = byKey('level:entry');
		expect(entry.tags).toContain('Band 3');
		expect(entry.context).toBe(`Level 1 of ${fw.levels.length}`);
	});

	test('a capability lists only the levels where it applies; its descriptors fold under it', () => {
		expect(byKey('capability:appraise').levels).toEqual(['middle', 'top']);
		expect(byKey('capability:appraise').tags).toBe('T2.1');
		expect(records.some((r) => r.key === 'descriptor:appraise:entry')).toBe(false);
		expect(byKey('descriptor:appraise:middle')).toMatchObject({
			parent: 'capability:appraise',
			context: 'Middle',
			path: '/levels/middle/#domain-evidence'
		});
	});

	test('an offer names its provider and its levels', () => {
		expect(byKey('offer:course')).toMatchObject({
			tags: 'A provider',
			context: 'A provider · Entry',
			path: '/learning/#course'
		});
	});
});
