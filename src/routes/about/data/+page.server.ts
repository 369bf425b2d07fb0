import { getFramework } from '$lib/server/framework';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { meta } = getFramework();
	return { meta };
};
