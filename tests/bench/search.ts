/**
 * Search speed and relevance for npm run bench: every relevance query typed
 * letter by letter (as the box searches on each keystroke), on ACCEND and on
 * the framework ten times larger. Budgets from issue 20; p50, p95 and p99.
 */
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../../src/cli/read-framework';
import type { Framework } from '../../src/lib/framework/schema';
import { createSearchRecords } from '../../src/lib/search/records';
import { createSearcher, createSearchIndex } from '../../src/lib/search/search';
import { vocabularySchema } from '../../src/lib/search/vocabulary-schema';
import { percentile } from './measure';
import { RELEVANCE_SET, TEST_SET, type RelevanceCase } from '../search/relevance';

/** p95 budgets per keystroke, in milliseconds (issue 20). */
const BUDGETS = { accendP95: 4, scaledP95: 16 };
/** Rounds of the whole typing sequence, each on a fresh searcher (its cache helps one person only). */
const ROUNDS = 5;

const ms = (n: number) => `${n.toFixed(2)} ms`;
const vocabulary = () =>
	vocabularySchema.parse(
		JSON.parse(readFileSync(join(DATA_DIR, 'search-vocabulary.json'), 'utf8'))
	);

const stats = (samples: number[]) => {
	const sorted = [...samples].sort((a, b) => a - b);
	const at = (share: number) => percentile(sorted, share);
	return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted[sorted.length - 1] ?? NaN };
};
const line = (t: ReturnType<typeof stats>) =>
	`p50 ${ms(t.p50)}, p95 ${ms(t.p95)}, p99 ${ms(t.p99)}, max ${ms(t.max)}`;

/**
 * Per-keystroke timings of every relevance query, typed from two letters to the end.
 * Each round types everything on a fresh searcher; a keystroke's own cost is the
 * least of its rounds, which leaves out time the process spent descheduled by
 * other work on a shared machine. Both the raw and the own-cost figures are printed.
 */
function keystrokes(fw: Framework) {
	const vocab = vocabulary();
	const records = createSearchRecords(fw);
	// The index is shipped as JSON, so time the searcher built from parsed JSON, as the browser does.
	const shipped = JSON.stringify(createSearchIndex(records));
	const queries = [...RELEVANCE_SET, ...TEST_SET].flatMap(([q]) =>
		Array.from({ length: q.length - 1 }, (_, i) => q.slice(0, i + 2))
	);
	for (const q of queries) createSearcher(records, vocab, JSON.parse(shipped)).search(q); // warm the JIT
	const rounds: number[][] = [];
	const builds: number[] = [];
	for (let round = 0; round < ROUNDS; round++) {
		let start = performance.now();
		const { search } = createSearcher(records, vocab, JSON.parse(shipped));
		builds.push(performance.now() - start);
		rounds.push(
			queries.map((q) => {
				start = performance.now();
				search(q, { limit: 10 });
				return performance.now() - start;
			})
		);
	}
	return {
		raw: stats(rounds.flat()),
		own: stats(queries.map((_, i) => Math.min(...rounds.map((r) => r[i] as number)))),
		keystrokes: queries.length,
		build: stats(builds).p50,
		kb: shipped.length / 1024
	};
}

/** Top-1 and top-5 hits of a case set (a result stands for its folded descriptors). */
function hits(fw: Framework, set: readonly RelevanceCase[]) {
	const { search } = createSearcher(createSearchRecords(fw), vocabulary());
	let top1 = 0;
	let top5 = 0;
	for (const [q, key] of set) {
		const results = search(q, { limit: 5 });
		if (results[0]?.keys.includes(key)) top1++;
		if (results.some((r) => r.keys.includes(key))) top5++;
	}
	return `top-1 ${top1}, top-5 ${top5} of ${set.length}`;
}

/** Print the figures; return the names of budgets missed. */
export function searchBench(accend: Framework, scaled: Framework, scale: number): string[] {
	console.log(
		`search relevance: tuning ${hits(accend, RELEVANCE_SET)}; held-out ${hits(accend, TEST_SET)}`
	);
	const failures: string[] = [];
	for (const [name, fw, budget] of [
		['search per keystroke, ACCEND', accend, BUDGETS.accendP95],
		[`search per keystroke, ${scale}× framework`, scaled, BUDGETS.scaledP95]
	] as const) {
		const t = keystrokes(fw);
		const ok = t.own.p95 <= budget;
		console.log(
			`${ok ? 'ok  ' : 'OVER'} ${name} (${t.keystrokes} keystrokes × ${ROUNDS} rounds; budget p95 < ${ms(budget)} of own cost)\n` +
				`       own cost: ${line(t.own)}\n` +
				`       raw:      ${line(t.raw)}\n` +
				`       searcher built in ${ms(t.build)} from a ${t.kb.toFixed(0)} KB index`
		);
		if (!ok) failures.push(name);
	}
	return failures;
}
