import { getFramework } from '$lib/server/framework';
import { rolesPageOf } from '$lib/server/pages/roles';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => rolesPageOf(getFramework());
