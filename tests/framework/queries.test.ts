import { describe, expect, test } from 'vitest';
import {
	capabilitiesAtLevel,
	endpointName,
	nextLevel,
	rolesAtLevel,
	routesIntoLevel,
	routesOfRole,
	routesOutOfLevel,
	startLevel,
	unreachableRoles
} from '../../src/lib/framework/queries';
import { miniFramework } from '../fixtures/mini';

const fw = miniFramework();
const ids = (records: { id: string }[]) => records.map((r) => r.id);

describe('queries on the mini framework', () => {
	test.each([
		['entry', ['helper']],
		['middle', ['nurse']],
		['top', ['lead-nurse']]
	])('rolesAtLevel(%s)', (level, expected) => {
		expect(ids(rolesAtLevel(fw, level))).toEqual(expected);
	});

	test.each([
		['entry', [], ['helper-to-nurse']],
		['middle', ['helper-to-nurse'], ['nurse-to-lead', 'middle-to-top']],
		['top', ['nurse-to-lead', 'middle-to-top'], []]
	])('routes into and out of level %s', (level, into, outOf) => {
		expect(ids(routesIntoLevel(fw, level))).toEqual(into);
		expect(ids(routesOutOfLevel(fw, level))).toEqual(outOf);
	});

	test('routesOfRole', () => {
		const { into, outOf } = routesOfRole(fw, 'nurse');
		expect(ids(into)).toEqual(['helper-to-nurse']);
		expect(ids(outOf)).toEqual(['nurse-to-lead']);
	});

	test.each([
		['entry', undefined, ['comfort']],
		['middle', undefined, ['comfort', 'appraise']],
		['middle', 'evidence', ['appraise']]
	])('capabilitiesAtLevel(%s, %s)', (level, domain, expected) => {
		expect(ids(capabilitiesAtLevel(fw, level, domain))).toEqual(expected);
	});

	test('startLevel and nextLevel', () => {
		const appraise = fw.capabilities.find((c) => c.id === 'appraise');
		expect(appraise && startLevel(fw, appraise)?.id).toBe('middle');
		expect(nextLevel(fw, 'entry')?.id).toBe('middle');
		expect(nextLevel(fw, 'top')).toBeUndefined();
	});

	test('endpointName', () => {
		expect(endpointName(fw, { type: 'role', id: 'nurse' })).toBe('Nurse');
		expect(endpointName(fw, { type: 'level', id: 'top' })).toBe('Top level');
	});

	test('unreachableRoles ignores level-to-level routes', () => {
		expect(unreachableRoles(fw)).toEqual([]);
		const cut = { ...fw, routes: fw.routes.filter((r) => r.id !== 'nurse-to-lead') };
		// The level route middle → top alone does not make Lead Nurse reachable.
		expect(ids(unreachableRoles(cut))).toEqual(['lead-nurse']);
	});
});
