import { error } from '@sveltejs/kit';
import {
	byId,
	capabilitiesAtLevel,
	describeRouteInFull,
	nextLevel,
	rolesAtLevel,
	routesIntoLevel,
	routesOutOfLevel
} from '$lib/framework/queries';
import { levelChangesAt } from '$lib/framework/level-changes';
import { getFramework } from '$lib/server/framework';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => getFramework().levels.map((l) => ({ id: l.id }));

export const load: PageServerLoad = ({ params }) => {
	const fw = getFramework();
	const level = byId(fw.levels, params.id);
	if (!level) error(404, 'No such level');
	const i = fw.levels.indexOf(level);
	const previous = fw.levels[i - 1];
	const next = nextLevel(fw, level.id);
	return {
		level,
		previous: previous ? { id: previous.id, name: previous.name } : null,
		next: next ? { id: next.id, name: next.name } : null,
		changes: levelChangesAt(fw, level.id),
		roles: rolesAtLevel(fw, level.id).map((r) => ({
			id: r.id,
			title: r.title,
			profession: byId(fw.meta.professionGroups, r.professionGroup)?.name ?? r.professionGroup
		})),
		into: routesIntoLevel(fw, level.id).map((r) => describeRouteInFull(fw, r)),
		outOf: routesOutOfLevel(fw, level.id).map((r) => describeRouteInFull(fw, r)),
		domains: fw.domains.map((d) => ({
			id: d.id,
			title: d.title,
			colour: d.colour,
			capabilities: capabilitiesAtLevel(fw, level.id, d.id).map((c) => {
				const descriptor = c.descriptors[level.id];
				return {
					id: c.id,
					code: c.code,
					title: c.title,
					text: descriptor?.applies ? descriptor.text : ''
				};
			}),
			notYet: fw.capabilities.filter((c) => c.domain === d.id && !c.descriptors[level.id]?.applies)
				.length
		}))
	};
};
