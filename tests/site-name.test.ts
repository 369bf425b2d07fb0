import { describe, expect, test } from 'vitest';
import { assessmentKind as accendAssessments } from '../src/lib/assessment/model';
import { assessmentKind, SET_ASIDE_KEY, STORAGE_KEY } from '../src/lib/assessment/storage';
import { curriculumKind as accendCurricula } from '../src/lib/curriculum/model';
import { CURRICULUM_STORAGE_KEY, curriculumKind } from '../src/lib/curriculum/storage';
import {
	FILE_PREFIX,
	FRAMEWORK_NAME,
	nameSlug,
	SITE_NAME,
	STORAGE_PREFIX,
	storageKey
} from '../src/lib/site-name';
import { PROFESSION_KEY } from '../src/lib/state/pathway.svelte';

describe('nameSlug', () => {
	test.each([
		['ACCEND', 'accend'],
		['Mini', 'mini'],
		['Trust CF 2027', 'trust-cf-2027'],
		['  NHS (North) / Cancer ', 'nhs-north-cancer'],
		['A&B', 'a-b']
	])('%j → %j', (name, slug) => {
		expect(nameSlug(name)).toBe(slug);
	});
});

// The unit tests build from the active framework, ACCEND: these are the keys people's saved work
// already sits under, so a change here would leave it behind.
describe("ACCEND's site keeps the keys and file names it always had", () => {
	test('names', () => {
		expect([FRAMEWORK_NAME, SITE_NAME, FILE_PREFIX, STORAGE_PREFIX]).toEqual([
			'ACCEND',
			'ACCEND explorer',
			'accend',
			'accend-explorer'
		]);
	});

	test('storage keys', () => {
		expect([STORAGE_KEY, SET_ASIDE_KEY, CURRICULUM_STORAGE_KEY, PROFESSION_KEY]).toEqual([
			'accend-explorer:assessments',
			'accend-explorer:assessments:unreadable',
			'accend-explorer:curricula',
			'accend-explorer:pathway-profession'
		]);
		expect(storageKey('x')).toBe('accend-explorer:x');
	});

	test('the file hints name the files the site downloads', () => {
		expect(assessmentKind.fileHint).toMatch('its name starts with “accend-self-assessment”');
		expect(curriculumKind.fileHint).toMatch('its name starts with “accend-curriculum”');
	});

	test("the kinds scripts use outside a build are the same as the site's", () => {
		expect(accendAssessments).toEqual(assessmentKind);
		expect(accendCurricula).toEqual(curriculumKind);
	});
});
