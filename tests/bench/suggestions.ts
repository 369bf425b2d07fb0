/**
 * Suggestion speed and quality on every known outcome (the module-worded ones
 * are long, so they are the slow case), with a declared level as the page
 * passes it; quality is printed for the tuning and test sets apart.
 * Used by npm run bench (run.mts); run alone with `npx tsx tests/bench/suggestions.ts`.
 */
import type { CurriculumData, CurriculumText } from '../../src/lib/curriculum/data';
import { createSuggester } from '../../src/lib/curriculum/suggest';
import type { KnownOutcome } from '../curriculum/known-outcomes-modules';
import { ALL_KNOWN, TEST_SET, TUNING_SET } from '../curriculum/known-outcomes-split';
import { measure, type Timing } from './measure';

/** The median and 95th percentile of one suggestion, and lines that say how good they are. */
export function benchSuggestions(
	data: CurriculumData,
	text: CurriculumText
): { timing: Timing; lines: string[] } {
	const { suggest } = createSuggester(data, text);
	const rate = (name: string, set: KnownOutcome[]) => {
		let top1 = 0;
		let top3 = 0;
		for (const k of set) {
			const ranked = suggest(k.outcome).map((s) => s.capability);
			if (ranked[0] !== undefined && k.accept.includes(ranked[0])) top1++;
			if (ranked.slice(0, 3).some((id) => k.accept.includes(id))) top3++;
		}
		const pct = (n: number) => `${((100 * n) / set.length).toFixed(0)}%`;
		return `suggestions, ${name} (${set.length} outcomes): top-1 ${pct(top1)}, top-3 ${pct(top3)}`;
	};
	let i = 0;
	const timing = measure(
		() => suggest(ALL_KNOWN[i++ % ALL_KNOWN.length]!.outcome, ['enhanced']),
		ALL_KNOWN.length * 4,
		ALL_KNOWN.length
	);
	return { timing, lines: [rate('tuning set', TUNING_SET), rate('test set', TEST_SET)] };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { accendCurriculumData, accendCurriculumText } = await import('../fixtures/accend');
	const { timing, lines } = benchSuggestions(accendCurriculumData(), accendCurriculumText());
	console.log(lines.join('\n'));
	console.log(
		`suggestions for one outcome: median ${timing.median.toFixed(2)} ms, p95 ${timing.p95.toFixed(2)} ms (${timing.runs} runs)`
	);
}
