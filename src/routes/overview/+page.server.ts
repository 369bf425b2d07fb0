import { levelOverviews, type DomainCapabilities } from '$lib/framework/level-overview';
import { getFramework } from '$lib/server/framework';
import type { PageServerLoad } from './$types';

/** Only what the page shows: a domain's name and colour, and its capabilities' ids and titles. */
const plain = (groups: DomainCapabilities[]) =>
	groups.map(({ domain, capabilities }) => ({
		id: domain.id,
		title: domain.title,
		colour: domain.colour,
		capabilities: capabilities.map((c) => ({ id: c.id, title: c.title }))
	}));

export const load: PageServerLoad = () => {
	const fw = getFramework();
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
};
