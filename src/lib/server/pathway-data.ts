/**
 * The pathway page's data slice: what the map needs from the framework, projected at
 * build time so the browser gets roles and routes, not the whole framework.
 */
import { roleGraphOf } from '../framework/graph';
import { byId } from '../framework/queries';
import type { Framework, ProfessionGroup } from '../framework/schema';
import type { PathwayData } from '../layout/pathway-input';

/** Lanes run from the support workforce down through the registered professions. */
const FAMILY_ORDER: ProfessionGroup['family'][] = [
	'support',
	'nursing',
	'allied-health',
	'pharmacy',
	'psychology'
];

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
			return {
				...e,
				title: route?.title ?? e.id,
				duration: route?.duration ?? null,
				...(route?.track ? { track: route.track } : {})
			};
		})
	};
}
