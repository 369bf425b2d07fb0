/**
 * Questions the pages ask of a framework: what is at a level, what leads in
 * and out, what a capability looks like where. Pure functions over plain data.
 */
import { offersForRoute, offerView } from './learning';
import type { Capability, Endpoint, Framework, Level, Role, Route } from './schema';

/** The record with this id, or undefined. */
export function byId<T extends { id: string }>(records: readonly T[], id: string): T | undefined {
	return records.find((r) => r.id === id);
}

/** Roles whose level is this one, in title order. */
export function rolesAtLevel(fw: Framework, levelId: string): Role[] {
	return fw.roles
		.filter((r) => r.level === levelId)
		.sort((a, b) => a.title.localeCompare(b.title, 'en-GB'));
}

/** Does a route endpoint touch this level, directly or through one of its roles? */
function touchesLevel(fw: Framework, end: Endpoint, levelId: string): boolean {
	if (end.type === 'level') return end.id === levelId;
	return byId(fw.roles, end.id)?.level === levelId;
}

/** Routes that arrive at a level (or a role at it) from somewhere else. */
export function routesIntoLevel(fw: Framework, levelId: string): Route[] {
	return fw.routes.filter(
		(r) => touchesLevel(fw, r.to, levelId) && !touchesLevel(fw, r.from, levelId)
	);
}

/** Routes that leave a level (or a role at it) for somewhere else. */
export function routesOutOfLevel(fw: Framework, levelId: string): Route[] {
	return fw.routes.filter(
		(r) => touchesLevel(fw, r.from, levelId) && !touchesLevel(fw, r.to, levelId)
	);
}

/** Routes into and out of a role. */
export function routesOfRole(fw: Framework, roleId: string): { into: Route[]; outOf: Route[] } {
	const is = (e: Endpoint) => e.type === 'role' && e.id === roleId;
	return { into: fw.routes.filter((r) => is(r.to)), outOf: fw.routes.filter((r) => is(r.from)) };
}

/** Capabilities that apply at a level, optionally within one domain. */
export function capabilitiesAtLevel(
	fw: Framework,
	levelId: string,
	domainId?: string
): Capability[] {
	return fw.capabilities.filter(
		(c) => c.descriptors[levelId]?.applies && (domainId === undefined || c.domain === domainId)
	);
}

/** The first level, in order, at which a capability applies. */
export function startLevel(fw: Framework, capability: Capability): Level | undefined {
	return fw.levels.find((l) => capability.descriptors[l.id]?.applies);
}

/** The level after this one in order, or undefined at the top. */
export function nextLevel(fw: Framework, levelId: string): Level | undefined {
	const i = fw.levels.findIndex((l) => l.id === levelId);
	return i >= 0 ? fw.levels[i + 1] : undefined;
}

/** The human name of a route endpoint: a role's title or a level's name. */
export function endpointName(fw: Framework, end: Endpoint): string {
	if (end.type === 'level') return `${byId(fw.levels, end.id)?.name ?? end.id} level`;
	return byId(fw.roles, end.id)?.title ?? end.id;
}

/**
 * Roles that no chain of routes reaches from a role at an entry level. Level-to-level
 * routes are summaries of many role routes, so they do not count: every role must be
 * reachable through routes that name it.
 */
export function unreachableRoles(fw: Framework): Role[] {
	const entryLevels = new Set(fw.levels.filter((l) => l.entryPoint).map((l) => l.id));
	const reached = new Set(fw.roles.filter((r) => entryLevels.has(r.level)).map((r) => r.id));
	const rolesOf = (end: Endpoint) =>
		end.type === 'role' ? [end.id] : fw.roles.filter((r) => r.level === end.id).map((r) => r.id);
	let grew = true;
	while (grew) {
		grew = false;
		for (const route of fw.routes) {
			if (route.from.type === 'level' && route.to.type === 'level') continue;
			if (!rolesOf(route.from).some((id) => reached.has(id))) continue;
			for (const id of rolesOf(route.to)) {
				if (!reached.has(id)) {
					reached.add(id);
					grew = true;
				}
			}
		}
	}
	return fw.roles.filter((r) => !reached.has(r.id));
}

/** A route endpoint as pages show it: a name and the site path of its page. */
export interface EndpointView {
	name: string;
	path: `/${string}`;
}

/** Name and page of a route endpoint. */
export function endpointView(fw: Framework, end: Endpoint): EndpointView {
	const path: `/${string}` = end.type === 'level' ? `/levels/${end.id}/` : `/roles/${end.id}/`;
	return { name: endpointName(fw, end), path };
}

/** A route with its endpoints resolved to names and pages, ready to render. */
export function describeRoute(fw: Framework, r: Route) {
	return {
		id: r.id,
		title: r.title,
		kind: r.kind,
		summary: r.summary,
		duration: r.duration,
		status: r.status,
		sources: r.sources,
		evidence: r.evidence,
		from: endpointView(fw, r.from),
		to: endpointView(fw, r.to)
	};
}

export type RouteView = ReturnType<typeof describeRoute>;

/**
 * A route with everything a person needs to take it: entry requirements, apprenticeship level,
 * track, and the learning offers that serve it (named on the route, or for its destination level).
 */
export function describeRouteInFull(fw: Framework, r: Route) {
	const { source, offers } = offersForRoute(fw, r);
	const toLevel = r.to.type === 'level' ? r.to.id : byId(fw.roles, r.to.id)?.level;
	return {
		...describeRoute(fw, r),
		track: r.track,
		apprenticeshipLevel: r.apprenticeshipLevel,
		entryRequirements: r.entryRequirements,
		toLevelName: byId(fw.levels, toLevel ?? '')?.name ?? '',
		offerSource: source,
		offers: offers.map(offerView)
	};
}

export type FullRouteView = ReturnType<typeof describeRouteInFull>;
