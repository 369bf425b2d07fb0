import { getFramework } from '$lib/server/framework';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const fw = getFramework();
	return {
		levels: fw.levels.map(({ id, name, order }) => ({ id, name, order })),
		counts: {
			roles: fw.roles.length,
			capabilities: fw.capabilities.length,
			domains: fw.domains.length
		}
	};
};
