/** What the search page shows before the index loads, sliced from a framework at build time. */
import type { Framework } from '../../framework/schema';

/** The search page: the levels its results can be narrowed to. */
export function searchPageOf(fw: Framework) {
	return { levels: fw.levels.map((l) => ({ id: l.id, name: l.name })) };
}
