import { error } from '@sveltejs/kit';
import { byId, startLevel } from '$lib/framework/queries';
import { getFramework } from '$lib/server/framework';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => getFramework().domains.map((d) => ({ id: d.id }));

export const load: PageServerLoad = ({ params }) => {
	const fw = getFramework();
	const domain = byId(fw.domains, params.id);
	if (!domain) error(404, 'No such domain');
	return {
		domain,
		pillars: domain.pillars.map((p) => byId(fw.meta.pillars, p)?.name ?? p),
		capabilities: fw.capabilities
			.filter((c) => c.domain === domain.id)
			.map((c) => ({
				id: c.id,
				title: c.title,
				summary: c.summary,
				startsAt: startLevel(fw, c)?.name ?? ''
			}))
	};
};
