/**
 * The framework as tidy tables for download: one CSV per record type, each row
 * stamped with the framework version. Each column is declared once, with its
 * description and its value together, so the header, the rows and the
 * documentation the downloads page shows cannot drift apart.
 */
import { formatDuration } from '../plain-words';
import type { Framework } from '../framework/schema';
import { FRAMEWORK_NAME } from '../site-name';

export interface Column {
	name: string;
	description: string;
}

export interface TableSpec {
	/** File name stem: "capabilities" → accend-<version>-capabilities.csv */
	name: string;
	title: string;
	description: string;
	columns: Column[];
	rows: (fw: Framework) => unknown[][];
}

/** A column and how to read its cell from one record of the table. */
interface ValueColumn<R> extends Column {
	value: (record: R) => unknown;
}

/** A table from the records it lists and its columns; the version column comes first on every table. */
function defineTable<R>(spec: {
	name: string;
	title: string;
	description: string;
	records: (fw: Framework) => R[];
	columns: ValueColumn<R>[];
}): TableSpec {
	return {
		name: spec.name,
		title: spec.title,
		description: spec.description,
		columns: [VERSION, ...spec.columns.map(({ name, description }) => ({ name, description }))],
		rows: (fw) =>
			spec.records(fw).map((r) => [fw.meta.version, ...spec.columns.map((c) => c.value(r))])
	};
}

const VERSION: Column = {
	name: 'framework_version',
	description: 'Version of the framework data the row comes from.'
};
const status = <R extends { status: string }>(): ValueColumn<R> => ({
	name: 'status',
	description: 'confirmed, inferred or working (see About the data).',
	value: (r) => r.status
});
const sources = <R extends { sources: string[] }>(): ValueColumn<R> => ({
	name: 'sources',
	description: 'Source URLs, separated by spaces.',
	value: (r) => r.sources.join(' ')
});
const evidence = <R extends { evidence?: string | undefined }>(): ValueColumn<R> => ({
	name: 'evidence',
	description:
		"For confirmed and inferred rows, what the sources say, in this project's words; empty otherwise.",
	value: (r) => r.evidence ?? ''
});
/** A column that lists several values in one cell, separated by semicolons. */
const list = <R>(name: string, description: string, value: (r: R) => string[]): ValueColumn<R> => ({
	name,
	description,
	value: (r) => value(r).join('; ')
});
const yesNo = (value: boolean) => (value ? 'yes' : 'no');

type Capability = Framework['capabilities'][number];
type Level = Framework['levels'][number];

export const FRAMEWORK_TABLES: TableSpec[] = [
	defineTable<Level>({
		name: 'levels',
		title: 'Levels of practice',
		description: 'One row per level, in order.',
		records: (fw) => fw.levels,
		columns: [
			{ name: 'level_id', description: 'Stable id of the level.', value: (l) => l.id },
			{
				name: 'order',
				description: '1 for Supportive up to 7 for Consultant.',
				value: (l) => l.order
			},
			{ name: 'name', description: 'Name of the level.', value: (l) => l.name },
			list('aliases', 'Other names, separated by semicolons.', (l) => l.aliases),
			{ name: 'summary', description: 'Who works at this level.', value: (l) => l.summary },
			{
				name: 'career_framework_level',
				description: 'Indicative Skills for Health Career Framework level; empty where none.',
				value: (l) => l.careerFrameworkLevel.value
			},
			{
				name: 'pay_band',
				description: `Typical NHS pay band (a convention, not part of ${FRAMEWORK_NAME}).`,
				value: (l) => l.payBand.value
			},
			status(),
			sources(),
			evidence()
		]
	}),
	defineTable<Framework['domains'][number]>({
		name: 'domains',
		title: 'Capability domains',
		description: 'One row per domain.',
		records: (fw) => fw.domains,
		columns: [
			{ name: 'domain_id', description: 'Stable id of the domain.', value: (d) => d.id },
			{ name: 'number', description: 'Domain number, 1 to 7.', value: (d) => d.number },
			{ name: 'title', description: 'Title of the domain.', value: (d) => d.title },
			{
				name: 'colour',
				description: 'Colour used for the domain, as hex.',
				value: (d) => d.colour
			},
			list('pillars', 'Pillar ids, separated by semicolons.', (d) => d.pillars),
			{ name: 'description', description: 'What the domain covers.', value: (d) => d.description },
			status()
		]
	}),
	defineTable<{ capability: Capability; level: Level }>({
		name: 'capabilities',
		title: 'Capabilities and level descriptors',
		description:
			'One row per capability and level (a tidy table): filter by level to read one level, or by capability to read its steps.',
		records: (fw) =>
			fw.capabilities.flatMap((capability) => fw.levels.map((level) => ({ capability, level }))),
		columns: [
			{
				name: 'capability_id',
				description: 'Stable id of the capability.',
				value: (r) => r.capability.id
			},
			{
				name: 'code',
				description: 'Short code; W codes mark working text.',
				value: (r) => r.capability.code
			},
			{
				name: 'domain_id',
				description: 'Domain the capability belongs to.',
				value: (r) => r.capability.domain
			},
			{ name: 'title', description: 'Title of the capability.', value: (r) => r.capability.title },
			{ name: 'level_id', description: 'Level this row describes.', value: (r) => r.level.id },
			{
				name: 'applies',
				description: 'yes when the capability applies at this level, no when it does not.',
				value: (r) => yesNo(r.capability.descriptors[r.level.id]?.applies ?? false)
			},
			{
				name: 'descriptor',
				description: 'What the capability looks like at this level, or why it does not apply.',
				value: (r) => {
					const d = r.capability.descriptors[r.level.id];
					return d?.applies ? d.text : (d?.note ?? 'Does not apply at this level.');
				}
			},
			{ ...status<Capability>(), value: (r) => r.capability.status }
		]
	}),
	defineTable<Framework['roles'][number]>({
		name: 'roles',
		title: 'Roles',
		description: 'One row per example role.',
		records: (fw) => fw.roles,
		columns: [
			{ name: 'role_id', description: 'Stable id of the role.', value: (r) => r.id },
			{ name: 'title', description: 'Job title.', value: (r) => r.title },
			{ name: 'level_id', description: 'Level of practice of the role.', value: (r) => r.level },
			{
				name: 'profession_group',
				description: 'Profession group id.',
				value: (r) => r.professionGroup
			},
			list('aliases', 'Abbreviations and other titles, separated by semicolons.', (r) => r.aliases),
			{
				name: 'example_title',
				description: 'yes for an illustrative title, no for one the framework names.',
				value: (r) => yesNo(r.exampleTitle)
			},
			{ name: 'summary', description: 'What the role does.', value: (r) => r.summary },
			status(),
			sources(),
			evidence()
		]
	}),
	defineTable<Framework['routes'][number]>({
		name: 'routes',
		title: 'Routes between roles and levels',
		description: 'One row per progression route.',
		records: (fw) => fw.routes,
		columns: [
			{ name: 'route_id', description: 'Stable id of the route.', value: (r) => r.id },
			{ name: 'title', description: 'Name of the route.', value: (r) => r.title },
			{
				name: 'kind',
				description:
					'apprenticeship, registration, post-registration, masters, consultant-recognition or other.',
				value: (r) => r.kind
			},
			{ name: 'from_type', description: 'role or level.', value: (r) => r.from.type },
			{
				name: 'from_id',
				description: 'Id of the role or level it starts from.',
				value: (r) => r.from.id
			},
			{ name: 'to_type', description: 'role or level.', value: (r) => r.to.type },
			{ name: 'to_id', description: 'Id of the role or level it leads to.', value: (r) => r.to.id },
			{
				name: 'typical_duration',
				description: 'Typical time it takes, in words.',
				value: (r) => formatDuration(r.duration)
			},
			{
				name: 'track',
				description: 'learner or lateral for a route that does not climb; empty otherwise.',
				value: (r) => r.track ?? ''
			},
			{
				name: 'apprenticeship_level',
				description:
					'Apprenticeship standard level (2 to 7) where the route is one; empty otherwise.',
				value: (r) => r.apprenticeshipLevel ?? ''
			},
			{
				name: 'entry_requirements',
				description: 'What a person usually needs before starting, where known.',
				value: (r) => r.entryRequirements ?? ''
			},
			list('offer_ids', 'Learning offers for the route, separated by semicolons.', (r) => r.offers),
			{ name: 'summary', description: 'What the route involves.', value: (r) => r.summary },
			status(),
			sources(),
			evidence()
		]
	}),
	defineTable<Framework['learningOffers'][number]>({
		name: 'learning-offers',
		title: 'Learning offers',
		description: 'One row per learning offer.',
		records: (fw) => fw.learningOffers,
		columns: [
			{ name: 'offer_id', description: 'Stable id of the offer.', value: (o) => o.id },
			{ name: 'title', description: 'Name of the offer.', value: (o) => o.title },
			{ name: 'provider', description: 'Who provides it.', value: (o) => o.provider },
			{ name: 'format', description: 'How it is delivered.', value: (o) => o.format },
			list('level_ids', 'Levels it serves, separated by semicolons.', (o) => o.levels),
			list(
				'capability_ids',
				'Capabilities it serves, separated by semicolons.',
				(o) => o.capabilities
			),
			{ name: 'url', description: 'Public page, where known.', value: (o) => o.url },
			status(),
			sources(),
			evidence()
		]
	})
];

/** File name of a download, named for the framework and stamped with its version: accend-2023.1-working.1-roles.csv */
export function downloadName(fw: Framework, stem: string, extension: 'csv' | 'json'): string {
	return `${fw.meta.shortName.toLowerCase()}-${fw.meta.version}-${stem}.${extension}`.replace(
		/[^A-Za-z0-9._-]/g,
		'-'
	);
}
