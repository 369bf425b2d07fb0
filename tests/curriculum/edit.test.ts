import { describe, expect, test } from 'vitest';
import {
	addModules,
	allOutcomes,
	linkOutcome,
	rejectSuggestion,
	removeModule,
	removeOutcome,
	stamped,
	unlinkOutcome,
	updateOutcome
} from '../../src/lib/curriculum/edit';
import { miniCurriculum } from './mini';

const linksOf = (c: ReturnType<typeof miniCurriculum>, id: string) =>
	allOutcomes(c).find((p) => p.outcome.id === id)?.outcome;

describe('curriculum edits', () => {
	test('linking is idempotent and clears a rejection; unlinking removes one link', () => {
		let c = rejectSuggestion(miniCurriculum(), 'o3', 'comfort');
		expect(linksOf(c, 'o3')?.rejected).toEqual(['comfort']);
		c = linkOutcome(c, 'o3', { capability: 'comfort', level: 'top' });
		c = linkOutcome(c, 'o3', { capability: 'comfort', level: 'top' });
		expect(linksOf(c, 'o3')).toMatchObject({
			links: [{ capability: 'comfort', level: 'top' }],
			rejected: []
		});
		c = unlinkOutcome(c, 'o2', { capability: 'comfort', level: 'entry' });
		expect(linksOf(c, 'o2')?.links).toEqual([{ capability: 'comfort', level: 'middle' }]);
	});

	test('imported modules join a module of the same title', () => {
		const c = addModules(miniCurriculum(), [
			{
				id: 'X',
				code: '',
				title: 'module a',
				outcomes: [{ id: 'o9', code: '', text: 'New', links: [], rejected: [] }]
			},
			{ id: 'Y', code: '', title: 'Module C', outcomes: [] }
		]);
		expect(c.modules.map((m) => [m.title, m.outcomes.length])).toEqual([
			['Module A', 4],
			['Module B', 2],
			['Module C', 0]
		]);
	});

	test('editing and removing outcomes and modules', () => {
		let c = updateOutcome(miniCurriculum(), 'o1', { text: 'Gives comfort well' });
		expect(linksOf(c, 'o1')?.text).toBe('Gives comfort well');
		c = removeOutcome(c, 'o1');
		expect(linksOf(c, 'o1')).toBeUndefined();
		c = removeModule(c, 'A');
		expect(allOutcomes(c).map((p) => p.outcome.id)).toEqual(['o4', 'o5']);
	});

	test('a stamp moves the time on and counts the revision up', () => {
		const c = stamped(miniCurriculum(), new Date('2027-01-01T00:00:00Z'));
		expect(c.revision).toBe(2);
		expect(c.updatedAt).toBe('2027-01-01T00:00:00.000Z');
	});
});
