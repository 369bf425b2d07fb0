import { byId, rolesAtLevel } from '$lib/framework/queries';
import { getFramework } from '$lib/server/framework';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const fw = getFramework();
	return {
		levels: fw.levels.map((l) => ({
			id: l.id,
			name: l.name,
			roles: rolesAtLevel(fw, l.id).map((r) => ({
				id: r.id,
				title: r.title,
				aliases: r.aliases,
				profession: byId(fw.meta.professionGroups, r.professionGroup)?.name ?? r.professionGroup,
				status: r.status
			}))
		}))
	};
};
