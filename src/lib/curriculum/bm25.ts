/**
 * Field-weighted BM25 (BM25F) over small documents whose fields are lists of
 * passages of stems: a capability's title, its summary, its descriptors. A word
 * counts for more the rarer it is across documents (inverse document frequency),
 * for more in a heavier field, and for less each time it repeats (saturation),
 * so a long descriptor cannot win by saying one word often. Two query words
 * that stand side by side in a passage too ("service development") add a
 * phrase bonus.
 *
 * Example: createBm25([{ id: 'a', fields: { title: [['audit']] } }], { fieldWeights: { title: 3 } })
 *   .score([{ stem: 'audit', weight: 1 }]) → [{ id: 'a', score: …, stems: ['audit'], phrases: [] }]
 */

export interface Bm25Doc<F extends string> {
	id: string;
	/** Each field's passages, each a list of stems in reading order. */
	fields: Record<F, string[][]>;
}

export interface Bm25Options<F extends string> {
	/** How much a word in each field counts; a field weighing 0 only makes its words more common. */
	fieldWeights: Record<F, number>;
	/** Saturation: how quickly repeats of a word stop adding (BM25's usual 1.2). */
	k1?: number;
	/** How much a long field is discounted against the average length (BM25's usual 0.75). */
	b?: number;
	/** A phrase's bonus as a share of its rarer word's weight. */
	phraseWeight?: number;
}

export interface QueryTerm {
	stem: string;
	/** 1 for the query's own words; less for words reached through synonyms. */
	weight: number;
}

export interface Bm25Hit {
	id: string;
	score: number;
	/** Query stems found in the document. */
	stems: string[];
	/** Adjacent query stem pairs found side by side in the document, as "a b". */
	phrases: string[];
}

const pairKey = (a: string, b: string) => `${a} ${b}`;

/** An index over the documents, built once; `score` ranks them for one query. */
export function createBm25<F extends string>(docs: Bm25Doc<F>[], options: Bm25Options<F>) {
	const { fieldWeights, k1 = 1.2, b = 0.75, phraseWeight = 0.5 } = options;
	const fields = Object.keys(fieldWeights) as F[];
	const averageLength = new Map<F, number>();
	for (const f of fields) {
		const total = docs.reduce((sum, d) => sum + d.fields[f].flat().length, 0);
		averageLength.set(f, Math.max(1, total / Math.max(1, docs.length)));
	}
	const prepared = docs.map((d) => {
		// Each stem's weighted, length-normalised frequency across the fields.
		const frequency = new Map<string, number>();
		// Each adjacent pair of stems, with the weight of the heaviest field it stands in.
		const pairs = new Map<string, number>();
		for (const f of fields) {
			const passages = d.fields[f];
			const length = passages.flat().length;
			const norm = 1 - b + (b * length) / averageLength.get(f)!;
			for (const passage of passages) {
				passage.forEach((s, i) => {
					frequency.set(s, (frequency.get(s) ?? 0) + fieldWeights[f] / norm);
					const next = passage[i + 1];
					const key = next === undefined ? '' : pairKey(s, next);
					if (key) pairs.set(key, Math.max(pairs.get(key) ?? 0, fieldWeights[f]));
				});
			}
		}
		return { id: d.id, frequency, pairs };
	});
	const documentFrequency = new Map<string, number>();
	for (const d of prepared)
		for (const s of d.frequency.keys())
			documentFrequency.set(s, (documentFrequency.get(s) ?? 0) + 1);
	const n = docs.length;

	/** Inverse document frequency of a stem: 0 for one no document has. */
	function idf(s: string): number {
		const df = documentFrequency.get(s);
		return df ? Math.log(1 + (n - df + 0.5) / (df + 0.5)) : 0;
	}

	const heaviest = Math.max(...fields.map((f) => fieldWeights[f]));
	const saturate = (tf: number) => (tf * (k1 + 1)) / (k1 + tf);

	/** The score of a document that held every query word once in its heaviest field. */
	function ceiling(query: QueryTerm[]): number {
		return query.reduce((sum, t) => sum + t.weight * idf(t.stem) * saturate(heaviest), 0);
	}

	/** Every document with at least one query word, unsorted. */
	function score(query: QueryTerm[], sequence: string[] = []): Bm25Hit[] {
		const hits: Bm25Hit[] = [];
		for (const d of prepared) {
			let total = 0;
			const stems: string[] = [];
			for (const t of query) {
				const tf = d.frequency.get(t.stem);
				if (!tf) continue;
				total += t.weight * idf(t.stem) * saturate(tf);
				stems.push(t.stem);
			}
			if (!stems.length) continue;
			const phrases: string[] = [];
			for (let i = 0; i + 1 < sequence.length; i++) {
				const a = sequence[i]!;
				const z = sequence[i + 1]!;
				const key = pairKey(a, z);
				const weight = d.pairs.get(key);
				if (a === z || !weight || phrases.includes(key)) continue;
				total += phraseWeight * Math.min(idf(a), idf(z)) * saturate(weight);
				phrases.push(key);
			}
			hits.push({ id: d.id, score: total, stems, phrases });
		}
		return hits;
	}

	return { idf, ceiling, score };
}

export type Bm25Index = ReturnType<typeof createBm25>;
