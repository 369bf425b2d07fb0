/**
 * Crossings on the pathway map before and after the barycentre sweeps, for npm run bench:
 * on ACCEND with every profession, on its default view (one profession in focus), and on the
 * framework ten times larger. "Before" is the title order the layout starts from.
 */
import type { Framework } from '../../src/lib/framework/schema';
import { countCrossings, layoutPathway } from '../../src/lib/layout/pathway';
import {
	defaultProfession,
	NO_FILTER,
	pathwayInput,
	type PathwayFilter
} from '../../src/lib/layout/pathway-input';
import { pathwayDataOf } from '../../src/lib/server/pathway-data';

/** Print crossings before and after ordering; returns the names of maps where ordering did not help. */
export function reportCrossings(maps: Record<string, Framework>): string[] {
	const worse: string[] = [];
	for (const [name, fw] of Object.entries(maps)) {
		const data = pathwayDataOf(fw);
		const views: [string, PathwayFilter][] = [
			['all professions', NO_FILTER],
			[
				`default view (${defaultProfession(data)})`,
				{ ...NO_FILTER, profession: defaultProfession(data) }
			]
		];
		for (const [view, filter] of views) {
			const input = pathwayInput(data, filter);
			const before = countCrossings(layoutPathway(input, { sweeps: 0 }));
			const after = countCrossings(layoutPathway(input));
			const ok = after < before || (after === 0 && before === 0);
			console.log(
				`${ok ? 'ok  ' : 'SAME'} pathway crossings, ${name}, ${view}: ${before} before ordering, ${after} after`
			);
			if (after > before) worse.push(`${name}, ${view}`);
		}
	}
	return worse;
}
