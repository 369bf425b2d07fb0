import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { expandQuery, MAX_VARIANTS, prepareVocabulary } from '../../src/lib/search/vocabulary';
import { vocabularySchema } from '../../src/lib/search/vocabulary-schema';

const vocabulary = prepareVocabulary({
	equivalents: [
		['chemo', 'chemotherapy', 'SACT'],
		['OT', 'occupational therapist'],
		['haematology', 'hematology']
	]
});

describe('expandQuery', () => {
	test.each([
		['chemo', ['chemo', 'chemotherapy', 'SACT']],
		['Chemo nurse', ['Chemo nurse', 'chemotherapy nurse', 'SACT nurse']],
		['OT', ['OT', 'occupational therapist']],
		['hematology ACP', ['hematology ACP', 'haematology ACP']],
		// Whole words only: "other" contains "ot" but is not OT.
		['other', ['other']],
		['', ['']]
	])('%s → %j', (query, expected) => {
		expect(expandQuery(query, vocabulary)).toEqual(expected);
	});

	test('variants are capped', () => {
		const many = prepareVocabulary({
			equivalents: [Array.from({ length: 20 }, (_, i) => `w${i}`)]
		});
		expect(expandQuery('w0', many)).toHaveLength(MAX_VARIANTS);
	});
});

const shipped = vocabularySchema.parse(
	JSON.parse(
		readFileSync(join(import.meta.dirname, '../../framework-data/search-vocabulary.json'), 'utf8')
	)
);
const groupsWith = (phrase: string) =>
	shipped.equivalents.filter((g) => g.some((p) => p.toLowerCase() === phrase));

test('the shipped vocabulary covers the words the issues and the content review name', () => {
	const all = [...shipped.equivalents.flat(), ...(shipped.ambiguous ?? []).map((a) => a.term)].map(
		(p) => p.toLowerCase()
	);
	for (const word of [
		...['cns', 'acp', 'ahp', 'hca', 'sact', 'chemo', 'rt', 'hna', 'mdt', 'eol', 'physio', 'ot'],
		...['slt', 'tr', 'haematology', 'hematology', 'oesophageal', 'esophageal', 'dietician'],
		...['program', 'genomics', 'paediatric', 'children and young people', 'tya', 'frailty'],
		...['cga', 'older people', 'nmp', 'v300', 'ir(me)r', 'radiation protection', 'pcn'],
		...['practice nurse', 'district nurse', 'cancer care review', 'primary care', 'prehab'],
		...['prehabilitation', 'aos', 'acute oncology', 'triage']
	]) {
		expect(all, word).toContain(word);
	}
});

test('pay bands are never made equal to levels or to each other (#50)', () => {
	for (const group of shipped.equivalents)
		expect(
			group.some((p) => /^band\b/i.test(p)),
			group.join(', ')
		).toBe(false);
	expect(
		shipped.hints?.some((h) => h.when.includes('band') && /not part of ACCEND/.test(h.say))
	).toBe(true);
});

test('"supportive care" is not palliative care (#52)', () => {
	expect(groupsWith('palliative')[0]).not.toContain('supportive care');
	expect(groupsWith('supportive care')).toEqual([]);
});

test.each([
	['acp', ['advanced clinical practitioner', 'advance care planning']],
	['ap', ['assistant practitioner', 'advanced practitioner']]
])('"%s" keeps both its senses (#51, #53) and sits in no group', (term, senses) => {
	const entry = shipped.ambiguous?.find((a) => a.term.toLowerCase() === term);
	expect(entry?.senses.map((s) => s.toLowerCase())).toEqual(senses);
	expect(groupsWith(term)).toEqual([]);
});

test('an ambiguous term also put in a group is refused, by name', () => {
	const result = vocabularySchema.safeParse({
		equivalents: [['ACP', 'advanced clinical practitioner']],
		ambiguous: [
			{ term: 'ACP', senses: ['advanced clinical practitioner', 'advance care planning'] }
		]
	});
	expect(result.success).toBe(false);
	expect(result.error?.issues[0]?.message).toMatch(/"ACP" has several senses/);
});
