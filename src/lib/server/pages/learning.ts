/**
 * What the learning page shows, sliced from a framework at build time: the knowledge descriptor
 * ladder, the filter choices and every learning offer with the names its card shows.
 */
import { offerView } from '../../framework/learning';
import { capabilityById, groupName, levelName } from '../../framework/lookups';
import type { Framework } from '../../framework/schema';

/** The learning page: the ladder, the filters' choices and the offers. */
export function learningPageOf(fw: Framework) {
	const levelNames = (ids: string[]) => ids.map((l) => levelName(fw.levels, l));
	return {
		knowledgeLevels: fw.knowledgeLevels.map((k) => ({ ...k, levelNames: levelNames(k.levels) })),
		professions: fw.meta.professionGroups.map((g) => ({ id: g.id, name: g.name })),
		levels: fw.levels.map((l) => ({ id: l.id, name: l.name })),
		capabilities: fw.capabilities.map((c) => ({ id: c.id, name: `${c.code} ${c.title}` })),
		offers: fw.learningOffers.map((o) => ({
			...offerView(o),
			levels: o.levels,
			capabilities: o.capabilities,
			professionGroups: o.professionGroups,
			levelNames: levelNames(o.levels),
			professionNames: o.professionGroups.map((g) => groupName(fw.meta.professionGroups, g)),
			capabilityLinks: o.capabilities.map((c) => ({
				id: c,
				title: capabilityById(fw.capabilities, c)?.title ?? c
			}))
		}))
	};
}
