import { capabilitiesAtLevel } from '$lib/framework/queries';
import { getFramework } from '$lib/server/framework';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const fw = getFramework();
	return {
		levels: fw.levels.map((l) => ({ id: l.id, name: l.name })),
		domains: fw.domains.map((d) => ({
			id: d.id,
			number: d.number,
			title: d.title,
			colour: d.colour,
			total: fw.capabilities.filter((c) => c.domain === d.id).length,
			counts: fw.levels.map((l) => capabilitiesAtLevel(fw, l.id, d.id).length)
		}))
	};
};
