import { getFramework } from '$lib/server/framework';
import { aboutPageOf } from '$lib/server/pages/about';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => aboutPageOf(getFramework());
