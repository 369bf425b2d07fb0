import { describe, expect, test } from 'vitest';
import { createBm25, type Bm25Doc } from '../../src/lib/curriculum/bm25';

type F = 'title' | 'body';
const doc = (id: string, title: string, ...body: string[]): Bm25Doc<F> => ({
	id,
	fields: { title: [title.split(' ')], body: body.map((b) => b.split(' ')) }
});
const docs = [
	doc('audit', 'audit quality', 'collect audit data', 'lead quality projects'),
	doc('pain', 'pain symptom', 'report pain', 'manage symptom pain pain pain pain pain pain'),
	doc('data', 'data outcome', 'record data', 'audit data use'),
	doc('learn', 'support learner', 'support student', 'assess learner practice')
];
const index = createBm25(docs, { fieldWeights: { title: 3, body: 1 } });
const q = (...stems: string[]) => stems.map((stem) => ({ stem, weight: 1 }));
const rank = (...stems: string[]) =>
	index
		.score(q(...stems), stems)
		.sort((a, b) => b.score - a.score)
		.map((h) => h.id);
const scoreOf = (id: string, stems: string[], sequence: string[] = []) =>
	index.score(q(...stems), sequence).find((h) => h.id === id)?.score ?? 0;

describe('createBm25', () => {
	test('a word in the title counts for more than the same word in the body', () => {
		expect(rank('audit')).toEqual(['audit', 'data']);
	});

	test('rarer words count for more', () => {
		expect(index.idf('learner')).toBeGreaterThan(index.idf('data'));
		expect(index.idf('unknown')).toBe(0);
	});

	test('repeats saturate: a word said often in a long body does not beat a title', () => {
		expect(scoreOf('pain', ['pain'])).toBeLessThan(2 * scoreOf('learn', ['learner']));
	});

	test('only documents with a query word come back, with the words they matched', () => {
		const hits = index.score(q('learner', 'nothing'));
		expect(hits.map((h) => [h.id, h.stems])).toEqual([['learn', ['learner']]]);
	});

	test('two query words side by side in a passage add a phrase bonus and are named', () => {
		const apart = scoreOf('audit', ['audit', 'data'], ['data', 'audit']);
		const together = scoreOf('audit', ['audit', 'data'], ['audit', 'data']);
		expect(together).toBeGreaterThan(apart);
		expect(
			index.score(q('audit', 'data'), ['audit', 'data']).find((h) => h.id === 'audit')?.phrases
		).toEqual(['audit data']);
	});

	test('a synonym weighs less than the word itself', () => {
		const own = index.score([{ stem: 'learner', weight: 1 }])[0]!.score;
		const synonym = index.score([{ stem: 'learner', weight: 0.5 }])[0]!.score;
		expect(synonym).toBeCloseTo(own / 2);
	});

	test('the ceiling is what every word once in the title would score', () => {
		const single = createBm25([doc('a', 'x', 'y'), doc('b', 'z', 'y')], {
			fieldWeights: { title: 3, body: 1 },
			b: 0
		});
		const [hit] = single.score(q('x'));
		expect(hit!.score).toBeCloseTo(single.ceiling(q('x')));
	});
});

describe('a field weighing nothing', () => {
	test('never matches, but makes its words more common', () => {
		type G = 'title' | 'topic';
		const d = (id: string, title: string, topic: string): Bm25Doc<G> => ({
			id,
			fields: { title: [title.split(' ')], topic: [topic.split(' ')] }
		});
		const docs = [d('a', 'audit data', 'research'), d('b', 'trial design', 'research')];
		const weighted = createBm25(docs, { fieldWeights: { title: 3, topic: 0 } });
		const plain = createBm25(docs, { fieldWeights: { title: 3, topic: 1 } });
		expect(weighted.score([{ stem: 'research', weight: 1 }])).toEqual([]);
		expect(plain.score([{ stem: 'research', weight: 1 }])).toHaveLength(2);
		expect(weighted.idf('research')).toBeLessThan(weighted.idf('audit'));
	});
});
