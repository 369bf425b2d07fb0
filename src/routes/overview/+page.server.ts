import { getFramework } from '$lib/server/framework';
import { overviewPageOf } from '$lib/server/pages/overview';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => overviewPageOf(getFramework());
