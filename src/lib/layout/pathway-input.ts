/**
 * What the pathway map needs from a framework, small enough to ship to the
 * browser (made at build time by $lib/server/pathway-data), and the map's
 * input from it after the person's focus and filters.
 */
import type { RoleEdge } from '../framework/graph';
import type { Duration } from '../framework/schema';
import type { PathwayInput } from './pathway';

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
	routes: (RoleEdge & {
		title: string;
		duration: Duration | null;
		track?: 'learner' | 'lateral';
	})[];
}

export interface PathwayFilter {
	/** The profession group in focus; null shows all professions. */
	profession: string | null;
	/** Level ids to show; empty shows all. */
	levels: readonly string[];
}

export const NO_FILTER: PathwayFilter = { profession: null, levels: [] };

/** The profession to focus on before a person chooses: the group with the most roles. */
export function defaultProfession(data: PathwayData): string | null {
	let best: string | null = null;
	let most = 0;
	for (const g of data.groups) {
		const count = data.roles.filter((r) => r.group === g.id).length;
		if (count > most) [best, most] = [g.id, count];
	}
	return best;
}

/**
 * The roles on the map for a focus: with a profession in focus, its roles plus the roles of
 * other professions joined to them by a route, and only the routes that touch the focus.
 */
export function focusOf(
	data: PathwayData,
	profession: string | null
): { roles: Set<string>; routes: PathwayData['routes'] } {
	if (profession === null || !data.groups.some((g) => g.id === profession)) {
		return { roles: new Set(data.roles.map((r) => r.id)), routes: data.routes };
	}
	const own = new Set(data.roles.filter((r) => r.group === profession).map((r) => r.id));
	const routes = data.routes.filter((r) => own.has(r.source) || own.has(r.target));
	return { roles: new Set([...own, ...routes.flatMap((r) => [r.source, r.target])]), routes };
}

/** Levels, lanes, roles and routes for the layout, after the focus and filter. */
export function pathwayInput(data: PathwayData, filter: PathwayFilter = NO_FILTER): PathwayInput {
	const keep = (list: readonly string[], id: string) => list.length === 0 || list.includes(id);
	const focus = focusOf(data, filter.profession);
	const focused = focus.routes !== data.routes;
	return {
		levels: data.levels.filter((l) => keep(filter.levels, l.id)),
		lanes: data.groups,
		roles: data.roles
			.filter((r) => focus.roles.has(r.id))
			.map((r) => ({
				id: r.id,
				title: r.title,
				level: r.level,
				lane: r.group,
				external: focused && r.group !== filter.profession
			})),
		edges: focus.routes.map(({ id, source, target, kind, track }) => ({
			id,
			source,
			target,
			kind,
			...(track ? { track } : {})
		}))
	};
}
