import { describe, expect, test } from 'vitest';
import {
	allComparisonSlugs,
	compareLevels,
	diffWords,
	isScopeWord,
	markScopeChanges,
	parseComparisonSlug,
	type WordPart
} from '../../src/lib/framework/compare';
import { miniFramework } from '../fixtures/mini';

const fw = miniFramework();
/** Show a diff compactly: added runs in [brackets]. */
const show = (parts: WordPart[]) => parts.map((p) => (p.added ? `[${p.text}]` : p.text)).join('');

describe('diffWords', () => {
	test.each([
		['Leads audit', 'Leads audit', 'Leads audit'],
		['Leads audit', 'Leads team audit', 'Leads [team] audit'],
		['Takes part in audit.', 'Leads audit and improvement.', '[Leads] audit [and improvement.]'],
		[
			'Gives comfort with help.',
			'Gives comfort alone and plans it.',
			'Gives comfort [alone and plans it.]'
		],
		['', 'All new words', '[All new words]'],
		['Old words here', '', ''],
		['Reports concerns', 'reports Concerns', 'reports Concerns'],
		['Uses data to review care', 'Uses the data to review care', 'Uses the data to review care'],
		['Uses data', 'Uses the new data', 'Uses [the new] data']
	])('"%s" → "%s" marks %s', (before, after, expected) => {
		expect(show(diffWords(before, after))).toBe(expected);
	});

	test('the parts always join back into the new text', () => {
		const after = 'Designs and evaluates courses, with education partners.';
		expect(
			diffWords('Designs teaching sessions.', after)
				.map((p) => p.text)
				.join('')
		).toBe(after);
	});
});

describe('compareLevels', () => {
	test('a capability that starts at the higher level is marked "starts"', () => {
		const result = compareLevels(fw, ['entry', 'middle']);
		const appraise = result.domains.flatMap((d) => d.capabilities).find((c) => c.id === 'appraise');
		expect(appraise?.change).toBe('starts');
		expect(appraise?.startsAt).toBe('middle');
		expect(appraise?.cells[0]).toMatchObject({ applies: false, note: 'Starts at Middle.' });
	});

	test('a reworded capability marks only the new words of scope or autonomy at the higher level', () => {
		const result = compareLevels(fw, ['entry', 'middle']);
		const comfort = result.domains[0]?.capabilities[0];
		expect(comfort?.change).toBe('reworded');
		const higher = comfort?.cells[1];
		expect(higher?.applies && show(higher.parts)).toBe('Gives comfort [alone] and plans it.');
	});

	test.each([
		[['entry', 'middle'], { starts: 1, reworded: 1, same: 0, stops: 0 }],
		[['middle', 'top'], { starts: 0, reworded: 2, same: 0, stops: 0 }],
		[['entry', 'middle', 'top'], { starts: 1, reworded: 1, same: 0, stops: 0 }],
		[['top', 'entry'], { starts: 1, reworded: 1, same: 0, stops: 0 }]
	])('totals for %j', (levels, totals) => {
		expect(compareLevels(fw, levels).totals).toEqual(totals);
	});

	test('levels come back in framework order whatever order they are asked in', () => {
		expect(compareLevels(fw, ['top', 'entry']).levels.map((l) => l.id)).toEqual(['entry', 'top']);
	});

	test('a capability that applies at neither level is left out', () => {
		const onlyEntry = compareLevels(fw, ['entry']);
		expect(onlyEntry.domains.find((d) => d.domain.id === 'evidence')?.capabilities).toEqual([]);
	});

	test('identical wording counts as "same" and one that ends counts as "stops"', () => {
		const edited = structuredClone(fw);
		const comfort = edited.capabilities[0]!;
		comfort.descriptors.middle = { applies: true, text: 'Gives comfort with help.' };
		comfort.descriptors.top = { applies: false };
		const result = compareLevels(edited, ['entry', 'middle']);
		expect(result.domains[0]?.capabilities[0]?.change).toBe('same');
		expect(compareLevels(edited, ['middle', 'top']).domains[0]?.capabilities[0]?.change).toBe(
			'stops'
		);
	});
});

describe('comparison slugs', () => {
	test.each([
		['entry-vs-middle', ['entry', 'middle']],
		['entry-vs-middle-vs-top', ['entry', 'middle', 'top']],
		['middle-vs-entry', null],
		['entry', null],
		['entry-vs-nowhere', null],
		['entry-vs-entry', null]
	])('parseComparisonSlug(%s)', (slug, expected) => {
		expect(parseComparisonSlug(fw, slug)).toEqual(expected);
	});

	test('every pair and triple in order, each parseable', () => {
		const slugs = allComparisonSlugs(fw);
		expect(slugs.sort()).toEqual(
			['entry-vs-middle', 'entry-vs-top', 'middle-vs-top', 'entry-vs-middle-vs-top'].sort()
		);
		for (const s of slugs) expect(parseComparisonSlug(fw, s)).not.toBeNull();
	});
});

describe('marking only changes that carry meaning', () => {
	test.each([
		['Supports the team', 'Leads the team', '[Leads] the team'],
		[
			'Gives care',
			'Gives care to people with complex needs',
			'Gives care to people with [complex] needs'
		],
		['Uses evidence', 'Uses new evidence daily', 'Uses new evidence daily'],
		['Plans care', 'Plans care across whole services', 'Plans care [across whole services]']
	])('%s → %s', (before, after, expected) => {
		const parts = markScopeChanges(diffWords(before, after));
		expect(show(parts)).toBe(expected);
		expect(parts.map((p) => p.text).join('')).toBe(after);
	});

	test.each([
		['leading', true],
		['Independently,', true],
		['supervises', true],
		['care', false],
		['the', false],
		['', false]
	])('%s is a scope word: %s', (word, expected) => {
		expect(isScopeWord(word)).toBe(expected);
	});
});
