import { getFramework } from '$lib/server/framework';
import { searchPageOf } from '$lib/server/pages/search';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => searchPageOf(getFramework());
