import { error } from '@sveltejs/kit';
import { offersForCapability, offerView } from '$lib/framework/learning';
import { byId } from '$lib/framework/queries';
import { getFramework } from '$lib/server/framework';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => getFramework().capabilities.map((c) => ({ id: c.id }));

export const load: PageServerLoad = ({ params }) => {
	const fw = getFramework();
	const capability = byId(fw.capabilities, params.id);
	if (!capability) error(404, 'No such capability');
	const domain = byId(fw.domains, capability.domain);
	if (!domain) error(500, 'Capability without a domain');
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
		pillars: capability.pillars.map((p) => byId(fw.meta.pillars, p)?.name ?? p),
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
};
