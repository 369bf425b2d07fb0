import { COMPARE_SEPARATOR } from '$lib/framework/compare';
import { getFramework } from '$lib/server/framework';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const fw = getFramework();
	const levels = fw.levels.map((l) => ({ id: l.id, name: l.name }));
	return {
		levels,
		// The step up from each level, for people without JavaScript and as quick picks.
		nextSteps: levels.slice(0, -1).map((l, i) => ({
			slug: `${l.id}${COMPARE_SEPARATOR}${levels[i + 1]?.id}`,
			label: `${l.name} and ${levels[i + 1]?.name}`
		}))
	};
};
