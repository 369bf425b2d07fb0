/**
 * The framework as tidy tables for download: one CSV per record type, each row
 * stamped with the framework version. The column descriptions here are the ones
 * the downloads page shows, so the documentation cannot drift from the files.
 */
import { formatDuration } from '../format';
import type { Framework } from '../framework/schema';

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

const VERSION: Column = {
	name: 'framework_version',
	description: 'Version of the framework data the row comes from.'
};
const STATUS: Column = {
	name: 'status',
	description: 'confirmed, inferred or working (see About the data).'
};
const SOURCES: Column = { name: 'sources', description: 'Source URLs, separated by spaces.' };

export const FRAMEWORK_TABLES: TableSpec[] = [
	{
		name: 'levels',
		title: 'Levels of practice',
		description: 'One row per level, in order.',
		columns: [
			VERSION,
			{ name: 'level_id', description: 'Stable id of the level.' },
			{ name: 'order', description: '1 for Supportive up to 7 for Consultant.' },
			{ name: 'name', description: 'Name of the level.' },
			{ name: 'aliases', description: 'Other names, separated by semicolons.' },
			{ name: 'summary', description: 'Who works at this level.' },
			{
				name: 'career_framework_level',
				description: 'Indicative Skills for Health Career Framework level; empty where none.'
			},
			{ name: 'pay_band', description: 'Typical NHS pay band (a convention, not part of ACCEND).' },
			STATUS,
			SOURCES
		],
		rows: (fw) =>
			fw.levels.map((l) => [
				fw.meta.version,
				l.id,
				l.order,
				l.name,
				l.aliases.join('; '),
				l.summary,
				l.careerFrameworkLevel.value,
				l.payBand.value,
				l.status,
				l.sources.join(' ')
			])
	},
	{
		name: 'domains',
		title: 'Capability domains',
		description: 'One row per domain.',
		columns: [
			VERSION,
			{ name: 'domain_id', description: 'Stable id of the domain.' },
			{ name: 'number', description: 'Domain number, 1 to 7.' },
			{ name: 'title', description: 'Title of the domain.' },
			{ name: 'colour', description: 'Colour used for the domain, as hex.' },
			{ name: 'pillars', description: 'Pillar ids, separated by semicolons.' },
			{ name: 'description', description: 'What the domain covers.' },
			STATUS
		],
		rows: (fw) =>
			fw.domains.map((d) => [
				fw.meta.version,
				d.id,
				d.number,
				d.title,
				d.colour,
				d.pillars.join('; '),
				d.description,
				d.status
			])
	},
	{
		name: 'capabilities',
		title: 'Capabilities and level descriptors',
		description:
			'One row per capability and level (a tidy table): filter by level to read one level, or by capability to read its steps.',
		columns: [
			VERSION,
			{ name: 'capability_id', description: 'Stable id of the capability.' },
			{ name: 'code', description: 'Short code; W codes mark working text.' },
			{ name: 'domain_id', description: 'Domain the capability belongs to.' },
			{ name: 'title', description: 'Title of the capability.' },
			{ name: 'level_id', description: 'Level this row describes.' },
			{
				name: 'applies',
				description: 'yes when the capability applies at this level, no when it does not.'
			},
			{
				name: 'descriptor',
				description: 'What the capability looks like at this level, or why it does not apply.'
			},
			STATUS
		],
		rows: (fw) =>
			fw.capabilities.flatMap((c) =>
				fw.levels.map((l) => {
					const d = c.descriptors[l.id];
					const text = d?.applies ? d.text : (d?.note ?? 'Does not apply at this level.');
					return [
						fw.meta.version,
						c.id,
						c.code,
						c.domain,
						c.title,
						l.id,
						d?.applies ? 'yes' : 'no',
						text,
						c.status
					];
				})
			)
	},
	{
		name: 'roles',
		title: 'Roles',
		description: 'One row per example role.',
		columns: [
			VERSION,
			{ name: 'role_id', description: 'Stable id of the role.' },
			{ name: 'title', description: 'Job title.' },
			{ name: 'level_id', description: 'Level of practice of the role.' },
			{ name: 'profession_group', description: 'Profession group id.' },
			{ name: 'aliases', description: 'Abbreviations and other titles, separated by semicolons.' },
			{
				name: 'example_title',
				description: 'yes for an illustrative title, no for one the framework names.'
			},
			{ name: 'summary', description: 'What the role does.' },
			STATUS,
			SOURCES
		],
		rows: (fw) =>
			fw.roles.map((r) => [
				fw.meta.version,
				r.id,
				r.title,
				r.level,
				r.professionGroup,
				r.aliases.join('; '),
				r.exampleTitle ? 'yes' : 'no',
				r.summary,
				r.status,
				r.sources.join(' ')
			])
	},
	{
		name: 'routes',
		title: 'Routes between roles and levels',
		description: 'One row per progression route.',
		columns: [
			VERSION,
			{ name: 'route_id', description: 'Stable id of the route.' },
			{ name: 'title', description: 'Name of the route.' },
			{
				name: 'kind',
				description:
					'apprenticeship, registration, post-registration, masters, consultant-recognition or other.'
			},
			{ name: 'from_type', description: 'role or level.' },
			{ name: 'from_id', description: 'Id of the role or level it starts from.' },
			{ name: 'to_type', description: 'role or level.' },
			{ name: 'to_id', description: 'Id of the role or level it leads to.' },
			{ name: 'typical_duration', description: 'Typical time it takes, in words.' },
			{ name: 'summary', description: 'What the route involves.' },
			STATUS,
			SOURCES
		],
		rows: (fw) =>
			fw.routes.map((r) => [
				fw.meta.version,
				r.id,
				r.title,
				r.kind,
				r.from.type,
				r.from.id,
				r.to.type,
				r.to.id,
				formatDuration(r.duration),
				r.summary,
				r.status,
				r.sources.join(' ')
			])
	},
	{
		name: 'learning-offers',
		title: 'Learning offers',
		description: 'One row per learning offer.',
		columns: [
			VERSION,
			{ name: 'offer_id', description: 'Stable id of the offer.' },
			{ name: 'title', description: 'Name of the offer.' },
			{ name: 'provider', description: 'Who provides it.' },
			{ name: 'format', description: 'How it is delivered.' },
			{ name: 'level_ids', description: 'Levels it serves, separated by semicolons.' },
			{ name: 'capability_ids', description: 'Capabilities it serves, separated by semicolons.' },
			{ name: 'url', description: 'Public page, where known.' },
			STATUS,
			SOURCES
		],
		rows: (fw) =>
			fw.learningOffers.map((o) => [
				fw.meta.version,
				o.id,
				o.title,
				o.provider,
				o.format,
				o.levels.join('; '),
				o.capabilities.join('; '),
				o.url,
				o.status,
				o.sources.join(' ')
			])
	}
];

/** File name of a download, stamped with the version: accend-2023.1-working.1-roles.csv */
export function downloadName(fw: Framework, stem: string, extension: 'csv' | 'json'): string {
	return `accend-${fw.meta.version}-${stem}.${extension}`.replace(/[^A-Za-z0-9._-]/g, '-');
}
