import { getFramework } from '$lib/server/framework';
import { rolesAtLevel } from '$lib/framework/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const fw = getFramework();
	return {
		levels: fw.levels.map((l) => ({
			id: l.id,
			order: l.order,
			name: l.name,
			summary: l.summary,
			status: l.status,
			roleCount: rolesAtLevel(fw, l.id).length
		}))
	};
};
