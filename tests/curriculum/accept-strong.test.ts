import { describe, expect, test } from 'vitest';
import { applyReview, strongMatchesOf } from '../../src/lib/curriculum/accept-strong';
import { coverageOf } from '../../src/lib/curriculum/coverage';
import type { Module, Outcome } from '../../src/lib/curriculum/model';
import { createSuggester } from '../../src/lib/curriculum/suggest';
import { accendCurriculumData, accendCurriculumText } from '../fixtures/accend';

const data = accendCurriculumData();
const suggester = createSuggester(data, accendCurriculumText());

const outcome = (id: string, text: string, more: Partial<Outcome> = {}): Outcome => ({
	id,
	code: id.toUpperCase(),
	text,
	links: [],
	rejected: [],
	...more
});

const module: Module = {
	id: 'm1',
	code: 'ONC701',
	title: 'Leading cancer care',
	outcomes: [
		outcome('lo1', 'Undertake a clinical audit and lead a quality improvement project'),
		outcome('lo2', 'Support the learning of students and junior colleagues in practice'),
		// Already mapped by hand: the bulk accept leaves it alone.
		outcome('lo3', 'Safely administer SACT and manage common side effects of chemotherapy', {
			links: [{ capability: 'sact-care', level: 'registration' }]
		}),
		// Nothing strong to say about it.
		outcome('lo4', 'Reflect on the module'),
		// Its strong match was turned down, so it is not offered again.
		outcome('lo5', 'Lead, supervise and develop a team of staff', { rejected: ['leading-people'] })
	]
};

describe('strongMatchesOf', () => {
	const review = strongMatchesOf(suggester, module, ['enhanced']);

	test('lists the strong suggestions of unmapped outcomes, in module order, at the declared level', () => {
		expect(review.map((r) => [r.outcomeId, r.capability, r.level])).toEqual([
			['lo1', 'audit-quality-improvement', 'enhanced'],
			['lo2', 'supporting-learners', 'enhanced']
		]);
	});

	test('each item says what the review list shows: the outcome, the words, the level and why', () => {
		expect(review[1]).toMatchObject({
			outcomeCode: 'LO2',
			outcomeText: 'Support the learning of students and junior colleagues in practice',
			levelDeclared: true
		});
		expect(review[1]!.matched).toEqual(expect.arrayContaining(['learning', 'students']));
		expect(review[1]!.levelReason).toMatch(/Enhanced/);
	});

	test('every item is one the suggestions call strong', () => {
		for (const item of review) {
			const s = suggester
				.suggest(item.outcomeText, ['enhanced'])
				.find((x) => x.capability === item.capability);
			expect(s?.strength).toBe('strong');
		}
	});
});

describe('applyReview', () => {
	test('adds each reviewed link once, and nothing else changes', () => {
		const review = strongMatchesOf(suggester, module, ['enhanced']);
		const applied = applyReview(module, review);
		expect(applied.outcomes[0]!.links).toEqual([
			{ capability: 'audit-quality-improvement', level: 'enhanced' }
		]);
		expect(applied.outcomes[2]).toBe(module.outcomes[2]);
		expect(applyReview(applied, review)).toEqual(applied);
		// The original is untouched, so undo is keeping it.
		expect(module.outcomes[0]!.links).toEqual([]);
	});

	test('accepting all strong matches never adds a gap at the declared level', () => {
		const before = coverageOf(data, [module], ['enhanced']).gaps;
		const after = coverageOf(
			data,
			[applyReview(module, strongMatchesOf(suggester, module, ['enhanced']))],
			['enhanced']
		).gaps;
		expect(after).toBeLessThan(before);
	});
});
