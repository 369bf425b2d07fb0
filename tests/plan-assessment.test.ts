import { afterEach, expect, test, vi } from 'vitest';
import { assessmentDataOf, descriptorsOf } from '../src/lib/assessment/data';
import { createAssessment, rate } from '../src/lib/assessment/edit';
import { STORAGE_KEY, createStore } from '../src/lib/assessment/storage';
import { readSavedProfiles } from '../src/lib/plan-assessment';
import { memoryStorage } from './fixtures/memory-storage';
import { miniFramework } from './fixtures/mini';

const data = assessmentDataOf(miniFramework());
const descriptors = descriptorsOf(miniFramework());

afterEach(() => vi.unstubAllGlobals());

function saved(id: string, group: string, when: string, ratings: Record<string, number>) {
	let a = createAssessment(
		data,
		{ professionGroup: group, currentLevel: 'entry', targetLevel: 'middle' },
		id,
		new Date(when)
	);
	for (const [c, v] of Object.entries(ratings)) a = rate(descriptors, a, c, v, new Date(when));
	return a;
}

test('the planner reads saved self-assessments newest first, as ratings by capability', () => {
	const storage = memoryStorage();
	createStore(() => storage).write([
		saved('old', 'support', '2026-01-01T09:00:00Z', { comfort: 1 }),
		saved('new', 'nursing', '2026-06-01T09:00:00Z', { comfort: 3, appraise: 0 })
	]);
	vi.stubGlobal('localStorage', storage);
	const profiles = readSavedProfiles();
	expect(profiles.map((p) => p.id)).toEqual(['new', 'old']);
	expect(profiles[0]).toMatchObject({
		professionGroup: 'nursing',
		targetLevel: 'middle',
		ratings: { comfort: 3, appraise: 0 }
	});
});

test('nothing saved, or saved data that cannot be read, gives no profiles and changes nothing', () => {
	const storage = memoryStorage();
	vi.stubGlobal('localStorage', storage);
	expect(readSavedProfiles()).toEqual([]);
	storage.setItem(STORAGE_KEY, '{not json');
	expect(readSavedProfiles()).toEqual([]);
	expect(storage.getItem(STORAGE_KEY)).toBe('{not json');
	expect(storage.length).toBe(1);
});
