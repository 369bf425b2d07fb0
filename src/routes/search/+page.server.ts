import { getFramework } from '$lib/server/framework';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	levels: getFramework().levels.map((l) => ({ id: l.id, name: l.name }))
});
