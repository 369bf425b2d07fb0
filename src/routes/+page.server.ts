import { getFramework } from '$lib/server/framework';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const fw = getFramework();
	return {
		title: fw.meta.title,
		levels: fw.levels.map(({ id, name, summary, order }) => ({ id, name, summary, order })),
		counts: {
			roles: fw.roles.length,
			capabilities: fw.capabilities.length,
			domains: fw.domains.length,
			routes: fw.routes.length
		}
	};
};
