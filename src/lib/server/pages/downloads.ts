/**
 * What the downloads page lists and the files it links to, made from a framework at build time:
 * the whole framework as JSON and each table as CSV, every name stamped with the data version.
 */
import { toCsv } from '../../export/csv';
import { downloadName, FRAMEWORK_TABLES } from '../../export/framework-tables';
import type { Framework } from '../../framework/schema';

/** The downloads page: the JSON file's name and each table with its columns and row count. */
export function downloadsPageOf(fw: Framework) {
	return {
		version: fw.meta.version,
		json: downloadName(fw, 'framework', 'json'),
		tables: FRAMEWORK_TABLES.map((t) => ({
			name: t.name,
			title: t.title,
			description: t.description,
			columns: t.columns,
			file: downloadName(fw, t.name, 'csv'),
			rows: t.rows(fw).length
		}))
	};
}

/** Every download file, by name, with how to make it. */
export function downloadFilesOf(fw: Framework): Map<string, () => Response> {
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
