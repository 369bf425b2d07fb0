/**
 * What the route planner shows, sliced from a framework at build time, in two parts: the page data
 * (the form's choices and the route graph, enough to find the ways and say how many), and the
 * details a plan draws (each route in full, what changes at each level, the capabilities and
 * learning for the person's gaps), fetched once a plan is asked for.
 */
import { levelChangesAt } from '../../framework/level-changes';
import { offerView } from '../../framework/learning';
import { groupName } from '../../framework/lookups';
import { describeRouteInFull } from '../../framework/queries';
import type { Framework } from '../../framework/schema';

const roleRoutesOf = (fw: Framework) =>
	fw.routes.filter((r) => r.from.type === 'role' && r.to.type === 'role');

/** The planner page's data: the form's roles, levels and professions, and the routes to plan over. */
export function planPageOf(fw: Framework) {
	const order = new Map(fw.levels.map((l) => [l.id, l.order]));
	return {
		frameworkId: fw.meta.id,
		frameworkVersion: fw.meta.version,
		levels: fw.levels.map((l) => ({ id: l.id, name: l.name, order: l.order })),
		professions: fw.meta.professionGroups.map((g) => ({ id: g.id, name: g.name })),
		roles: fw.roles
			.map((r) => ({
				id: r.id,
				title: r.title,
				level: r.level,
				professionGroup: r.professionGroup,
				profession: groupName(fw.meta.professionGroups, r.professionGroup)
			}))
			.sort(
				(a, b) =>
					(order.get(a.level) ?? 0) - (order.get(b.level) ?? 0) ||
					a.title.localeCompare(b.title, 'en-GB')
			),
		// Planning needs only the ends and durations; the details carry what a person reads.
		routes: roleRoutesOf(fw).map(({ id, from, to, kind, duration }) => ({
			id,
			from,
			to,
			kind,
			duration
		}))
	};
}

/** What a plan draws, fetched when one is asked for (`/plan/routes.json`). */
export function planDetailsOf(fw: Framework) {
	return {
		frameworkId: fw.meta.id,
		frameworkVersion: fw.meta.version,
		// Offers are sent once and routes name them by id: many routes share the same offers.
		routeViews: Object.fromEntries(
			roleRoutesOf(fw).map((r) => {
				const view = describeRouteInFull(fw, r);
				return [r.id, { ...view, offers: view.offers.map((o) => o.id) }];
			})
		),
		changes: Object.fromEntries(fw.levels.map((l) => [l.id, levelChangesAt(fw, l.id)])),
		capabilities: fw.capabilities.map((c) => ({
			id: c.id,
			code: c.code,
			title: c.title,
			levels: fw.levels.filter((l) => c.descriptors[l.id]?.applies).map((l) => l.id)
		})),
		offers: fw.learningOffers.map((o) => ({
			...offerView(o),
			levels: o.levels,
			capabilities: o.capabilities,
			professionGroups: o.professionGroups
		}))
	};
}

/** The details a plan draws, as the browser receives them. */
export type PlanDetails = ReturnType<typeof planDetailsOf>;
