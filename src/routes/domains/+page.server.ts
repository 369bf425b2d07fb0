import { getFramework } from '$lib/server/framework';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const fw = getFramework();
	return {
		domains: fw.domains.map((d) => ({
			id: d.id,
			number: d.number,
			title: d.title,
			description: d.description,
			colour: d.colour,
			status: d.status,
			count: fw.capabilities.filter((c) => c.domain === d.id).length
		}))
	};
};
