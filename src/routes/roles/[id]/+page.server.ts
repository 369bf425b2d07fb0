import { error } from '@sveltejs/kit';
import { byId, capabilitiesAtLevel, describeRoute, routesOfRole } from '$lib/framework/queries';
import { getFramework } from '$lib/server/framework';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => getFramework().roles.map((r) => ({ id: r.id }));

export const load: PageServerLoad = ({ params }) => {
	const fw = getFramework();
	const role = byId(fw.roles, params.id);
	if (!role) error(404, 'No such role');
	const level = byId(fw.levels, role.level);
	if (!level) error(500, 'Role without a level');
	const { into, outOf } = routesOfRole(fw, role.id);
	return {
		role,
		level: { id: level.id, name: level.name, order: level.order },
		profession: byId(fw.meta.professionGroups, role.professionGroup)?.name ?? role.professionGroup,
		into: into.map((r) => describeRoute(fw, r)),
		outOf: outOf.map((r) => describeRoute(fw, r)),
		domains: fw.domains
			.map((d) => ({
				id: d.id,
				title: d.title,
				colour: d.colour,
				capabilities: capabilitiesAtLevel(fw, level.id, d.id).map((c) => ({
					id: c.id,
					code: c.code,
					title: c.title
				}))
			}))
			.filter((d) => d.capabilities.length > 0)
	};
};
