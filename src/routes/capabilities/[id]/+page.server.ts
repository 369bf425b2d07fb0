import { error } from '@sveltejs/kit';
import { getFramework } from '$lib/server/framework';
import { capabilityPageOf } from '$lib/server/pages/capabilities';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => getFramework().capabilities.map((c) => ({ id: c.id }));

export const load: PageServerLoad = ({ params }) =>
	capabilityPageOf(getFramework(), params.id) ?? error(404, 'No such capability');
