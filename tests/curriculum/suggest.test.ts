import { describe, expect, test } from 'vitest';
import { createSuggester, MAX_SUGGESTIONS, stem } from '../../src/lib/curriculum/suggest';
import { accendCurriculumData } from '../fixtures/accend';
import { KNOWN_OUTCOMES } from './known-outcomes';

const data = accendCurriculumData();
const { suggest } = createSuggester(data);

describe('stem', () => {
	test.each([
		['communicating', 'communication'],
		['treatments', 'treatment'],
		['assessing', 'assessment'],
		['palliative', 'palliation'],
		['organising', 'organisation']
	])('%s and %s meet', (a, b) => {
		expect(stem(a)).toBe(stem(b));
	});
});

describe('suggestions for outcomes with known answers', () => {
	test.each(KNOWN_OUTCOMES)('%s → %s in the top three', (outcome, expected) => {
		const ranked = suggest(outcome).map((s) => s.capability);
		expect(ranked.slice(0, 3)).toContain(expected);
	});

	test('most known outcomes get their capability first', () => {
		const first = KNOWN_OUTCOMES.filter(([o, e]) => suggest(o)[0]?.capability === e).length;
		expect(first / KNOWN_OUTCOMES.length).toBeGreaterThanOrEqual(0.9);
	});
});

describe('each suggestion explains itself', () => {
	test('the matched words are the outcome’s own words', () => {
		const [top] = suggest('Safely administer SACT and manage common side effects of chemotherapy');
		expect(top?.capability).toBe('sact-care');
		expect(top?.matched).toEqual(
			expect.arrayContaining(['SACT', 'chemotherapy', 'side', 'effects'])
		);
		expect(top?.matched).not.toContain('and');
	});

	test('NHS shorthand is understood through the search vocabulary', () => {
		expect(suggest('Contribute to the MDT')[0]?.capability).toBe('mdt-working');
		expect(suggest('Holistic assessment using the HNA')[0]?.capability).toBe(
			'holistic-needs-assessment'
		);
	});

	test('the best-fit level leans to the programme’s level', () => {
		const outcome = 'Complete a holistic needs assessment and agree a care plan';
		expect(suggest(outcome, 'registration')[0]?.level).toBe('registration');
		expect(suggest(outcome, 'advanced')[0]?.level).toBe('advanced');
	});

	test('demanding verbs fit higher levels than describing ones', () => {
		const index = (id: string | undefined) => data.levels.findIndex((l) => l.id === id);
		const low = suggest('Describe the side effects of chemotherapy')[0];
		const high = suggest(
			'Critically evaluate and lead the management of chemotherapy side effects'
		)[0];
		expect(low?.capability).toBe('sact-care');
		expect(high?.capability).toBe('sact-care');
		expect(index(high?.level)).toBeGreaterThan(index(low?.level));
	});

	test('the level suggested is one where the capability applies', () => {
		for (const [outcome] of KNOWN_OUTCOMES) {
			for (const s of suggest(outcome, 'supportive')) {
				const capability = data.capabilities.find((c) => c.id === s.capability);
				expect(capability?.descriptors[s.level]).toBeTruthy();
			}
		}
	});
});

describe('limits', () => {
	test('words with no meaning here suggest nothing', () => {
		expect(suggest('Students will be able to demonstrate understanding')).toEqual([]);
		expect(suggest('zzz qqq')).toEqual([]);
	});

	test('excluded capabilities (linked or rejected) are not offered', () => {
		const outcome = 'Manage pain and other symptoms in palliative care';
		const ranked = suggest(outcome, '', new Set(['palliative-supportive-care']));
		expect(ranked.map((s) => s.capability)).not.toContain('palliative-supportive-care');
	});

	test(`at most ${MAX_SUGGESTIONS}, best first`, () => {
		const ranked = suggest(
			'Communicate with patients, carers and the team about care and treatment'
		);
		expect(ranked.length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
		const relevance = ranked.map((s) => s.relevance);
		expect(relevance).toEqual([...relevance].sort((a, b) => b - a));
	});
});
