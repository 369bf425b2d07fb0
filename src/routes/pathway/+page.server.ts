import { pathwayDataOf } from '$lib/layout/pathway-input';
import { getFramework } from '$lib/server/framework';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ pathway: pathwayDataOf(getFramework()) });
