import { levelChangesAt } from '$lib/framework/level-changes';
import { offerView } from '$lib/framework/learning';
import { groupName } from '$lib/framework/lookups';
import { describeRouteInFull } from '$lib/framework/queries';
import { getFramework } from '$lib/server/framework';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const fw = getFramework();
	const order = new Map(fw.levels.map((l) => [l.id, l.order]));
	const roleRoutes = fw.routes.filter((r) => r.from.type === 'role' && r.to.type === 'role');
	return {
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
		// Planning needs only the ends and durations; the views carry what a person reads.
		routes: roleRoutes.map(({ id, from, to, kind, duration }) => ({
			id,
			from,
			to,
			kind,
			duration
		})),
		// Offers are sent once and routes name them by id: many routes share the same offers.
		routeViews: Object.fromEntries(
			roleRoutes.map((r) => {
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
};
