import { describe, expect, test } from 'vitest';
import { createRoleGraph, type RoleEdge } from '../../src/lib/framework/graph';
import {
	gapsForPlan,
	kShortestPaths,
	planFrom,
	planRoutes,
	startRoles,
	typicalYears,
	UNKNOWN_STEP_YEARS,
	yearsOf
} from '../../src/lib/framework/plan';
import { levelsFrom } from '../../src/lib/framework/learning';
import type { Framework, Route } from '../../src/lib/framework/schema';
import { accendFramework } from '../fixtures/accend';

/**
 *  a → b → c → t      a → t (one long step)
 *  a → d → t          s → b
 *  b ⇄ x (a cycle that must never be walked twice)
 */
const edge = (source: string, target: string): RoleEdge => ({
	id: `${source}-${target}`,
	source,
	target,
	kind: 'other'
});
const graph = createRoleGraph(
	['a', 'b', 'c', 'd', 't', 's', 'x', 'lone'],
	[
		edge('a', 'b'),
		edge('b', 'c'),
		edge('c', 't'),
		edge('a', 'd'),
		edge('d', 't'),
		edge('a', 't'),
		edge('s', 'b'),
		edge('b', 'x'),
		edge('x', 'b')
	]
);
const COST: Record<string, number> = { 'a-t': 10, 'a-d': 3, 'd-t': 3 };
const time = (e: RoleEdge) => COST[e.id] ?? 1;
const ids = (paths: { edges: RoleEdge[] }[]) =>
	paths.map((p) => p.edges.map((e) => e.id).join(' '));

describe('k shortest paths', () => {
	test.each([
		['by steps, from a', ['a'], () => 1, 5, ['a-t', 'a-d d-t', 'a-b b-c c-t']],
		['by time, from a', ['a'], time, 5, ['a-b b-c c-t', 'a-d d-t', 'a-t']],
		['by time, only the best two', ['a'], time, 2, ['a-b b-c c-t', 'a-d d-t']],
		['from two starts, one a dead end', ['lone', 's'], time, 2, ['s-b b-c c-t']],
		['no way from the target to itself', ['t'], time, 3, []],
		['no way from an isolated role', ['lone'], time, 3, []]
	])('%s', (_, sources, weight, k, expected) => {
		expect(ids(kShortestPaths(graph, sources, 't', weight, k))).toEqual(expected);
	});

	test('costs add up and rise, and no path visits a role twice', () => {
		const paths = kShortestPaths(graph, ['a'], 't', time, 10);
		expect(paths.map((p) => p.cost)).toEqual([3, 6, 10]);
		for (const p of paths) {
			const roles = [p.edges[0]!.source, ...p.edges.map((e) => e.target)];
			expect(new Set(roles).size).toBe(roles.length);
		}
	});
});

describe('durations in years', () => {
	test.each([
		[{ min: 18, max: 24, unit: 'months' as const }, { min: 1.5, max: 2 }, 1.75],
		[{ min: 3, max: 3, unit: 'years' as const }, { min: 3, max: 3 }, 3],
		[null, null, UNKNOWN_STEP_YEARS]
	])('%j', (d, years, typical) => {
		expect(yearsOf(d)).toEqual(years);
		expect(typicalYears(d)).toBeCloseTo(typical);
	});
});

describe('planning on ACCEND', () => {
	const fw = accendFramework();

	test('Registered Nurse to Clinical Nurse Specialist is one post-registration step', () => {
		const [plan] = planRoutes(fw, ['registered-nurse'], 'clinical-nurse-specialist');
		expect(plan?.routes).toEqual(['rn-to-cns']);
		expect(plan?.best.sort()).toEqual(['steps', 'time']);
	});

	test('a healthcare assistant to a consultant nurse: every plan starts and ends right, on real routes', () => {
		const plans = planRoutes(fw, ['healthcare-assistant'], 'consultant-nurse');
		expect(plans.length).toBeGreaterThan(1);
		const routes = new Map(fw.routes.map((r) => [r.id, r]));
		for (const plan of plans) {
			expect(plan.roles[0]).toBe('healthcare-assistant');
			expect(plan.roles.at(-1)).toBe('consultant-nurse');
			plan.routes.forEach((id, i) => {
				const r = routes.get(id) as Route;
				expect([r.from.id, r.to.id]).toEqual([plan.roles[i], plan.roles[i + 1]]);
			});
		}
		expect(plans.filter((p) => p.best.includes('steps')).length).toBeGreaterThan(0);
		expect(plans.filter((p) => p.best.includes('time')).length).toBeGreaterThan(0);
	});

	test('the fastest plan is never slower than any other offered', () => {
		const plans = planRoutes(fw, ['healthcare-assistant'], 'consultant-nurse');
		const mid = (p: (typeof plans)[number]) => p.years.min + p.years.max;
		const fastest = plans.find((p) => p.best.includes('time'))!;
		for (const p of plans) expect(mid(fastest)).toBeLessThanOrEqual(mid(p) + 1e-9);
	});

	test('no plan where no chain of named routes joins the roles', () => {
		expect(planRoutes(fw, ['consultant-nurse'], 'healthcare-assistant')).toEqual([]);
	});

	test.each([
		[{ role: 'registered-nurse' }, ['registered-nurse']],
		[{ role: 'no-such-role' }, []],
		[{ level: 'registration', profession: 'physiotherapy' }, ['physiotherapist']],
		[{}, []]
	])('start from %j', (start, expected) => {
		expect(startRoles(fw, start)).toEqual(expected);
	});

	test('a level alone starts from every role at it', () => {
		const roles = startRoles(fw as Framework, { level: 'registration' });
		expect(roles).toContain('registered-nurse');
		expect(roles).toContain('pharmacist');
	});
});

describe('planning from a role with no route of its own', () => {
	const fw = accendFramework();
	const roleOf = new Map(fw.roles.map((r) => [r.id, r]));

	test('a nurse clinical endoscopist to consultant nurse starts from the other Enhanced nursing roles, and says so', () => {
		expect(planRoutes(fw, ['nurse-clinical-endoscopist'], 'consultant-nurse')).toEqual([]);
		const answer = planFrom(fw, { role: 'nurse-clinical-endoscopist' }, 'consultant-nurse');
		expect(answer.widened).toEqual({ level: 'enhanced', professionGroup: 'nursing' });
		expect(answer.plans.length).toBeGreaterThan(0);
		for (const plan of answer.plans) {
			const first = roleOf.get(plan.roles[0]!)!;
			expect([first.level, first.professionGroup]).toEqual(['enhanced', 'nursing']);
			expect(first.id).not.toBe('nurse-clinical-endoscopist');
			expect(plan.roles.at(-1)).toBe('consultant-nurse');
		}
	});

	test('a role with its own route is planned from itself, not widened', () => {
		const answer = planFrom(fw, { role: 'registered-nurse' }, 'clinical-nurse-specialist');
		expect(answer.widened).toBeNull();
		expect(answer.plans).toEqual(planRoutes(fw, ['registered-nurse'], 'clinical-nurse-specialist'));
	});

	test.each([
		[
			'no way down from consultant level, even from its peers',
			{ role: 'consultant-nurse' },
			'healthcare-assistant'
		],
		[
			'a level and profession are never widened further',
			{ level: 'consultant', profession: 'nursing' },
			'healthcare-assistant'
		],
		['a role that does not exist', { role: 'no-such-role' }, 'consultant-nurse'],
		['the role the person already has', { role: 'consultant-nurse' }, 'consultant-nurse']
	])('nothing is planned: %s', (_, start, to) => {
		expect(planFrom(fw, start, to)).toEqual({ plans: [], widened: null });
	});

	test('a target at the same level and profession is planned to from the other peers, not from itself', () => {
		const answer = planFrom(fw, { role: 'cancer-care-coordinator' }, 'cancer-navigator');
		expect(answer.widened).toEqual({ level: 'supportive', professionGroup: 'support' });
		expect(answer.plans.length).toBeGreaterThan(0);
		for (const plan of answer.plans) expect(plan.roles[0]).not.toBe('cancer-navigator');
	});
});

describe('gaps at the target level', () => {
	const caps = [
		{ id: 'c1', code: 'W1.1', title: 'One', levels: ['enhanced'] },
		{ id: 'c2', code: 'W1.2', title: 'Two', levels: ['enhanced'] },
		{ id: 'c3', code: 'W1.3', title: 'Three', levels: ['advanced'] },
		{ id: 'c4', code: 'W1.4', title: 'Four', levels: ['enhanced'] }
	];
	const offer = (
		id: string,
		capabilities: string[],
		levels: string[],
		professionGroups: string[]
	) => ({
		id,
		capabilities,
		levels,
		professionGroups
	});
	const offers = [
		offer('any-level', ['c1'], ['registration'], []),
		offer('radio-only', ['c1', 'c2'], ['enhanced'], ['therapeutic-radiography']),
		offer('open-enhanced', ['c2'], ['enhanced'], [])
	];
	const ratings = { c1: 0, c2: 1, c3: 0, c4: 2 };

	test.each([
		[
			'nursing',
			[
				['c1', ['any-level']],
				['c2', ['open-enhanced']]
			]
		],
		[
			'therapeutic-radiography',
			[
				['c1', ['radio-only']],
				['c2', ['radio-only', 'open-enhanced']]
			]
		]
	])('for %s: below enough, at the target level only, offers open to them', (group, expected) => {
		const gaps = gapsForPlan(
			caps,
			offers,
			ratings,
			{ level: 'enhanced', professionGroup: group },
			2
		);
		expect(gaps.map((g) => [g.capability.id, g.offers.map((o) => o.id)])).toEqual(expected);
	});

	test('unrated capabilities are not gaps: nobody has said so', () => {
		expect(
			gapsForPlan(caps, offers, {}, { level: 'enhanced', professionGroup: 'nursing' }, 2)
		).toEqual([]);
	});
});

describe('gaps for a plan on ACCEND leave out learning for levels below the start', () => {
	const fw = accendFramework();
	const caps = fw.capabilities.map((c) => ({
		id: c.id,
		code: c.code,
		title: c.title,
		levels: fw.levels.filter((l) => c.descriptors[l.id]?.applies).map((l) => l.id)
	}));
	const order = new Map(fw.levels.map((l) => [l.id, l.order]));
	/** The offers the planner shows someone who rated everything "Not yet" (0). */
	const offered = (professionGroup: string, from: string, to: string) => {
		const ratings = Object.fromEntries(caps.map((c) => [c.id, 0]));
		const notBelow = levelsFrom(fw.levels, from);
		return gapsForPlan(
			caps,
			fw.learningOffers,
			ratings,
			{ level: to, professionGroup, notBelow },
			2
		).flatMap((g) => g.offers);
	};

	test.each([
		['therapeutic-radiography', 'registration', 'enhanced'],
		['nursing', 'registration', 'enhanced']
	])('a %s person planning from %s to %s', (group, from, to) => {
		const offers = offered(group, from, to);
		expect(offers.length).toBeGreaterThan(0);
		const ids = offers.map((o) => o.id);
		expect(ids).not.toContain('therapeutic-radiographer-apprenticeship');
		expect(ids).not.toContain('aspirant-cancer-professional-student-programme');
		expect(ids).not.toContain('principles-of-cancer-care-programme');
		for (const o of offers)
			expect(Math.max(...o.levels.map((l) => order.get(l)!))).toBeGreaterThanOrEqual(
				order.get(from)!
			);
	});

	test('a Supportive person planning to Assistive still gets Supportive-level learning', () => {
		const ids = offered('support', 'supportive', 'assistive').map((o) => o.id);
		expect(ids).toContain('principles-of-cancer-care-programme');
	});
});
