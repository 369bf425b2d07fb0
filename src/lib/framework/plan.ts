/**
 * Route planning over the role graph: the k best chains of routes from where a person is to
 * the role they want, ranked by fewest steps and by shortest typical time (Yen's k shortest
 * loopless paths over Dijkstra). Pure functions over plain data; the planner page renders them.
 */
import { createRoleGraph, type RoleEdge, type RoleGraph } from './graph';
import { filterOffers } from './learning';
import type { Duration, Role, Route } from './schema';

/** How many alternatives each ranking offers: enough to choose, few enough to read. */
export const PLAN_ALTERNATIVES = 3;

/**
 * A step whose duration is not given still takes time; counting it as a typical year keeps
 * such chains comparable without pretending they are instant.
 */
export const UNKNOWN_STEP_YEARS = 1;

const YEARS_PER_UNIT: Record<Duration['unit'], number> = {
	days: 1 / 365,
	weeks: 7 / 365,
	months: 1 / 12,
	years: 1
};

/** The least and most years a duration takes, or null where it is not given. */
export function yearsOf(d: Duration | null): { min: number; max: number } | null {
	if (!d) return null;
	const per = YEARS_PER_UNIT[d.unit];
	return { min: d.min * per, max: d.max * per };
}

/** The typical (middle) years a duration takes; UNKNOWN_STEP_YEARS when not given. */
export function typicalYears(d: Duration | null): number {
	const y = yearsOf(d);
	return y ? (y.min + y.max) / 2 : UNKNOWN_STEP_YEARS;
}

/** A chain of edges from a start role to the target, with its cost under one weight. */
export interface GraphPath {
	edges: RoleEdge[];
	cost: number;
}

type Weight = (edge: RoleEdge) => number;

/** The cheapest path from any source to the target that avoids the given nodes and edges. */
function cheapest(
	graph: RoleGraph,
	sources: readonly string[],
	target: string,
	weight: Weight,
	bannedNodes: ReadonlySet<string>,
	bannedEdges: ReadonlySet<string>
): GraphPath | null {
	const dist = new Map<string, number>();
	const via = new Map<string, RoleEdge>();
	const done = new Set<string>();
	for (const s of sources) if (!bannedNodes.has(s)) dist.set(s, 0);
	// The graphs are small (hundreds of roles): a linear scan for the nearest node is enough.
	for (;;) {
		let node: string | undefined;
		let best = Infinity;
		for (const [n, d] of dist) {
			if (!done.has(n) && d < best) {
				best = d;
				node = n;
			}
		}
		if (node === undefined) return null;
		if (node === target) break;
		done.add(node);
		for (const e of graph.out.get(node) ?? []) {
			if (bannedEdges.has(e.id) || bannedNodes.has(e.target) || done.has(e.target)) continue;
			const d = best + weight(e);
			if (d < (dist.get(e.target) ?? Infinity)) {
				dist.set(e.target, d);
				via.set(e.target, e);
			}
		}
	}
	const edges: RoleEdge[] = [];
	for (let at = target, e = via.get(at); e; at = e.source, e = via.get(at)) edges.unshift(e);
	return { edges, cost: dist.get(target) ?? 0 };
}

const keyOf = (edges: readonly RoleEdge[]) => edges.map((e) => e.id).join('>');

/**
 * Up to k loopless paths from any of `sources` to `target`, cheapest first (Yen's algorithm).
 * kShortestPaths(a→b→c plus a→c, ['a'], 'c', () => 1, 2) → [a→c (1), a→b→c (2)].
 */
export function kShortestPaths(
	graph: RoleGraph,
	sources: readonly string[],
	target: string,
	weight: Weight,
	k: number
): GraphPath[] {
	const starts = new Set(sources);
	if (starts.has(target)) return [];
	const first = cheapest(graph, sources, target, weight, new Set(), new Set());
	if (!first) return [];
	const found: GraphPath[] = [first];
	const candidates = new Map<string, GraphPath>();
	while (found.length < k) {
		const last = found[found.length - 1]!;
		for (let i = 0; i < last.edges.length; i++) {
			const rootEdges = last.edges.slice(0, i);
			const spur = i === 0 ? undefined : last.edges[i - 1]!.target;
			const rootKey = keyOf(rootEdges);
			const bannedEdges = new Set<string>();
			for (const p of found) {
				if (p.edges.length > i && keyOf(p.edges.slice(0, i)) === rootKey) {
					bannedEdges.add(p.edges[i]!.id);
				}
			}
			// The root's roles (and every other start) may not be visited again: paths stay loopless.
			const bannedNodes = new Set(rootEdges.map((e) => e.source));
			if (spur !== undefined) for (const s of starts) bannedNodes.add(s);
			const spurSources = spur === undefined ? sources : [spur];
			const rest = cheapest(graph, spurSources, target, weight, bannedNodes, bannedEdges);
			if (!rest) continue;
			const edges = [...rootEdges, ...rest.edges];
			const key = keyOf(edges);
			if (!found.some((p) => keyOf(p.edges) === key) && !candidates.has(key)) {
				candidates.set(key, { edges, cost: edges.reduce((sum, e) => sum + weight(e), 0) });
			}
		}
		let next: [string, GraphPath] | undefined;
		for (const entry of candidates) {
			if (!next || entry[1].cost < next[1].cost) next = entry;
		}
		if (!next) break;
		candidates.delete(next[0]);
		found.push(next[1]);
	}
	return found;
}

/** What planning needs of a framework: small enough to ship to the browser. */
export interface PlannerFramework {
	roles: readonly Pick<Role, 'id'>[];
	routes: readonly Pick<Route, 'id' | 'from' | 'to' | 'kind' | 'duration'>[];
}

/** One chain of routes the planner offers, with what ranks it. */
export interface PlannedRoute {
	/** Route ids, first step first. */
	routes: string[];
	/** Role ids visited, start first and target last. */
	roles: string[];
	steps: number;
	/** Least and most years, summing the steps whose duration is given. */
	years: { min: number; max: number };
	/** Steps whose duration is not given (their time is not in `years`). */
	unknownSteps: number;
	/** Why it is offered: the fewest steps, the shortest typical time, or an alternative. */
	best: ('steps' | 'time')[];
}

/** The role graph of a framework, with each edge knowing its route. */
function plannerGraph(fw: PlannerFramework): {
	graph: RoleGraph;
	routes: Map<string, PlannerFramework['routes'][number]>;
} {
	const routes = new Map<string, PlannerFramework['routes'][number]>();
	const edges: RoleEdge[] = [];
	for (const r of fw.routes) {
		if (r.from.type !== 'role' || r.to.type !== 'role') continue;
		routes.set(r.id, r);
		edges.push({ id: r.id, source: r.from.id, target: r.to.id, kind: r.kind });
	}
	return {
		graph: createRoleGraph(
			fw.roles.map((r) => r.id),
			edges
		),
		routes
	};
}

/**
 * The planner's answer: up to PLAN_ALTERNATIVES chains by fewest steps and by shortest typical
 * time, merged without repeats, fewest steps first. Empty when no chain of named routes joins them.
 */
export function planRoutes(
	fw: PlannerFramework,
	from: readonly string[],
	to: string,
	k = PLAN_ALTERNATIVES
): PlannedRoute[] {
	const { graph, routes } = plannerGraph(fw);
	const durationOf = (e: RoleEdge) => routes.get(e.id)?.duration ?? null;
	const bySteps = kShortestPaths(graph, from, to, () => 1, k);
	const byTime = kShortestPaths(graph, from, to, (e) => typicalYears(durationOf(e)), k);
	const plans = new Map<string, PlannedRoute>();
	const add = (p: GraphPath, rank: number, best: 'steps' | 'time', bestCost: number) => {
		const key = keyOf(p.edges);
		const plan = plans.get(key) ?? describePath(p.edges, durationOf);
		if (rank === 0 || p.cost === bestCost) plan.best = [...new Set([...plan.best, best])];
		plans.set(key, plan);
	};
	bySteps.forEach((p, i) => add(p, i, 'steps', bySteps[0]!.cost));
	byTime.forEach((p, i) => add(p, i, 'time', byTime[0]!.cost));
	return [...plans.values()].sort(
		(a, b) =>
			b.best.length - a.best.length ||
			a.steps - b.steps ||
			a.years.min + a.years.max - (b.years.min + b.years.max)
	);
}

function describePath(
	edges: readonly RoleEdge[],
	durationOf: (e: RoleEdge) => Duration | null
): PlannedRoute {
	let min = 0;
	let max = 0;
	let unknownSteps = 0;
	for (const e of edges) {
		const y = yearsOf(durationOf(e));
		if (y) {
			min += y.min;
			max += y.max;
		} else unknownSteps++;
	}
	return {
		routes: edges.map((e) => e.id),
		roles: [edges[0]!.source, ...edges.map((e) => e.target)],
		steps: edges.length,
		years: { min, max },
		unknownSteps,
		best: []
	};
}

/** Where a planner may start: one role, or the roles of a profession group at a level. */
export function startRoles(
	fw: { roles: readonly Pick<Role, 'id' | 'level' | 'professionGroup'>[] },
	start: { role?: string; level?: string; profession?: string }
): string[] {
	if (start.role) return fw.roles.some((r) => r.id === start.role) ? [start.role] : [];
	if (!start.level) return [];
	return fw.roles
		.filter(
			(r) =>
				r.level === start.level && (!start.profession || r.professionGroup === start.profession)
		)
		.map((r) => r.id);
}

/** The planner's answer to one question, and where its plans start. */
export interface PlanAnswer {
	plans: PlannedRoute[];
	/**
	 * Set when no route leads from the chosen role itself, so the plans start from the other
	 * roles at its level in its profession instead; null when they start where the person asked.
	 */
	widened: { level: string; professionGroup: string } | null;
}

/**
 * Plans from a start (a role, or a level and profession) to a role. A specialised role often has
 * no route out of its own; then the plans start from its level and profession, and say so:
 * planFrom(fw, { role: 'nurse-clinical-endoscopist' }, 'consultant-nurse').widened
 * → { level: 'enhanced', professionGroup: 'nursing' }.
 */
export function planFrom(
	fw: Omit<PlannerFramework, 'roles'> & {
		roles: readonly Pick<Role, 'id' | 'level' | 'professionGroup'>[];
	},
	start: { role?: string; level?: string; profession?: string },
	to: string,
	k = PLAN_ALTERNATIVES
): PlanAnswer {
	const sources = startRoles(fw, start);
	const plans = sources.length ? planRoutes(fw, sources, to, k) : [];
	const role = start.role ? fw.roles.find((r) => r.id === start.role) : undefined;
	if (plans.length || !role || role.id === to) return { plans, widened: null };
	const peers = startRoles(fw, { level: role.level, profession: role.professionGroup }).filter(
		(id) => id !== role.id && id !== to
	);
	const wider = peers.length ? planRoutes(fw, peers, to, k) : [];
	return wider.length
		? { plans: wider, widened: { level: role.level, professionGroup: role.professionGroup } }
		: { plans: [], widened: null };
}

/** A capability the planner weighs a person against at their target level. */
export interface PlanCapability {
	id: string;
	code: string;
	title: string;
	/** Level ids at which the capability applies. */
	levels: string[];
}

/** A gap at the target level and the offers that serve it, open to the person's profession. */
export interface PlanGap<O> {
	capability: PlanCapability;
	rating: number;
	offers: O[];
}

/**
 * Capabilities at the target level rated below `enough`, lowest first, each with the offers that
 * serve it and are open to the profession (at the target level where any are, else at any level
 * in `notBelow`, the person's own level and those above it, when given).
 */
export function gapsForPlan<
	O extends { capabilities: string[]; levels: string[]; professionGroups: string[] }
>(
	capabilities: readonly PlanCapability[],
	offers: readonly O[],
	ratings: Readonly<Record<string, number>>,
	target: { level: string; professionGroup: string; notBelow?: readonly string[] },
	enough: number
): PlanGap<O>[] {
	return capabilities
		.filter((c) => c.levels.includes(target.level))
		.flatMap((c) => {
			const rating = ratings[c.id];
			if (rating === undefined || rating >= enough) return [];
			// The learning page's own filters, so the planner and that page never disagree.
			const serving = filterOffers(offers, {
				profession: target.professionGroup,
				capability: c.id,
				notBelow: target.notBelow
			});
			const atLevel = filterOffers(serving, { level: target.level });
			return [{ capability: c, rating, offers: atLevel.length ? atLevel : serving }];
		})
		.sort(
			(a, b) =>
				a.rating - b.rating ||
				a.capability.code.localeCompare(b.capability.code, 'en', { numeric: true })
		);
}

/** What a person asked the planner: a start role, or a level and profession, and a target role. */
export interface PlanChoice {
	from: string;
	level: string;
	profession: string;
	to: string;
}

/** The planner's question read from a URL query; missing parts are empty. */
export function readPlanChoice(params: URLSearchParams): PlanChoice {
	const get = (name: string) => params.get(name) ?? '';
	return { from: get('from'), level: get('level'), profession: get('profession'), to: get('to') };
}

/** The URL query for a question, leaving out empty parts so shared links stay short. */
export function planQuery(choice: PlanChoice): string {
	const entries = Object.entries(choice).filter(([, v]) => v !== '');
	return new URLSearchParams(entries).toString();
}
