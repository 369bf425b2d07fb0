import { describe, expect, test } from 'vitest';
import { coverageOf } from '../../src/lib/curriculum/coverage';
import type { Module } from '../../src/lib/curriculum/model';
import {
	createSuggester,
	GOOD_MATCH,
	MAX_SUGGESTIONS,
	stem,
	STRONG_MATCH,
	strengthOf
} from '../../src/lib/curriculum/suggest';
import { accendCurriculumData, accendCurriculumText } from '../fixtures/accend';
import { KNOWN_OUTCOMES } from './known-outcomes';

const data = accendCurriculumData();
const { suggest } = createSuggester(data, accendCurriculumText());

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

	test('the level is the programme’s own when one level is given as a string', () => {
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
				expect(capability?.levels).toContain(s.level);
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

describe('the cases the issue names', () => {
	test('supporting the learning of students and junior colleagues offers W6.3 in the first three', () => {
		const outcome = 'Support the learning of students and junior colleagues';
		for (const levels of [[], ['enhanced']]) {
			const ranked = suggest(outcome, levels).map((s) => s.capability);
			expect(ranked.slice(0, 3)).toContain('supporting-learners');
		}
	});

	test.each([
		'Undertake a clinical audit of pain management against national standards',
		'Audit the documentation of care against NICE guidance and recommend improvements',
		'Design and carry out an audit of practice in your clinical area, using the findings to propose improvements',
		'Undertake a clinical audit and lead a quality improvement project'
	])('an audit outcome never calls palliative care a good match: %s', (outcome) => {
		const palliative = suggest(outcome).find((s) => s.capability === 'palliative-supportive-care');
		expect(palliative?.strength ?? 'other').toBe('other');
		expect(suggest(outcome)[0]?.capability).toBe('audit-quality-improvement');
	});
});

describe('levels the curriculum declares', () => {
	const enhanced = (capability: string) =>
		data.capabilities.find((c) => c.id === capability)?.levels.includes('enhanced');

	test('every suggestion takes a declared level where its capability applies there', () => {
		for (const [outcome] of KNOWN_OUTCOMES) {
			for (const s of suggest(outcome, ['enhanced'])) {
				if (enhanced(s.capability)) {
					expect(s).toMatchObject({ level: 'enhanced', levelDeclared: true });
				} else {
					expect(s.levelDeclared).toBe(false);
					expect(s.levelReason).toMatch(/does not apply there/);
				}
			}
		}
	});

	test('with two declared levels, the verbs choose between them', () => {
		const levels = ['registration', 'advanced'];
		expect(suggest('Describe the side effects of chemotherapy', levels)[0]?.level).toBe(
			'registration'
		);
		expect(
			suggest('Critically evaluate and lead the management of chemotherapy side effects', levels)[0]
				?.level
		).toBe('advanced');
	});

	test('every suggestion says why its level, and says when no level was declared', () => {
		const [declared] = suggest('Lead a team of staff', ['enhanced']);
		expect(declared?.levelReason).toMatch(/Enhanced is a level the curriculum prepares people for/);
		const [none] = suggest('Lead a team of staff');
		expect(none?.levelReason).toMatch(/^No level declared/);
	});

	test('an Enhanced programme mapped by accepting each top suggestion ends with fewer gaps, all at Enhanced', () => {
		// An eight-outcome PgCert module, worded as such modules are.
		const outcomes = [
			'Critically evaluate the assessment and management of people receiving systemic anti-cancer therapy',
			'Support the learning of students and junior colleagues in practice',
			'Lead the holistic needs assessment and personalised care planning for a caseload',
			'Critically appraise research evidence and apply it to cancer care',
			'Undertake an audit of practice and lead a quality improvement project',
			'Communicate significant news sensitively and respond to psychological distress',
			'Recognise and manage oncological emergencies such as neutropenic sepsis',
			'Contribute to and lead discussions in the multidisciplinary team'
		];
		let module: Module = {
			id: 'm',
			code: 'PGC701',
			title: 'Enhanced practice in cancer care',
			outcomes: outcomes.map((text, i) => ({
				id: `o${i}`,
				code: '',
				text,
				links: [],
				rejected: []
			}))
		};
		const before = coverageOf(data, [module], ['enhanced']).gaps;
		for (const outcome of module.outcomes) {
			const top = suggest(outcome.text, ['enhanced'])[0]!;
			expect(top.level).toBe('enhanced');
			module = {
				...module,
				outcomes: module.outcomes.map((o) =>
					o.id === outcome.id
						? { ...o, links: [{ capability: top.capability, level: top.level }] }
						: o
				)
			};
		}
		const after = coverageOf(data, [module], ['enhanced']).gaps;
		expect(after).toBeLessThan(before);
	});
});

describe('strength', () => {
	test.each([
		[0.9, 0.9, 'strong'],
		[STRONG_MATCH, 0.75, 'strong'],
		[STRONG_MATCH, 1, 'good'],
		[GOOD_MATCH, GOOD_MATCH, 'good'],
		[GOOD_MATCH, 1, 'other'],
		[0.1, 0.1, 'other']
	])('relevance %s with the best at %s is %s', (relevance, best, strength) => {
		expect(strengthOf(relevance, best)).toBe(strength);
	});

	test('one matching word is never strong', () => {
		expect(strengthOf(1, 1, 1)).toBe('good');
		expect(suggest('Reflect')[0]?.strength).not.toBe('strong');
	});

	test('weak matches are other possibilities, never called good', () => {
		const ranked = suggest(
			'Communicate with patients, carers and the team about care and treatment'
		);
		for (const s of ranked)
			if (s.strength !== 'other') expect(s.relevance).toBeGreaterThanOrEqual(GOOD_MATCH);
		expect(ranked.some((s) => s.strength === 'other')).toBe(true);
	});

	test('a phrase the outcome shares with a capability is named', () => {
		const [top] = suggest('Present a service development proposal for the cancer unit');
		expect(top?.capability).toBe('service-development');
		expect(top?.phrases).toContain('service development');
	});
});

describe('matched words read as words', () => {
	test('the parts of a matched phrase are not listed again beside it', () => {
		const text = 'Explain the rationale for systemic anti-cancer therapy regimens';
		const sact = suggest(text, 'enhanced').find((s) => s.capability === 'sact-care');
		expect(sact?.matched).toContain('systemic anti-cancer therapy');
		expect(sact?.matched).not.toContain('anti');
		expect(sact?.matched).not.toContain('therapy');
	});
});
