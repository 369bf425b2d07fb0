import { getFramework } from '$lib/server/framework';
import { aboutDataPageOf } from '$lib/server/pages/about';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => aboutDataPageOf(getFramework());
