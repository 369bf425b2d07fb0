/**
 * What search looks through: one flat record per level, domain, role,
 * capability, capability-at-a-level (descriptor) and learning offer, with the
 * page it opens. Built at build time and shipped as JSON with its Fuse index.
 */
import { groupName, levelName } from '../framework/lookups';
import { bandsIn } from '../framework/pay-bands';
import { byId } from '../framework/queries';
import type { Framework } from '../framework/schema';

export type SearchKind = 'level' | 'role' | 'capability' | 'descriptor' | 'offer' | 'domain';

export interface SearchRecord {
	/** Unique across kinds: "role:clinical-nurse-specialist". */
	key: string;
	kind: SearchKind;
	title: string;
	/** Other names: aliases, abbreviations, codes. Searched nearly as strongly as the title. */
	tags: string;
	/** The body: summary or descriptor text. */
	text: string;
	/** Where the record sits, shown under its title: "Enhanced level · Nursing". */
	context: string;
	/** Level ids the record belongs to, for filtering; empty for records of no one level. */
	levels: string[];
	/** Site path of the page the result opens. */
	path: `/${string}`;
	/** For a level descriptor: the key of its capability, under which its matches fold. */
	parent?: string;
}

/** The kinds in the order results are grouped, with their headings. */
export const SEARCH_KINDS: { kind: SearchKind; label: string }[] = [
	{ kind: 'level', label: 'Levels' },
	{ kind: 'role', label: 'Roles' },
	{ kind: 'capability', label: 'Capabilities' },
	{ kind: 'descriptor', label: 'Level descriptors' },
	{ kind: 'offer', label: 'Learning offers' },
	{ kind: 'domain', label: 'Domains' }
];

/** Every searchable record of a framework. */
export function createSearchRecords(fw: Framework): SearchRecord[] {
	const records: SearchRecord[] = [];
	for (const l of fw.levels) {
		records.push({
			key: `level:${l.id}`,
			kind: 'level',
			title: l.name,
			tags: [
				...l.aliases,
				l.payBand.value ?? '',
				...bandsIn(l.payBand.value ?? ''),
				l.careerFrameworkLevel.value ? `Career Framework level ${l.careerFrameworkLevel.value}` : ''
			]
				.filter(Boolean)
				.join('; '),
			text: `${l.summary} ${l.attributes.join('. ')}`,
			context: `Level ${l.order} of ${fw.levels.length}`,
			levels: [l.id],
			path: `/levels/${l.id}/`
		});
	}
	for (const d of fw.domains) {
		records.push({
			key: `domain:${d.id}`,
			kind: 'domain',
			title: d.title,
			tags: d.shortTitle,
			text: d.description,
			context: `Domain ${d.number}`,
			levels: [],
			path: `/domains/${d.id}/`
		});
	}
	for (const r of fw.roles) {
		const group = groupName(fw.meta.professionGroups, r.professionGroup);
		records.push({
			key: `role:${r.id}`,
			kind: 'role',
			title: r.title,
			tags: r.aliases.join('; '),
			text: r.summary,
			context: `${levelName(fw.levels, r.level)} level · ${group}`,
			levels: [r.level],
			path: `/roles/${r.id}/`
		});
	}
	for (const c of fw.capabilities) {
		const domain = byId(fw.domains, c.domain)?.shortTitle ?? c.domain;
		records.push({
			key: `capability:${c.id}`,
			kind: 'capability',
			title: c.title,
			tags: c.code,
			text: c.summary,
			context: `${c.code} · ${domain}`,
			levels: fw.levels.filter((l) => c.descriptors[l.id]?.applies).map((l) => l.id),
			path: `/capabilities/${c.id}/`
		});
		for (const l of fw.levels) {
			const d = c.descriptors[l.id];
			if (!d?.applies) continue;
			// Found by its text only: the name is its capability's, and results fold under it.
			records.push({
				key: `descriptor:${c.id}:${l.id}`,
				kind: 'descriptor',
				title: c.title,
				tags: '',
				text: d.text,
				context: l.name,
				levels: [l.id],
				path: `/levels/${l.id}/#domain-${c.domain}`,
				parent: `capability:${c.id}`
			});
		}
	}
	for (const o of fw.learningOffers) {
		records.push({
			key: `offer:${o.id}`,
			kind: 'offer',
			title: o.title,
			tags: o.provider,
			text: `${o.summary} ${o.format}`,
			context: `${o.provider} · ${o.levels.map((l) => levelName(fw.levels, l)).join(', ')}`,
			levels: o.levels,
			path: `/learning/#${o.id}`
		});
	}
	return records;
}
