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

test('the shipped vocabulary is valid and covers the words the issue names', () => {
	const raw = JSON.parse(
		readFileSync(join(import.meta.dirname, '../../framework-data/search-vocabulary.json'), 'utf8')
	);
	const parsed = vocabularySchema.parse(raw);
	const all = parsed.equivalents.flat().map((p) => p.toLowerCase());
	for (const word of [
		'cns',
		'acp',
		'ahp',
		'hca',
		'sact',
		'chemo',
		'rt',
		'hna',
		'mdt',
		'eol',
		'physio',
		'ot',
		'slt',
		'tr',
		'haematology',
		'hematology',
		'oesophageal',
		'esophageal',
		'dietician',
		'program',
		'band 6'
	]) {
		expect(all, word).toContain(word);
	}
});
