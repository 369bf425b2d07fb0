import { error } from '@sveltejs/kit';
import { allComparisonSlugs } from '$lib/framework/compare';
import { getFramework } from '$lib/server/framework';
import { comparisonPageOf } from '$lib/server/pages/compare';
import type { EntryGenerator, PageServerLoad } from './$types';

// Every pair and triple of levels is its own page, so a comparison is a plain shareable URL.
export const entries: EntryGenerator = () =>
	allComparisonSlugs(getFramework()).map((levels) => ({ levels }));

export const load: PageServerLoad = ({ params }) =>
	comparisonPageOf(getFramework(), params.levels) ??
	error(404, 'Choose two or three levels, lowest first');
