import { error } from '@sveltejs/kit';
import { getFramework } from '$lib/server/framework';
import {
	byId,
	capabilitiesAtLevel,
	endpointName,
	nextLevel,
	rolesAtLevel,
	routesIntoLevel,
	routesOutOfLevel
} from '$lib/framework/queries';
import type { Route } from '$lib/framework/schema';
import type { Framework } from '$lib/framework/schema';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => getFramework().levels.map((l) => ({ id: l.id }));

/** A route as the page shows it: names instead of ids. */
function describeRoute(fw: Framework, r: Route) {
	return {
		id: r.id,
		title: r.title,
		kind: r.kind,
		summary: r.summary,
		duration: r.duration,
		status: r.status,
		from: endpointName(fw, r.from),
		to: endpointName(fw, r.to)
	};
}

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
		roles: rolesAtLevel(fw, level.id).map((r) => ({
			id: r.id,
			title: r.title,
			profession: byId(fw.meta.professionGroups, r.professionGroup)?.name ?? r.professionGroup,
			status: r.status
		})),
		into: routesIntoLevel(fw, level.id).map((r) => describeRoute(fw, r)),
		outOf: routesOutOfLevel(fw, level.id).map((r) => describeRoute(fw, r)),
		domains: fw.domains.map((d) => ({
			id: d.id,
			title: d.title,
			count: capabilitiesAtLevel(fw, level.id, d.id).length
		}))
	};
};
