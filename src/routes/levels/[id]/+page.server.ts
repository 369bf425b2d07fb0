import { error } from '@sveltejs/kit';
import { getFramework } from '$lib/server/framework';
import { levelPageOf } from '$lib/server/pages/levels';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => getFramework().levels.map((l) => ({ id: l.id }));

export const load: PageServerLoad = ({ params }) =>
	levelPageOf(getFramework(), params.id) ?? error(404, 'No such level');
