import { error } from '@sveltejs/kit';
import { COMPARE_SEPARATOR } from '$lib/framework/compare';
import { levelChangesAt } from '$lib/framework/level-changes';
import {
	byId,
	capabilitiesAtLevel,
	describeRouteInFull,
	routesIntoLevel,
	routesOfRole
} from '$lib/framework/queries';
import { getFramework } from '$lib/server/framework';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => getFramework().roles.map((r) => ({ id: r.id }));

export const load: PageServerLoad = ({ params }) => {
	const fw = getFramework();
	const role = byId(fw.roles, params.id);
	if (!role) error(404, 'No such role');
	const level = byId(fw.levels, role.level);
	if (!level) error(500, 'Role without a level');
	const previous = fw.levels.find((l) => l.order === level.order - 1);
	const { into, outOf } = routesOfRole(fw, role.id);
	// With no route naming this role, the level-to-level route is the honest general answer.
	const levelRoutes = into.length
		? []
		: routesIntoLevel(fw, level.id).filter((r) => r.to.type === 'level');
	const professionName = (id: string) => byId(fw.meta.professionGroups, id)?.name ?? id;
	return {
		role,
		level: {
			id: level.id,
			name: level.name,
			order: level.order,
			attributes: level.attributes,
			payBand: level.payBand,
			careerFrameworkLevel: level.careerFrameworkLevel
		},
		levelCount: fw.levels.length,
		profession: professionName(role.professionGroup),
		into: [...into, ...levelRoutes].map((r) => describeRouteInFull(fw, r)),
		intoIsGeneral: into.length === 0 && levelRoutes.length > 0,
		outOf: outOf.map((r) => describeRouteInFull(fw, r)),
		previous: previous ? { id: previous.id, name: previous.name } : null,
		comparePath: previous
			? (`/compare/${previous.id}${COMPARE_SEPARATOR}${level.id}/` as const)
			: null,
		changes: levelChangesAt(fw, level.id),
		related: fw.roles
			.filter((r) => r.level === role.level && r.professionGroup !== role.professionGroup)
			.map((r) => ({ id: r.id, title: r.title, profession: professionName(r.professionGroup) }))
			.sort((a, b) => a.profession.localeCompare(b.profession, 'en-GB')),
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
