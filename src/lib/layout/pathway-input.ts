/**
 * What the pathway map needs from a framework, small enough to ship to the
 * browser, and the map's input from it after the person's filters.
 */
import { roleGraphOf, type RoleEdge } from '../framework/graph';
import { byId } from '../framework/queries';
import type { Duration, Framework, ProfessionGroup } from '../framework/schema';
import type { PathwayInput } from './pathway';

/** Lanes run from the support workforce down through the registered professions. */
const FAMILY_ORDER: ProfessionGroup['family'][] = [
	'support',
	'nursing',
	'allied-health',
	'pharmacy',
	'psychology'
];

export interface PathwayData {
	levels: { id: string; name: string }[];
	/** Profession groups in lane order. */
	groups: { id: string; name: string }[];
	roles: {
		id: string;
		title: string;
		level: string;
		group: string;
		summary: string;
		aliases: string[];
	}[];
	routes: (RoleEdge & { title: string; duration: Duration | null })[];
}

export interface PathwayFilter {
	/** Profession group ids to show; empty shows all. */
	groups: readonly string[];
	/** Level ids to show; empty shows all. */
	levels: readonly string[];
}

export const NO_FILTER: PathwayFilter = { groups: [], levels: [] };

/** The map's data from a framework, with lanes in family order. */
export function pathwayDataOf(fw: Framework): PathwayData {
	const groups = [...fw.meta.professionGroups].sort(
		(a, b) => FAMILY_ORDER.indexOf(a.family) - FAMILY_ORDER.indexOf(b.family)
	);
	return {
		levels: fw.levels.map((l) => ({ id: l.id, name: l.name })),
		groups: groups.map((g) => ({ id: g.id, name: g.name })),
		roles: fw.roles.map((r) => ({
			id: r.id,
			title: r.title,
			level: r.level,
			group: r.professionGroup,
			summary: r.summary,
			aliases: r.aliases
		})),
		routes: roleGraphOf(fw).edges.map((e) => {
			const route = byId(fw.routes, e.id);
			return { ...e, title: route?.title ?? e.id, duration: route?.duration ?? null };
		})
	};
}

/** Levels, lanes, roles and routes for the layout, after the filter. */
export function pathwayInput(data: PathwayData, filter: PathwayFilter = NO_FILTER): PathwayInput {
	const keep = (list: readonly string[], id: string) => list.length === 0 || list.includes(id);
	return {
		levels: data.levels.filter((l) => keep(filter.levels, l.id)),
		lanes: data.groups.filter((g) => keep(filter.groups, g.id)),
		roles: data.roles.map((r) => ({ id: r.id, title: r.title, level: r.level, lane: r.group })),
		edges: data.routes.map(({ id, source, target, kind }) => ({ id, source, target, kind }))
	};
}
