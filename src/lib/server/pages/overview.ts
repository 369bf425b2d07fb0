/**
 * What the overview page shows, sliced from a framework at build time: each level with the
 * capabilities that start and end there and what is new, by domain.
 */
import { levelOverviews, type DomainCapabilities } from '../../framework/level-overview';
import type { Framework } from '../../framework/schema';

/** Only what the page shows: a domain's name and colour, and its capabilities' ids and titles. */
const plain = (groups: DomainCapabilities[]) =>
	groups.map(({ domain, capabilities }) => ({
		id: domain.id,
		title: domain.title,
		colour: domain.colour,
		capabilities: capabilities.map((c) => ({ id: c.id, title: c.title }))
	}));

/** The overview page: every level in order, each with its starts, ends and changes. */
export function overviewPageOf(fw: Framework) {
	return {
		total: fw.capabilities.length,
		levels: levelOverviews(fw).map((o) => ({
			id: o.level.id,
			order: o.level.order,
			name: o.level.name,
			summary: o.level.summary,
			previous: o.previous && { id: o.previous.id, name: o.previous.name },
			applies: o.applies,
			startCount: o.starts.reduce((n, d) => n + d.capabilities.length, 0),
			starts: plain(o.starts),
			ends: plain(o.ends),
			changes: o.changes.map((c) => ({
				id: c.domain.id,
				title: c.domain.title,
				points: c.points,
				status: c.status
			}))
		}))
	};
}
