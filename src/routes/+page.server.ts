import { getFramework } from '$lib/server/framework';
import type { PageServerLoad } from './$types';

/**
 * The route planner is built on its own branch; the home page offers it once it is in the build,
 * so that no build ever links to a missing page. Once merged this is always true.
 */
const HAS_PLANNER = Object.keys(import.meta.glob('./plan/+page.svelte')).length > 0;

export const load: PageServerLoad = () => {
	const fw = getFramework();
	return {
		hasPlanner: HAS_PLANNER,
		levels: fw.levels.map(({ id, name, order }) => ({ id, name, order })),
		counts: {
			roles: fw.roles.length,
			capabilities: fw.capabilities.length,
			domains: fw.domains.length
		}
	};
};
