/**
 * Every record that says how sure we are of it (status, sources, evidence), found
 * wherever it sits in the files, and a count of them by file and status for the
 * provenance report (`npm run validate -- --report`).
 */
import type { Framework, Status } from './schema';

type Provenance = { status: Status; sources: string[]; evidence?: string };

/** One record with provenance, and where it lives. */
export interface ProvenanceRecord extends Provenance {
	file: string;
	path: (string | number)[];
}

/** How many records of one file are confirmed, inferred and working. */
export type ProvenanceCounts = Record<Status, number>;

/** Every record that carries status and sources, with its file and JSON path. */
export function* provenanceRecords(fw: Framework): Generator<ProvenanceRecord> {
	const each = function* (file: string, key: string, records: Provenance[]) {
		for (const [i, r] of records.entries())
			yield { file, path: [key, i] as (string | number)[], ...r };
	};
	yield { file: 'framework.json', path: [] as (string | number)[], ...fw.meta };
	yield* each('framework.json', 'pillars', fw.meta.pillars);
	yield* each('framework.json', 'professionGroups', fw.meta.professionGroups);
	yield* each('levels.json', 'levels', fw.levels);
	for (const [i, l] of fw.levels.entries()) {
		yield {
			file: 'levels.json',
			path: ['levels', i, 'careerFrameworkLevel'],
			...l.careerFrameworkLevel
		};
		yield { file: 'levels.json', path: ['levels', i, 'payBand'], ...l.payBand };
	}
	yield* each('domains.json', 'domains', fw.domains);
	yield* each('capabilities.json', 'capabilities', fw.capabilities);
	yield* each('roles.json', 'roles', fw.roles);
	yield* each('routes.json', 'routes', fw.routes);
	yield* each('education.json', 'knowledgeLevels', fw.knowledgeLevels);
	yield* each('education.json', 'learningOffers', fw.learningOffers);
	yield* each('mappings.json', 'externalFrameworks', fw.externalFrameworks);
	yield* each('mappings.json', 'mappings', fw.mappings);
}

/** Records of each file by status, files in the order they are read. */
export function countProvenance(fw: Framework): Map<string, ProvenanceCounts> {
	const counts = new Map<string, ProvenanceCounts>();
	for (const r of provenanceRecords(fw)) {
		const row = counts.get(r.file) ?? { confirmed: 0, inferred: 0, working: 0 };
		row[r.status] += 1;
		counts.set(r.file, row);
	}
	return counts;
}

/** The provenance report as plain-text table lines, with a total row. */
export function formatProvenanceReport(counts: Map<string, ProvenanceCounts>): string[] {
	const total: ProvenanceCounts = { confirmed: 0, inferred: 0, working: 0 };
	const rows = [...counts].map(([file, c]) => {
		for (const s of Object.keys(total) as Status[]) total[s] += c[s];
		return [file, c.confirmed, c.inferred, c.working] as const;
	});
	const width = Math.max(...rows.map(([f]) => f.length), 'Total'.length);
	const line = (a: string, b: string | number, c: string | number, d: string | number) =>
		`${a.padEnd(width)}  ${String(b).padStart(9)}  ${String(c).padStart(8)}  ${String(d).padStart(7)}`;
	return [
		line('File', 'confirmed', 'inferred', 'working'),
		...rows.map((r) => line(...r)),
		line('Total', total.confirmed, total.inferred, total.working)
	];
}
