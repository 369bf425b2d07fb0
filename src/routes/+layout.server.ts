import { getFramework } from '$lib/server/framework';
import type { LayoutServerLoad } from './$types';

/** What every page shows about the data: its name, version and kind of content. */
export const load: LayoutServerLoad = () => {
	const { meta } = getFramework();
	return {
		site: {
			shortTitle: meta.shortTitle,
			programme: meta.programme,
			version: meta.version,
			contentKind: meta.contentKind
		}
	};
};
