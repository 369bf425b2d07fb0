import { planPageOf } from '$lib/server/pages/plan';
import { getFramework } from '$lib/server/framework';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => planPageOf(getFramework());
