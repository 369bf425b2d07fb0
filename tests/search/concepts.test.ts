import { expect, test } from 'vitest';
import { conceptsOf, hintsFor, prepareConcepts } from '../../src/lib/search/concepts';

const prepared = prepareConcepts({
	equivalents: [
		['chemo', 'chemotherapy', 'SACT', 'systemic anti-cancer therapy'],
		['advanced clinical practitioner', 'advanced clinical practice'],
		['advance care planning', 'future care planning'],
		['end of life', 'EoL']
	],
	ambiguous: [{ term: 'ACP', senses: ['advanced clinical practitioner', 'advance care planning'] }],
	hints: [{ when: ['band'], say: 'Bands are not levels.' }]
});
const shape = (q: string) =>
	conceptsOf(q, prepared).map((c) => [c.typed, c.alternatives.map((a) => a.join(' ')), c.open]);

test.each([
	[
		'chemo nurse',
		[
			['chemo', ['chemo', 'chemotherapy', 'sact', 'systemic anti cancer therapy'], true],
			['nurse', ['nurse'], true]
		]
	],
	// The longest phrase wins, stop words are dropped, repeats count once.
	[
		'care at the end of life',
		[
			['care', ['care'], true],
			['end of life', ['end of life', 'eol'], false]
		]
	],
	['nurse nurse', [['nurse', ['nurse'], true]]],
	// A number belongs to the word before it.
	['band 7', [['band 7', ['band 7'], false]]],
	['the a of', []]
])('conceptsOf(%j)', (query, expected) => {
	expect(shape(query)).toEqual(expected);
});

test('an ambiguous term looks for every sense and its other wordings', () => {
	expect(shape('ACP')[0]?.[1]).toEqual([
		'acp',
		'advanced clinical practitioner',
		'advanced clinical practice',
		'advance care planning',
		'future care planning'
	]);
});

test('hints are one-way: named words show them, nothing else does', () => {
	expect(hintsFor('Band 6 nurse', prepared)).toEqual(['Bands are not levels.']);
	expect(hintsFor('husband', prepared)).toEqual([]);
});
