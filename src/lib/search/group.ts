/** Grouping search results for display. Apart from search.ts so that pages can group without loading Fuse. */
import { SEARCH_KINDS } from './records';
import type { SearchResult } from './search';

/** Results grouped by kind, the group with the best match first, results in rank order within. */
export function groupResults(results: readonly SearchResult[]) {
	return SEARCH_KINDS.map((k) => ({ ...k, items: results.filter((r) => r.record.kind === k.kind) }))
		.filter((g) => g.items.length > 0)
		.sort((a, b) => (a.items[0]?.score ?? 0) - (b.items[0]?.score ?? 0));
}
