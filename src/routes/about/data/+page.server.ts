import { countProvenance } from '$lib/framework/provenance';
import { getFramework } from '$lib/server/framework';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const fw = getFramework();
	const totals = { confirmed: 0, inferred: 0, working: 0 };
	for (const c of countProvenance(fw).values()) {
		totals.confirmed += c.confirmed;
		totals.inferred += c.inferred;
		totals.working += c.working;
	}
	return { meta: fw.meta, totals };
};
