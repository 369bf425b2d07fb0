import { formatDate } from '$lib/plain-words';
import { getFramework } from '$lib/server/framework';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { meta } = getFramework();
	return {
		title: meta.title,
		programme: meta.programme,
		owner: meta.owner,
		published: formatDate(meta.published),
		version: meta.version,
		working: meta.contentKind === 'working'
	};
};
