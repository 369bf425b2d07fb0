import { getFramework } from '$lib/server/framework';
import { learningPageOf } from '$lib/server/pages/learning';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => learningPageOf(getFramework());
