/**
 * What a capability page shows, sliced from a framework at build time: the capability, its
 * domain, its wording at every level, the learning that serves it and where it maps elsewhere.
 */
import { offersForCapability, offerView } from '../../framework/learning';
import { nameOf } from '../../framework/lookups';
import { byId } from '../../framework/queries';
import type { Framework } from '../../framework/schema';

/** One capability's page, or null when no capability has this id. */
export function capabilityPageOf(fw: Framework, id: string) {
	const capability = byId(fw.capabilities, id);
	if (!capability) return null;
	const domain = byId(fw.domains, capability.domain);
	// Integrity checks every capability's domain before any page is built.
	if (!domain) throw new Error(`Capability ${capability.id} names a domain that does not exist`);
	return {
		capability: {
			id: capability.id,
			code: capability.code,
			title: capability.title,
			summary: capability.summary,
			status: capability.status,
			sources: capability.sources,
			evidence: capability.evidence
		},
		domain: { id: domain.id, title: domain.title, colour: domain.colour, number: domain.number },
		pillars: capability.pillars.map((p) => nameOf(fw.meta.pillars, p)),
		levels: fw.levels.map((l) => {
			const d = capability.descriptors[l.id];
			return {
				id: l.id,
				name: l.name,
				applies: d?.applies ?? false,
				text: d?.applies ? d.text : (d?.note ?? 'Does not apply at this level.')
			};
		}),
		offers: offersForCapability(fw, capability.id).map(offerView),
		mappings: fw.mappings
			.filter((m) => m.from.type === 'capability' && m.from.id === capability.id)
			.map((m) => {
				const ext = byId(fw.externalFrameworks, m.to.framework);
				return {
					framework: ext?.name ?? m.to.framework,
					item: byId(ext?.items ?? [], m.to.item)?.label ?? m.to.item,
					relation: m.relation
				};
			})
	};
}
