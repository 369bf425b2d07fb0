import { rolesAtLevel } from '$lib/framework/queries';
import { getFramework } from '$lib/server/framework';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const fw = getFramework();
	const groupName = new Map(fw.meta.professionGroups.map((g) => [g.id, g.name]));
	return {
		professions: fw.meta.professionGroups
			.map((g) => ({
				id: g.id,
				name: g.name,
				count: fw.roles.filter((r) => r.professionGroup === g.id).length
			}))
			.filter((g) => g.count > 0),
		levels: fw.levels.map((l) => ({
			id: l.id,
			name: l.name,
			roles: rolesAtLevel(fw, l.id).map((r) => ({
				id: r.id,
				title: r.title,
				aliases: r.aliases,
				professionGroup: r.professionGroup,
				profession: groupName.get(r.professionGroup) ?? r.professionGroup,
				status: r.status
			}))
		}))
	};
};
