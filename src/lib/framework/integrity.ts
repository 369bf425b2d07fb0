/**
 * Checks that a schema cannot make: ids are unique, references resolve, each
 * capability says what it looks like at every level, levels run 1..n, colours
 * are readable, every confirmed or inferred record cites its sources and says
 * what they support, routes only point down a level on a learner or lateral
 * track, and no role name sends a search to two levels. Returns every problem
 * at once so a data editor can fix a file in one pass.
 */
import { contrastRatio, MIN_TEXT_CONTRAST } from './colour';
import type { Problem } from './problem';
import { provenanceRecords } from './provenance';
import type { Framework } from './schema';

/** What a reference may point at, with the ids that exist. */
type Known = Record<
	'level' | 'pillar' | 'domain' | 'capability' | 'role' | 'profession' | 'offer',
	Set<string>
>;

const WHITE = '#ffffff';
/** "Inferred" means read across pages: one page alone can only confirm or say nothing. */
export const MIN_INFERRED_SOURCES = 2;

/** Every problem in an assembled framework; an empty list means it is sound. */
export function checkIntegrity(fw: Framework): Problem[] {
	const problems: Problem[] = [];
	const add = (file: string, path: (string | number)[], message: string) =>
		problems.push({ file, path, message });

	const collections: [string, string, { id: string }[]][] = [
		['framework.json', 'pillars', fw.meta.pillars],
		['framework.json', 'professionGroups', fw.meta.professionGroups],
		['levels.json', 'levels', fw.levels],
		['domains.json', 'domains', fw.domains],
		['capabilities.json', 'capabilities', fw.capabilities],
		['roles.json', 'roles', fw.roles],
		['routes.json', 'routes', fw.routes],
		['education.json', 'knowledgeLevels', fw.knowledgeLevels],
		['education.json', 'learningOffers', fw.learningOffers],
		['mappings.json', 'externalFrameworks', fw.externalFrameworks]
	];
	for (const [file, key, records] of collections) {
		checkUnique(
			records,
			(r) => r.id,
			'id',
			(i, msg) => add(file, [key, i, 'id'], msg)
		);
	}
	checkUnique(
		fw.capabilities,
		(c) => c.code,
		'code',
		(i, msg) => add('capabilities.json', ['capabilities', i, 'code'], msg)
	);
	fw.externalFrameworks.forEach((ext, e) =>
		checkUnique(
			ext.items,
			(item) => item.id,
			'id',
			(i, msg) => add('mappings.json', ['externalFrameworks', e, 'items', i, 'id'], msg)
		)
	);

	checkSequence(
		fw.levels.map((l) => l.order),
		'order',
		(i, msg) => add('levels.json', ['levels', i, 'order'], msg)
	);
	checkSequence(
		fw.domains.map((d) => d.number),
		'number',
		(i, msg) => add('domains.json', ['domains', i, 'number'], msg)
	);
	checkSequence(
		fw.knowledgeLevels.map((k) => k.order),
		'order',
		(i, msg) => add('education.json', ['knowledgeLevels', i, 'order'], msg)
	);

	const known: Known = {
		level: new Set(fw.levels.map((l) => l.id)),
		pillar: new Set(fw.meta.pillars.map((p) => p.id)),
		domain: new Set(fw.domains.map((d) => d.id)),
		capability: new Set(fw.capabilities.map((c) => c.id)),
		role: new Set(fw.roles.map((r) => r.id)),
		profession: new Set(fw.meta.professionGroups.map((p) => p.id)),
		offer: new Set(fw.learningOffers.map((o) => o.id))
	};
	const ref = (kind: keyof Known, value: string, file: string, path: (string | number)[]) => {
		if (!known[kind].has(value))
			add(file, path, `refers to ${kind} "${value}", which does not exist`);
	};

	fw.domains.forEach((d, i) => {
		d.pillars.forEach((p, j) => ref('pillar', p, 'domains.json', ['domains', i, 'pillars', j]));
		d.levelChanges.forEach((c, j) =>
			ref('level', c.level, 'domains.json', ['domains', i, 'levelChanges', j, 'level'])
		);
		const ratio = contrastRatio(d.colour, WHITE);
		if (ratio < MIN_TEXT_CONTRAST) {
			add(
				'domains.json',
				['domains', i, 'colour'],
				`colour ${d.colour} has a contrast of ${ratio.toFixed(2)}:1 with white; text needs at least ${MIN_TEXT_CONTRAST}:1, so choose a darker colour`
			);
		}
	});

	const levelsInOrder = [...fw.levels].sort((a, b) => a.order - b.order).map((l) => l.id);
	fw.capabilities.forEach((c, i) => {
		const at = (...rest: (string | number)[]) => ['capabilities', i, ...rest];
		ref('domain', c.domain, 'capabilities.json', at('domain'));
		c.pillars.forEach((p, j) => ref('pillar', p, 'capabilities.json', at('pillars', j)));
		for (const level of Object.keys(c.descriptors)) {
			ref('level', level, 'capabilities.json', at('descriptors', level));
		}
		checkDescriptors(c, levelsInOrder, (path, msg) => add('capabilities.json', at(...path), msg));
	});

	fw.roles.forEach((r, i) => {
		ref('level', r.level, 'roles.json', ['roles', i, 'level']);
		ref('profession', r.professionGroup, 'roles.json', ['roles', i, 'professionGroup']);
	});

	fw.routes.forEach((r, i) => {
		ref(r.from.type, r.from.id, 'routes.json', ['routes', i, 'from', 'id']);
		ref(r.to.type, r.to.id, 'routes.json', ['routes', i, 'to', 'id']);
		r.offers.forEach((o, j) => ref('offer', o, 'routes.json', ['routes', i, 'offers', j]));
		if (r.from.type === r.to.type && r.from.id === r.to.id) {
			add(
				'routes.json',
				['routes', i, 'to'],
				'a route must lead somewhere other than where it starts'
			);
		}
	});

	fw.knowledgeLevels.forEach((k, i) =>
		k.levels.forEach((l, j) =>
			ref('level', l, 'education.json', ['knowledgeLevels', i, 'levels', j])
		)
	);
	fw.learningOffers.forEach((o, i) => {
		o.levels.forEach((l, j) =>
			ref('level', l, 'education.json', ['learningOffers', i, 'levels', j])
		);
		o.capabilities.forEach((c, j) =>
			ref('capability', c, 'education.json', ['learningOffers', i, 'capabilities', j])
		);
		o.professionGroups.forEach((g, j) =>
			ref('profession', g, 'education.json', ['learningOffers', i, 'professionGroups', j])
		);
	});

	const externalItems = new Map(
		fw.externalFrameworks.map((e) => [e.id, new Set(e.items.map((it) => it.id))])
	);
	fw.mappings.forEach((m, i) => {
		ref(m.from.type, m.from.id, 'mappings.json', ['mappings', i, 'from', 'id']);
		const items = externalItems.get(m.to.framework);
		if (!items) {
			add(
				'mappings.json',
				['mappings', i, 'to', 'framework'],
				`refers to external framework "${m.to.framework}", which does not exist`
			);
		} else if (!items.has(m.to.item)) {
			add(
				'mappings.json',
				['mappings', i, 'to', 'item'],
				`"${m.to.framework}" has no item "${m.to.item}"`
			);
		}
	});

	for (const { file, path, status, sources, evidence } of provenanceRecords(fw)) {
		if (status === 'working') continue;
		if (sources.length === 0) {
			add(
				file,
				[...path, 'sources'],
				`a record marked "${status}" must cite at least one source; mark it "working" if none exists`
			);
		} else if (status === 'inferred' && sources.length < MIN_INFERRED_SOURCES) {
			add(
				file,
				[...path, 'sources'],
				`a record marked "inferred" is read across pages, so it must cite at least ${MIN_INFERRED_SOURCES}; cite another or mark it "confirmed" (if the one page states it) or "working"`
			);
		}
		if (!evidence) {
			add(
				file,
				[...path, 'evidence'],
				`a record marked "${status}" must say in "evidence", in one sentence of your own, what its sources state that supports it`
			);
		}
	}

	checkRouteDirections(fw, (i, msg) => add('routes.json', ['routes', i], msg));
	checkRoleNames(fw, (i, j, msg) =>
		add('roles.json', ['roles', i, ...(j === null ? ['title'] : ['aliases', j])], msg)
	);

	return problems;
}

/** A route that ends at a lower level than it starts must say it is a learner or lateral track. */
function checkRouteDirections(fw: Framework, report: (index: number, message: string) => void) {
	const order = new Map(fw.levels.map((l) => [l.id, l.order]));
	const roleLevel = new Map(fw.roles.map((r) => [r.id, r.level]));
	const levelOf = (e: Framework['routes'][number]['from']) =>
		order.get(e.type === 'level' ? e.id : (roleLevel.get(e.id) ?? ''));
	fw.routes.forEach((r, i) => {
		const from = levelOf(r.from);
		const to = levelOf(r.to);
		if (from !== undefined && to !== undefined && to < from && !r.track) {
			report(
				i,
				`runs down from level ${from} to level ${to}; a route may only end lower than it starts on a "learner" or "lateral" track, so set "track" or correct the endpoints`
			);
		}
	});
}

/** The same title or alias on roles at two levels would send a search to the wrong level. */
function checkRoleNames(
	fw: Framework,
	report: (role: number, alias: number | null, message: string) => void
) {
	const first = new Map<string, { role: number; level: string; id: string }>();
	const key = (name: string) => name.toLowerCase().replace(/\s+/g, ' ').trim();
	fw.roles.forEach((r, i) => {
		const names: [string, number | null][] = [
			[r.title, null],
			...r.aliases.map((a, j): [string, number] => [a, j])
		];
		for (const [name, j] of names) {
			const seen = first.get(key(name));
			if (!seen) first.set(key(name), { role: i, level: r.level, id: r.id });
			else if (seen.level !== r.level)
				report(
					i,
					j,
					`"${name}" also names role "${seen.id}" at level "${seen.level}"; a name may belong to roles at one level only, so a search for it lands at the right level`
				);
		}
	});
}

/** Report every value after its first appearance. */
function checkUnique<T>(
	records: T[],
	key: (r: T) => string,
	what: string,
	report: (index: number, message: string) => void
) {
	const first = new Map<string, number>();
	records.forEach((r, i) => {
		const k = key(r);
		const earlier = first.get(k);
		if (earlier === undefined) first.set(k, i);
		else
			report(
				i,
				`${what} "${k}" is used twice (first at [${earlier}]); each ${what} must be unique`
			);
	});
}

/** Orders and numbers must run 1, 2, 3… with no gap and no repeat; blame the record that breaks it. */
function checkSequence(
	values: number[],
	what: string,
	report: (index: number, message: string) => void
) {
	const seen = new Set<number>();
	const rule = `${what}s must run 1 to ${values.length} without gaps or repeats`;
	values.forEach((v, i) => {
		if (seen.has(v)) report(i, `${what} ${v} is repeated: ${rule}`);
		else if (v < 1 || v > values.length) report(i, `${what} ${v} breaks the sequence: ${rule}`);
		seen.add(v);
	});
}

/** Each level said once; applies on one unbroken run of levels; no two neighbours alike. */
function checkDescriptors(
	c: Framework['capabilities'][number],
	levelsInOrder: string[],
	report: (path: (string | number)[], message: string) => void
) {
	const missing = levelsInOrder.filter((l) => !(l in c.descriptors));
	for (const level of missing) {
		report(
			['descriptors'],
			`has nothing for level "${level}": give a descriptor, or { "applies": false } to say it does not apply there`
		);
	}
	const applying = levelsInOrder.filter((l) => c.descriptors[l]?.applies);
	if (applying.length === 0) {
		report(['descriptors'], 'applies at no level; every capability must apply somewhere');
		return;
	}
	const first = levelsInOrder.indexOf(applying[0] ?? '');
	const last = levelsInOrder.indexOf(applying[applying.length - 1] ?? '');
	for (const level of levelsInOrder.slice(first, last + 1)) {
		if (!c.descriptors[level]?.applies) {
			report(
				['descriptors', level],
				`does not apply here but applies at levels either side; a capability applies on one unbroken run of levels`
			);
		}
	}
	let previous: { level: string; text: string } | null = null;
	for (const level of levelsInOrder) {
		const d = c.descriptors[level];
		if (!d?.applies) continue;
		const normalised = d.text.toLowerCase().replace(/\s+/g, ' ').trim();
		if (previous && previous.text === normalised) {
			report(
				['descriptors', level],
				`repeats the descriptor for "${previous.level}" word for word; say what changes at this level`
			);
		}
		previous = { level, text: normalised };
	}
}
