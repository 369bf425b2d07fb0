/**
 * What the domain pages show, sliced from a framework at build time: the list of domains with
 * their capability counts, and one domain with its capabilities and where each starts.
 */
import { nameOf } from '../../framework/lookups';
import { byId, startLevel } from '../../framework/queries';
import type { Framework } from '../../framework/schema';

/** The domains page: each domain with how many capabilities it holds. */
export function domainsPageOf(fw: Framework) {
	return {
		domains: fw.domains.map((d) => ({
			id: d.id,
			number: d.number,
			title: d.title,
			description: d.description,
			colour: d.colour,
			status: d.status,
			count: fw.capabilities.filter((c) => c.domain === d.id).length
		}))
	};
}

/** One domain's page, or null when no domain has this id. */
export function domainPageOf(fw: Framework, id: string) {
	const domain = byId(fw.domains, id);
	if (!domain) return null;
	return {
		domain,
		pillars: domain.pillars.map((p) => nameOf(fw.meta.pillars, p)),
		capabilities: fw.capabilities
			.filter((c) => c.domain === domain.id)
			.map((c) => ({
				id: c.id,
				title: c.title,
				summary: c.summary,
				startsAt: startLevel(fw, c)?.name ?? ''
			}))
	};
}
