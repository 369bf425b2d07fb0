import { error } from '@sveltejs/kit';
import { allComparisonSlugs, compareLevels, parseComparisonSlug } from '$lib/framework/compare';
import { levelChangesBetween } from '$lib/framework/level-changes';
import { getFramework } from '$lib/server/framework';
import type { EntryGenerator, PageServerLoad } from './$types';

// Every pair and triple of levels is its own page, so a comparison is a plain shareable URL.
export const entries: EntryGenerator = () =>
	allComparisonSlugs(getFramework()).map((levels) => ({ levels }));

export const load: PageServerLoad = ({ params }) => {
	const fw = getFramework();
	const ids = parseComparisonSlug(fw, params.levels);
	if (!ids) error(404, 'Choose two or three levels, lowest first');
	const comparison = compareLevels(fw, ids);
	return {
		slug: params.levels,
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
};
