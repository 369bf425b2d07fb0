import { downloadName, FRAMEWORK_TABLES } from '$lib/export/framework-tables';
import { getFramework } from '$lib/server/framework';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const fw = getFramework();
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
};
