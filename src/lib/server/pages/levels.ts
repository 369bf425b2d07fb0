/**
 * What the level pages show, sliced from a framework at build time: the list of levels, and one
 * level with its roles, routes, what is new and its capabilities by domain.
 */
import { levelChangesAt } from '../../framework/level-changes';
import { groupName } from '../../framework/lookups';
import {
	byId,
	capabilitiesAtLevel,
	describeRouteInFull,
	nextLevel,
	rolesAtLevel,
	routesIntoLevel,
	routesOutOfLevel
} from '../../framework/queries';
import type { Framework } from '../../framework/schema';

/** The levels page: each level in order with its summary and how many roles sit at it. */
export function levelsPageOf(fw: Framework) {
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
}

/** One level's page, or null when no level has this id. */
export function levelPageOf(fw: Framework, id: string) {
	const level = byId(fw.levels, id);
	if (!level) return null;
	const i = fw.levels.indexOf(level);
	const previous = fw.levels[i - 1];
	const next = nextLevel(fw, level.id);
	return {
		level,
		levelCount: fw.levels.length,
		previous: previous ? { id: previous.id, name: previous.name } : null,
		next: next ? { id: next.id, name: next.name } : null,
		changes: levelChangesAt(fw, level.id),
		roles: rolesAtLevel(fw, level.id).map((r) => ({
			id: r.id,
			title: r.title,
			profession: groupName(fw.meta.professionGroups, r.professionGroup)
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
}
