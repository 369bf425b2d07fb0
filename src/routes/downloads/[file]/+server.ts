import { error } from '@sveltejs/kit';
import { getFramework } from '$lib/server/framework';
import { downloadFilesOf } from '$lib/server/pages/downloads';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
// Files keep their own names: /downloads/accend-<version>-roles.csv, no folder.
export const trailingSlash = 'never';

export const entries: EntryGenerator = () =>
	[...downloadFilesOf(getFramework()).keys()].map((file) => ({ file }));

export const GET: RequestHandler = ({ params }) => {
	const make = downloadFilesOf(getFramework()).get(params.file);
	if (!make) error(404, 'No such download');
	return make();
};
