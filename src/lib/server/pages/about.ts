/**
 * What the about pages show, sliced from a framework at build time: where the data comes from,
 * and how many of its records are confirmed, inferred or working text.
 */
import { formatDate } from '../../plain-words';
import { countProvenance } from '../../framework/provenance';
import type { Framework } from '../../framework/schema';

/** The about page: the framework's title, owner, date and version, and whether its text is working. */
export function aboutPageOf(fw: Framework) {
	const { meta } = fw;
	return {
		title: meta.title,
		programme: meta.programme,
		owner: meta.owner,
		published: formatDate(meta.published),
		version: meta.version,
		working: meta.contentKind === 'working'
	};
}

/** The about-the-data page: the framework's description and its records counted by provenance. */
export function aboutDataPageOf(fw: Framework) {
	const totals = { confirmed: 0, inferred: 0, working: 0 };
	for (const c of countProvenance(fw).values()) {
		totals.confirmed += c.confirmed;
		totals.inferred += c.inferred;
		totals.working += c.working;
	}
	return { meta: fw.meta, totals, domainCount: fw.domains.length };
}
