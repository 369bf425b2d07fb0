import { getFramework } from '$lib/server/framework';
import { comparePageOf } from '$lib/server/pages/compare';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => comparePageOf(getFramework());
