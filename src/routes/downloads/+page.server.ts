import { getFramework } from '$lib/server/framework';
import { downloadsPageOf } from '$lib/server/pages/downloads';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => downloadsPageOf(getFramework());
