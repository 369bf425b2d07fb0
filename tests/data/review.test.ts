/**
 * The shipped data held to the content review (issue 14): provenance that says what its
 * sources say, role names that land at one level, routes that only climb unless they say
 * otherwise, and the roles, routes and offers the review found missing.
 */
import { describe, expect, test } from 'vitest';
import { descendantsOf, roleGraphOf } from '../../src/lib/framework/graph';
import { MIN_INFERRED_SOURCES } from '../../src/lib/framework/integrity';
import { provenanceRecords } from '../../src/lib/framework/provenance';
import type { Endpoint } from '../../src/lib/framework/schema';
import { accendFramework } from '../fixtures/accend';

const fw = accendFramework();
const role = (id: string) => fw.roles.find((r) => r.id === id);
const order = (levelId: string) => fw.levels.find((l) => l.id === levelId)?.order ?? NaN;
const levelOf = (e: Endpoint) => (e.type === 'level' ? e.id : (role(e.id)?.level ?? ''));
const graph = roleGraphOf(fw);
const reaches = (from: string, to: string) => descendantsOf(graph, from).has(to);
/** Words a one-sentence evidence note may not exceed: long notes drift into quoting. */
const MAX_EVIDENCE_WORDS = 60;

describe('provenance', () => {
	const claimed = [...provenanceRecords(fw)].filter((r) => r.status !== 'working');

	test('there are confirmed and inferred records to check', () => {
		expect(claimed.filter((r) => r.status === 'confirmed').length).toBeGreaterThan(40);
		expect(claimed.filter((r) => r.status === 'inferred').length).toBeGreaterThan(20);
	});
	test('every confirmed or inferred record says in one sentence what its sources support', () => {
		const lacking = claimed
			.filter((r) => !r.evidence || r.evidence.split(/\s+/).length > MAX_EVIDENCE_WORDS)
			.map((r) => `${r.file} ${r.path.join('.')}`);
		expect(lacking).toEqual([]);
		for (const r of claimed)
			expect(r.evidence?.match(/[.!?](\s|$)/g) ?? [], r.path.join('.')).toHaveLength(1);
	});
	test('inferred records are read across at least two sources', () => {
		const thin = claimed
			.filter((r) => r.status === 'inferred' && r.sources.length < MIN_INFERRED_SOURCES)
			.map((r) => `${r.file} ${r.path.join('.')}`);
		expect(thin).toEqual([]);
	});
	test('no evidence note quotes its source', () => {
		for (const r of claimed) expect(r.evidence, r.path.join('.')).not.toMatch(/["“”]/);
	});
	test('the catch-all ACCEND page no longer stands alone behind student, AHP or offer claims', () => {
		const catchAll = 'https://www.canceracademy.nhs.uk/accend/';
		const alone = [...fw.roles, ...fw.learningOffers, ...fw.routes]
			.filter((r) => r.status !== 'working' && r.sources.length === 1 && r.sources[0] === catchAll)
			.filter((r) => role(r.id)?.level !== 'supportive')
			.map((r) => r.id);
		expect(alone).toEqual([]);
	});
});

describe('role names and route directions', () => {
	test('no title or alias names roles at two different levels', () => {
		const levelsByName = new Map<string, Set<string>>();
		for (const r of fw.roles)
			for (const name of [r.title, ...r.aliases]) {
				const key = name.toLowerCase();
				levelsByName.set(key, (levelsByName.get(key) ?? new Set()).add(r.level));
			}
		const shared = [...levelsByName].filter(([, levels]) => levels.size > 1).map(([n]) => n);
		expect(shared).toEqual([]);
	});
	test('no route points down a level unless it is a learner or lateral track', () => {
		const down = fw.routes
			.filter((r) => order(levelOf(r.to)) < order(levelOf(r.from)) && !r.track)
			.map((r) => r.id);
		expect(down).toEqual([]);
	});
	test('the trainee nursing associate step is labelled a learner track', () => {
		expect(fw.routes.find((r) => r.id === 'trainee-to-nursing-associate')?.track).toBe('learner');
	});
	test.each([
		['chemo nurse', 'registration'],
		['oncology day unit nurse', 'registration'],
		['ao cns', 'enhanced'],
		['pharmacist prescriber', 'registration'],
		['counselling psychologist', 'registration']
	])('the alias "%s" lands at %s', (alias, level) => {
		const holders = fw.roles.filter((r) => r.aliases.some((a) => a.toLowerCase() === alias));
		expect(holders.map((r) => r.level)).toEqual([level]);
	});
	test.each([
		['Band 6 nurse', 'clinical-nurse-specialist'],
		['First contact practitioner', 'advanced-practice-physiotherapist'],
		['Pharmacist prescriber', 'advanced-pharmacist-practitioner'],
		['Chemo nurse', 'sact-nurse-specialist']
	])('"%s" is not an alias of %s', (alias, id) => {
		expect(role(id)?.aliases).not.toContain(alias);
	});
	test('no alias uses "AP" for an advanced practitioner, since AP means assistant practitioner', () => {
		const clash = fw.roles.filter(
			(r) => r.level === 'advanced' && r.aliases.some((a) => /^AP\b/.test(a))
		);
		expect(clash.map((r) => r.id)).toEqual([]);
	});
});

describe('the roles and routes the review found missing', () => {
	test.each([
		['acute-oncology-nurse-specialist', 'enhanced'],
		['chemotherapy-nurse', 'registration'],
		['mammographer', 'enhanced'],
		['advanced-practitioner-breast-imaging', 'advanced'],
		['consultant-breast-radiographer', 'consultant'],
		['palliative-care-nurse-specialist', 'enhanced'],
		['oncology-research-nurse', 'registration'],
		['lymphoedema-practitioner', 'enhanced'],
		['pharmacist-independent-prescriber', 'registration'],
		['oncology-pharmacy-technician', 'enhanced'],
		['general-practice-nurse', 'registration'],
		['cancer-exercise-specialist', 'supportive']
	])('%s is at %s', (id, level) => {
		expect(role(id)?.level).toBe(level);
	});
	test('a cancer support worker has a way up to a higher level', () => {
		const up = [...descendantsOf(graph, 'cancer-support-worker')].filter(
			(id) => order(role(id)?.level ?? '') > order('supportive')
		);
		expect(up.length).toBeGreaterThan(0);
	});
	test.each([
		['registered-nurse', 'acute-oncology-nurse-specialist'],
		['registered-nurse', 'chemotherapy-nurse'],
		['diagnostic-radiographer', 'mammographer'],
		['mammographer', 'advanced-practitioner-breast-imaging'],
		['advanced-practitioner-breast-imaging', 'consultant-breast-radiographer'],
		['mammography-associate', 'radiography-assistant-practitioner']
	])('a route leads from %s to %s', (from, to) => {
		expect(fw.routes.some((r) => r.from.id === from && r.to.id === to)).toBe(true);
	});
	test.each(['occupational-therapy', 'speech-language-therapy', 'dietetics'])(
		'a registered %s professional can reach an advanced and a consultant role',
		(group) => {
			const registered = fw.roles.filter(
				(r) => r.professionGroup === group && r.level === 'registration'
			);
			for (const level of ['advanced', 'consultant']) {
				const reached = registered.some((start) =>
					[...descendantsOf(graph, start.id)].some(
						(id) => role(id)?.level === level && role(id)?.professionGroup === group
					)
				);
				expect(reached, level).toBe(true);
			}
		}
	);
	test('primary and community care and prehabilitation each have roles reached by a route', () => {
		for (const id of [
			'general-practice-nurse',
			'district-nurse',
			'personalised-care-coordinator',
			'prehabilitation-lead',
			'cancer-exercise-specialist'
		]) {
			expect(
				fw.routes.some((r) => r.to.id === id),
				id
			).toBe(true);
		}
	});
	test('the Advanced Clinical Practitioner apprenticeship is a level 7 route into Advanced', () => {
		const acp = fw.routes.filter(
			(r) => r.apprenticeshipLevel === 7 && levelOf(r.to) === 'advanced'
		);
		expect(acp.length).toBeGreaterThan(0);
		expect(acp.every((r) => r.offers.includes('acp-degree-apprenticeship'))).toBe(true);
	});
	test('every apprenticeship route says its apprenticeship level', () => {
		const missing = fw.routes
			.filter((r) => r.kind === 'apprenticeship' && r.apprenticeshipLevel === undefined)
			.map((r) => r.id);
		expect(missing).toEqual([]);
	});
	test('a four-day course is no longer shown as a job change', () => {
		expect(fw.routes.some((r) => r.duration?.unit === 'days')).toBe(false);
	});
	test('new specialist roles sit on chains of routes from the registered and support roles', () => {
		expect(reaches('registered-nurse', 'acute-oncology-advanced-practitioner')).toBe(true);
		expect(reaches('healthcare-support-worker', 'cancer-care-coordinator')).toBe(true);
	});
});

describe('learning offers', () => {
	const offer = (id: string) => fw.learningOffers.find((o) => o.id === id);
	test.each([
		'acute-oncology-elearning',
		'ukons-24-hour-triage-training',
		'nihr-good-clinical-practice',
		'nihr-associate-pi-scheme',
		'acp-degree-apprenticeship',
		'non-medical-prescribing',
		'end-of-life-care-for-all',
		'gatewayc',
		'genomics-education-programme',
		'personalised-care-institute',
		'rps-credentialing'
	])('%s is offered with a web address, levels and capabilities', (id) => {
		const o = offer(id);
		expect(o?.url).toMatch(/^https:\/\//);
		expect(o?.levels.length).toBeGreaterThan(0);
		expect(o?.capabilities.length).toBeGreaterThan(0);
	});
	test('the acute oncology passports carry their real name and owner, and level 1 is open to registrants', () => {
		const passports = fw.learningOffers.filter((o) =>
			/^Acute oncology competence assessment passport, level [1-4]$/.test(o.title)
		);
		expect(passports).toHaveLength(4);
		for (const p of passports) expect(p.provider).toMatch(/CASCADE/);
		expect(offer('ukons-acute-oncology-passport-1')?.levels).toEqual(
			expect.arrayContaining(['pre-registration', 'registration'])
		);
		expect(offer('ukons-acute-oncology-passport-2')?.summary).not.toMatch(/emergency department/i);
	});
	test('offers for one profession say so, and generic kinds of offer are marked as categories', () => {
		expect(offer('clinical-endoscopist-training')?.professionGroups).toEqual(['nursing']);
		expect(offer('therapeutic-radiographer-apprenticeship')?.professionGroups).toContain(
			'therapeutic-radiography'
		);
		for (const id of [
			'university-cancer-modules',
			'msc-advanced-practice',
			'non-medical-prescribing'
		])
			expect(offer(id)?.category, id).toBe(true);
	});
	test('the Principles of Cancer Care Programme is for supportive staff only', () => {
		expect(offer('principles-of-cancer-care-programme')?.levels).toEqual(['supportive']);
	});
	test('every offer a route names is real, and most routes above Supportive name one', () => {
		const climbing = fw.routes.filter((r) => order(levelOf(r.to)) > order('supportive'));
		const withOffers = climbing.filter((r) => r.offers.length > 0);
		expect(withOffers.length / climbing.length).toBeGreaterThan(0.5);
	});
});

describe('levels and bands', () => {
	const band = (id: string) => fw.levels.find((l) => l.id === id)?.payBand;
	test.each([
		['enhanced', 'Band 6–7'],
		['consultant', 'Band 8b–8d']
	])('the %s pay band reads %s', (id, value) => {
		expect(band(id)?.value).toBe(value);
	});
	test('the registration band says pharmacists and psychologists start higher', () => {
		expect(band('registration')?.note).toMatch(/pharmacists.*Band 6.*psychologists.*Band 7/);
	});
	test('the data version moved on from the release the review read', () => {
		expect(fw.meta.version).not.toBe('2023.1-working.1');
		expect(fw.meta.published).toBe('2023-01-26');
	});
});
