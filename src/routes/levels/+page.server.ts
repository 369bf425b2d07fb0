import { getFramework } from '$lib/server/framework';
import { levelsPageOf } from '$lib/server/pages/levels';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => levelsPageOf(getFramework());
