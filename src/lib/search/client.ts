/**
 * The searcher in the browser: the index is fetched from the site's own origin
 * the first time someone searches, so it never slows the first paint.
 */
import { base } from '$app/paths';
import type { SearchRecord } from './records';
import { createSearcher, type Searcher } from './search';
import type { TokenIndexJSON } from './token-index';
import type { Vocabulary } from './vocabulary';

interface SearchBundle {
	version: string;
	records: SearchRecord[];
	index: TokenIndexJSON;
	vocabulary: Vocabulary;
}

let loading: Promise<Searcher> | null = null;

/** The one searcher of the page, loaded on first call. A failed load may be retried. */
export function loadSearcher(): Promise<Searcher> {
	loading ??= fetch(`${base}/search-index.json`)
		.then((response) => {
			if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
			return response.json() as Promise<SearchBundle>;
		})
		.then((bundle) => createSearcher(bundle.records, bundle.vocabulary, bundle.index))
		.catch((error: unknown) => {
			loading = null;
			throw error;
		});
	return loading;
}
