/** Timing helpers for benchmarks: many runs, median and 95th percentile. */
import { performance } from 'node:perf_hooks';

export interface Timing {
	median: number;
	p95: number;
	runs: number;
}

/** The value below which `share` of the sorted samples fall. */
export function percentile(sorted: readonly number[], share: number): number {
	if (sorted.length === 0) return NaN;
	const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1));
	return sorted[i] as number;
}

/** Time `fn` `runs` times after `warmup` unmeasured runs (so the JIT has settled). */
export function measure(fn: () => unknown, runs = 200, warmup = 20): Timing {
	for (let i = 0; i < warmup; i++) fn();
	const samples: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		fn();
		samples.push(performance.now() - start);
	}
	samples.sort((a, b) => a - b);
	return { median: percentile(samples, 0.5), p95: percentile(samples, 0.95), runs };
}

/** Summaries of a list of already-taken samples. */
export function summarise(samples: readonly number[]): Timing {
	const sorted = [...samples].sort((a, b) => a - b);
	return { median: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), runs: sorted.length };
}
