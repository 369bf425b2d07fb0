import { getFramework } from '$lib/server/framework';
import { domainsPageOf } from '$lib/server/pages/domains';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => domainsPageOf(getFramework());
