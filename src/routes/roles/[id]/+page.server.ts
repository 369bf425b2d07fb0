import { error } from '@sveltejs/kit';
import { getFramework } from '$lib/server/framework';
import { rolePageOf } from '$lib/server/pages/roles';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => getFramework().roles.map((r) => ({ id: r.id }));

export const load: PageServerLoad = ({ params }) =>
	rolePageOf(getFramework(), params.id) ?? error(404, 'No such role');
