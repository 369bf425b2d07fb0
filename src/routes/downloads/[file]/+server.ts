import { error } from '@sveltejs/kit';
import { toCsv } from '$lib/export/csv';
import { downloadName, FRAMEWORK_TABLES } from '$lib/export/framework-tables';
import type { Framework } from '$lib/framework/schema';
import { getFramework } from '$lib/server/framework';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
// Files keep their own names: /downloads/accend-<version>-roles.csv, no folder.
export const trailingSlash = 'never';

/** Every download file, by name, with how to make it. */
function files(fw: Framework): Map<string, () => Response> {
	const map = new Map<string, () => Response>();
	map.set(
		downloadName(fw, 'framework', 'json'),
		() =>
			new Response(JSON.stringify({ framework_version: fw.meta.version, ...fw }, null, 2) + '\n', {
				headers: { 'content-type': 'application/json; charset=utf-8' }
			})
	);
	for (const table of FRAMEWORK_TABLES) {
		map.set(
			downloadName(fw, table.name, 'csv'),
			() =>
				new Response(
					toCsv(
						table.columns.map((c) => c.name),
						table.rows(fw)
					),
					{ headers: { 'content-type': 'text/csv; charset=utf-8' } }
				)
		);
	}
	return map;
}

export const entries: EntryGenerator = () =>
	[...files(getFramework()).keys()].map((file) => ({ file }));

export const GET: RequestHandler = ({ params }) => {
	const make = files(getFramework()).get(params.file);
	if (!make) error(404, 'No such download');
	return make();
};
