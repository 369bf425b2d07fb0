import { describe, expect, test } from 'vitest';
import { chooseLevel, verbTier, type CandidateLevel } from '../../src/lib/curriculum/suggest-level';

const LEVELS = [
	'Supportive',
	'Assistive',
	'Pre-registration',
	'Registration',
	'Enhanced',
	'Advanced',
	'Consultant'
];
const level = (index: number, words = 0): CandidateLevel => ({
	id: LEVELS[index]!.toLowerCase(),
	name: LEVELS[index]!,
	index,
	words
});
const declared = (...indexes: number[]) =>
	indexes.map((i) => ({ id: LEVELS[i]!.toLowerCase(), name: LEVELS[i]!, index: i }));
const all = [0, 1, 2, 3, 4, 5, 6].map((i) => level(i));

describe('verbTier', () => {
	test.each([
		['Describe the side effects of chemotherapy', 0.6],
		['Apply principles of rehabilitation', 1.2],
		['Critically evaluate the evidence', 2],
		['Lead the design of a service', 2.5],
		['Chemotherapy side effects', null]
	])('%s → %s', (text, tier) => {
		expect(verbTier(text)).toBe(tier);
	});
});

describe('chooseLevel', () => {
	test('a declared level where the capability applies, said so', () => {
		const choice = chooseLevel(all, declared(4), verbTier('Describe the care'));
		expect(choice).toMatchObject({ level: 'enhanced', levelDeclared: true });
		expect(choice.levelReason).toMatch(/Enhanced is a level the curriculum prepares people for/);
	});

	test('of two declared levels, the one the verbs fit', () => {
		expect(chooseLevel(all, declared(3, 5), verbTier('Describe the care')).level).toBe(
			'registration'
		);
		expect(chooseLevel(all, declared(3, 5), verbTier('Lead the strategy')).level).toBe('advanced');
		expect(chooseLevel(all, declared(3, 5), verbTier('Lead the strategy')).levelReason).toMatch(
			/verbs/
		);
	});

	test('where it does not apply at a declared level, the nearest where it does, and why', () => {
		const choice = chooseLevel([level(0), level(1), level(2), level(3)], declared(5), null);
		expect(choice).toMatchObject({ level: 'registration', levelDeclared: false });
		expect(choice.levelReason).toBe(
			'Not at Advanced: this capability does not apply there, so Registration, the nearest level where it does.'
		);
	});

	test('with nothing declared, the descriptor and verbs choose, and the reason says nothing was declared', () => {
		const choice = chooseLevel([level(2), level(3, 5), level(4)], [], null);
		expect(choice).toMatchObject({ level: 'registration', levelDeclared: false });
		expect(choice.levelReason).toMatch(
			/^No level declared for the curriculum; Registration fits best/
		);
	});
});
