/**
 * The shipped ACCEND data, held to what the data issue promises: counts, coverage,
 * provenance, reachability, descriptors that really step up, colours everyone can tell apart.
 */
import { describe, expect, test } from 'vitest';
import { perceivedDifference, type ColourVision } from '../../src/lib/framework/colour';
import { unreachableRoles } from '../../src/lib/framework/queries';
import { wordSimilarity } from '../../src/lib/framework/similarity';
import { accendFramework } from '../fixtures/accend';

const fw = accendFramework();

/** Adjacent descriptors sharing more of their words than this are near-copies. */
const MAX_NEIGHBOUR_SIMILARITY = 0.6;
/** Domain colours must differ by at least this ΔE for every common colour vision. */
const MIN_COLOUR_DIFFERENCE = 10;

describe('levels', () => {
	test('seven levels in the published order', () => {
		expect(fw.levels.map((l) => l.name)).toEqual([
			'Supportive',
			'Assistive',
			'Pre-registration',
			'Registration',
			'Enhanced',
			'Advanced',
			'Consultant'
		]);
	});
	test('"Registered" is kept as an alias of Registration', () => {
		expect(fw.levels.find((l) => l.id === 'registration')?.aliases).toContain('Registered');
	});
	test('every level has routes in or out, and every level above the entry levels has a way in', () => {
		for (const level of fw.levels) {
			const touches = (e: { type: string; id: string }) =>
				e.type === 'level'
					? e.id === level.id
					: fw.roles.find((r) => r.id === e.id)?.level === level.id;
			const into = fw.routes.filter((r) => touches(r.to) && !touches(r.from));
			const out = fw.routes.filter((r) => touches(r.from) && !touches(r.to));
			if (!level.entryPoint) expect(into.length, level.id).toBeGreaterThan(0);
			if (level.order < fw.levels.length) expect(out.length, level.id).toBeGreaterThan(0);
		}
	});
});

describe('roles', () => {
	test('at least 40 roles, at every level', () => {
		expect(fw.roles.length).toBeGreaterThanOrEqual(40);
		for (const level of fw.levels) {
			expect(fw.roles.filter((r) => r.level === level.id).length, level.id).toBeGreaterThan(0);
		}
	});
	test('every profession group has roles', () => {
		for (const group of fw.meta.professionGroups) {
			expect(
				fw.roles.some((r) => r.professionGroup === group.id),
				group.id
			).toBe(true);
		}
	});
	test.each([
		'Cancer Support Worker',
		'Cancer Navigator',
		'Cancer Care Co-ordinator',
		'Healthcare Assistant',
		'Therapy Assistant',
		'Allied Health Support Worker',
		'Healthcare Support Worker',
		'Diagnostic Radiographer Apprentice',
		'Therapeutic Radiographer Apprentice',
		'Mammography Associate',
		'Radiography Assistant Practitioner',
		'Nurse Clinical Endoscopist',
		'Reporting Radiographer'
	])('includes %s', (title) => {
		expect(fw.roles.map((r) => r.title)).toContain(title);
	});
	test.each(['CNS', 'ACP', 'HCA', 'AP', 'NA', 'TR', 'OT', 'SLT', 'Physio'])(
		'the abbreviation %s is an alias of some role',
		(abbr) => {
			expect(fw.roles.some((r) => r.aliases.includes(abbr))).toBe(true);
		}
	);
	test('every role is reachable along routes from an entry level', () => {
		expect(unreachableRoles(fw).map((r) => r.id)).toEqual([]);
	});
});

describe('routes', () => {
	test('at least 25, of every kind', () => {
		expect(fw.routes.length).toBeGreaterThanOrEqual(25);
		const kinds = new Set(fw.routes.map((r) => r.kind));
		for (const kind of [
			'apprenticeship',
			'registration',
			'post-registration',
			'masters',
			'consultant-recognition'
		]) {
			expect(kinds.has(kind as never), kind).toBe(true);
		}
	});
});

describe('domains and capabilities', () => {
	test('seven domains, each with at least six capabilities', () => {
		expect(fw.domains).toHaveLength(7);
		for (const d of fw.domains) {
			expect(fw.capabilities.filter((c) => c.domain === d.id).length, d.id).toBeGreaterThanOrEqual(
				6
			);
		}
		expect(fw.capabilities.length).toBeGreaterThanOrEqual(42);
	});
	test('capability content is labelled as working text, with W codes', () => {
		expect(fw.meta.contentKind).toBe('working');
		for (const c of [...fw.domains, ...fw.capabilities]) expect(c.status).toBe('working');
		for (const c of fw.capabilities) expect(c.code).toMatch(/^W\d\.\d+$/);
	});
	test('where a capability does not apply, it says where it starts', () => {
		for (const c of fw.capabilities) {
			for (const level of fw.levels) {
				const d = c.descriptors[level.id];
				if (d && !d.applies)
					expect(d.note, `${c.id} ${level.id}`).toMatch(/starts at the \w[\w-]* level/);
			}
		}
	});
	test('no descriptor is a near-copy of the one at the level below', () => {
		const nearCopies: string[] = [];
		for (const c of fw.capabilities) {
			let previous: string | null = null;
			for (const level of fw.levels) {
				const d = c.descriptors[level.id];
				if (!d?.applies) continue;
				if (previous !== null && wordSimilarity(previous, d.text) > MAX_NEIGHBOUR_SIMILARITY) {
					nearCopies.push(`${c.id} at ${level.id}`);
				}
				previous = d.text;
			}
		}
		expect(nearCopies).toEqual([]);
	});
	test.each(['normal', 'protanopia', 'deuteranopia', 'tritanopia'] as ColourVision[])(
		'domain colours stay distinct with %s colour vision',
		(vision) => {
			const close: string[] = [];
			fw.domains.forEach((a, i) =>
				fw.domains.slice(i + 1).forEach((b) => {
					const diff = perceivedDifference(a.colour, b.colour, vision);
					if (diff < MIN_COLOUR_DIFFERENCE) close.push(`${a.id}/${b.id}: ΔE ${diff.toFixed(1)}`);
				})
			);
			expect(close).toEqual([]);
		}
	);
});

describe('education and mappings', () => {
	test('the knowledge ladder starts at Foundation, which is confirmed', () => {
		expect(fw.knowledgeLevels[0]?.name).toBe('Foundation');
		expect(fw.knowledgeLevels[0]?.status).toBe('confirmed');
		expect(fw.knowledgeLevels.slice(1).every((k) => k.status === 'working')).toBe(true);
	});
	test('at least 15 learning offers, each serving levels and capabilities', () => {
		expect(fw.learningOffers.length).toBeGreaterThanOrEqual(15);
		for (const o of fw.learningOffers) expect(o.capabilities.length, o.id).toBeGreaterThan(0);
	});
	test.each([
		['Advanced Communication Skills Training'],
		['Level 2 Psychological Skills Training'],
		['UKONS SACT Competency Passport'],
		['Principles of Cancer Care Programme']
	])('offers %s', (title) => {
		expect(fw.learningOffers.map((o) => o.title)).toContain(title);
	});
	test('four acute oncology competence assessment passport levels', () => {
		expect(
			fw.learningOffers.filter((o) =>
				/acute oncology competence assessment passport/i.test(o.title)
			)
		).toHaveLength(4);
	});
	test('every level except pre-registration maps to a Career Framework level', () => {
		const mapped = fw.mappings
			.filter((m) => m.from.type === 'level' && m.to.framework === 'sfh-career-framework')
			.map((m) => m.from.id);
		expect(mapped.sort()).toEqual(
			fw.levels
				.filter((l) => l.id !== 'pre-registration')
				.map((l) => l.id)
				.sort()
		);
	});
	test('every ACCEND pillar maps to an advanced practice pillar', () => {
		const mapped = fw.mappings.filter((m) => m.from.type === 'pillar').map((m) => m.from.id);
		expect(new Set(mapped)).toEqual(new Set(fw.meta.pillars.map((p) => p.id)));
	});
	test('all eight research capability domains map into the research domain', () => {
		const rcf = fw.externalFrameworks.find((e) => e.id === 'research-capabilities');
		expect(rcf?.items).toHaveLength(8);
		const researchCaps = new Set(
			fw.capabilities.filter((c) => c.domain === 'research-improvement').map((c) => c.id)
		);
		for (const item of rcf?.items ?? []) {
			const links = fw.mappings.filter(
				(m) => m.to.framework === 'research-capabilities' && m.to.item === item.id
			);
			expect(
				links.some((m) => m.from.type === 'capability' && researchCaps.has(m.from.id)),
				item.id
			).toBe(true);
		}
	});
});

test('every record has a status, and confirmed or inferred ones cite https sources', () => {
	const records = [
		...fw.levels,
		...fw.roles,
		...fw.routes,
		...fw.domains,
		...fw.capabilities,
		...fw.learningOffers,
		...fw.knowledgeLevels,
		...fw.mappings
	];
	for (const r of records) {
		expect(['confirmed', 'inferred', 'working']).toContain(r.status);
		if (r.status !== 'working') expect(r.sources.length).toBeGreaterThan(0);
		for (const s of r.sources) expect(s).toMatch(/^https:\/\//);
	}
});
