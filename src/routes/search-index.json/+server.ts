import { json } from '@sveltejs/kit';
import { createSearchRecords } from '$lib/search/records';
import { createSearchIndex } from '$lib/search/search';
import { getFramework } from '$lib/server/framework';
import { getVocabulary } from '$lib/server/vocabulary';
import type { RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

/** Records, their prebuilt Fuse index and the vocabulary: fetched by the browser on first use. */
export const GET: RequestHandler = () => {
	const fw = getFramework();
	const records = createSearchRecords(fw);
	return json({
		version: fw.meta.version,
		records,
		index: createSearchIndex(records),
		vocabulary: getVocabulary()
	});
};
