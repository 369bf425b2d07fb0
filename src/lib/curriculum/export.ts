/**
 * A curriculum map for spreadsheets: one row per outcome–capability link
 * (and one for each outcome not yet mapped, so nothing is silently missing).
 * Cells are written by the shared CSV writer, which neutralises formulas.
 */
import { toCsv } from '../export/csv';
import type { CurriculumData } from './data';
import type { Curriculum } from './model';

export const MAPPING_CSV_COLUMNS = [
	'framework_version',
	'curriculum',
	'module_code',
	'module',
	'outcome_code',
	'outcome',
	'capability_code',
	'capability',
	'level',
	'domain'
];

/** The mapping as CSV text. */
export function mappingCsv(data: CurriculumData, curriculum: Curriculum): string {
	const capability = new Map(data.capabilities.map((c) => [c.id, c]));
	const level = new Map(data.levels.map((l) => [l.id, l.name]));
	const domain = new Map(data.domains.map((d) => [d.id, d.title]));
	const rows = curriculum.modules.flatMap((m) =>
		m.outcomes.flatMap((o) => {
			const start = [curriculum.frameworkVersion, curriculum.name, m.code, m.title, o.code, o.text];
			if (!o.links.length) return [[...start, '', 'Not mapped', '', '']];
			return o.links.map((l) => {
				const c = capability.get(l.capability);
				return [
					...start,
					c?.code ?? '',
					c?.title ?? l.capability,
					level.get(l.level) ?? l.level,
					c ? (domain.get(c.domain) ?? c.domain) : ''
				];
			});
		})
	);
	return toCsv(MAPPING_CSV_COLUMNS, rows);
}

/** A file name from a curriculum's name: "BSc Nursing (Adult)" → "bsc-nursing-adult". */
export function fileSlug(name: string): string {
	return (
		name
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 60) || 'curriculum'
	);
}
