import { offerView } from '$lib/framework/learning';
import { byId } from '$lib/framework/queries';
import { getFramework } from '$lib/server/framework';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const fw = getFramework();
	const professionName = (id: string) => byId(fw.meta.professionGroups, id)?.name ?? id;
	return {
		knowledgeLevels: fw.knowledgeLevels.map((k) => ({
			...k,
			levelNames: k.levels.map((l) => byId(fw.levels, l)?.name ?? l)
		})),
		professions: fw.meta.professionGroups.map((g) => ({ id: g.id, name: g.name })),
		levels: fw.levels.map((l) => ({ id: l.id, name: l.name })),
		capabilities: fw.capabilities.map((c) => ({ id: c.id, name: `${c.code} ${c.title}` })),
		offers: fw.learningOffers.map((o) => ({
			...offerView(o),
			levels: o.levels,
			capabilities: o.capabilities,
			professionGroups: o.professionGroups,
			levelNames: o.levels.map((l) => byId(fw.levels, l)?.name ?? l),
			professionNames: o.professionGroups.map(professionName),
			capabilityLinks: o.capabilities.map((c) => ({
				id: c,
				title: byId(fw.capabilities, c)?.title ?? c
			}))
		}))
	};
};
