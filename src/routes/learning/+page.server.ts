import { byId } from '$lib/framework/queries';
import { getFramework } from '$lib/server/framework';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const fw = getFramework();
	return {
		knowledgeLevels: fw.knowledgeLevels.map((k) => ({
			...k,
			levelNames: k.levels.map((l) => byId(fw.levels, l)?.name ?? l)
		})),
		offers: fw.learningOffers.map((o) => ({
			...o,
			levelNames: o.levels.map((l) => byId(fw.levels, l)?.name ?? l),
			capabilityLinks: o.capabilities.map((c) => ({
				id: c,
				title: byId(fw.capabilities, c)?.title ?? c
			}))
		}))
	};
};
