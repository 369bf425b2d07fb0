import { error } from '@sveltejs/kit';
import { getFramework } from '$lib/server/framework';
import { domainPageOf } from '$lib/server/pages/domains';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => getFramework().domains.map((d) => ({ id: d.id }));

export const load: PageServerLoad = ({ params }) =>
	domainPageOf(getFramework(), params.id) ?? error(404, 'No such domain');
