import { pathwayDataOf } from '$lib/server/pathway-data';
import { getFramework } from '$lib/server/framework';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ pathway: pathwayDataOf(getFramework()) });
