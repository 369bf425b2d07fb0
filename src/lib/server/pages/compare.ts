/**
 * What the comparison pages show, sliced from a framework at build time: the level picker with
 * its quick picks, and one comparison of two or three levels.
 */
import { COMPARE_SEPARATOR, compareLevels, parseComparisonSlug } from '../../framework/compare';
import { levelChangesBetween } from '../../framework/level-changes';
import type { Framework } from '../../framework/schema';

/** The comparison picker: every level, and the step up from each as a quick pick. */
export function comparePageOf(fw: Framework) {
	const levels = fw.levels.map((l) => ({ id: l.id, name: l.name }));
	return {
		levels,
		// The step up from each level, for people without JavaScript and as quick picks.
		nextSteps: levels.slice(0, -1).map((l, i) => ({
			slug: `${l.id}${COMPARE_SEPARATOR}${levels[i + 1]?.id}`,
			label: `${l.name} and ${levels[i + 1]?.name}`
		}))
	};
}

/** One comparison's page from its address slug, or null when the slug names no valid choice. */
export function comparisonPageOf(fw: Framework, slug: string) {
	const ids = parseComparisonSlug(fw, slug);
	if (!ids) return null;
	const comparison = compareLevels(fw, ids);
	return {
		slug,
		allLevels: fw.levels.map((l) => ({ id: l.id, name: l.name })),
		levels: comparison.levels.map((l) => ({ id: l.id, name: l.name })),
		domains: comparison.domains.map((d) => ({
			...d,
			domain: {
				id: d.domain.id,
				number: d.domain.number,
				title: d.domain.title,
				colour: d.domain.colour
			}
		})),
		totals: comparison.totals,
		// What is new at every level above the lowest chosen, up to the highest: steps between count.
		changes: levelChangesBetween(fw, ids[0]!, ids[ids.length - 1]!),
		version: fw.meta.version
	};
}
