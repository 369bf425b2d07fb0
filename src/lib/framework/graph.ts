/**
 * The pathway as a directed graph of roles, joined by the routes that name two
 * roles. Level-to-level routes summarise many role routes, so they are not edges.
 */
import type { Framework, RouteKind } from './schema';

export interface RoleEdge {
	id: string;
	source: string;
	target: string;
	kind: RouteKind;
}

export interface RoleGraph {
	nodes: string[];
	edges: RoleEdge[];
	/** Edges leaving each role. */
	out: Map<string, RoleEdge[]>;
	/** Edges arriving at each role. */
	in: Map<string, RoleEdge[]>;
}

/** Build the role graph from nodes and role-to-role edges. */
export function createRoleGraph(nodes: readonly string[], edges: readonly RoleEdge[]): RoleGraph {
	const known = new Set(nodes);
	const kept = edges.filter((e) => known.has(e.source) && known.has(e.target));
	const out = new Map(nodes.map((n) => [n, [] as RoleEdge[]]));
	const into = new Map(nodes.map((n) => [n, [] as RoleEdge[]]));
	for (const e of kept) {
		out.get(e.source)?.push(e);
		into.get(e.target)?.push(e);
	}
	return { nodes: [...nodes], edges: kept, out, in: into };
}

/** The role graph of a framework. */
export function roleGraphOf(fw: Framework): RoleGraph {
	const edges = fw.routes
		.filter((r) => r.from.type === 'role' && r.to.type === 'role')
		.map((r) => ({ id: r.id, source: r.from.id, target: r.to.id, kind: r.kind }));
	return createRoleGraph(
		fw.roles.map((r) => r.id),
		edges
	);
}

function walk(start: string, next: (id: string) => string[]): Set<string> {
	const seen = new Set<string>();
	const stack = [...next(start)];
	while (stack.length) {
		const id = stack.pop() as string;
		if (seen.has(id) || id === start) continue;
		seen.add(id);
		stack.push(...next(id));
	}
	return seen;
}

/** Every role from which some chain of routes leads to `id` (not `id` itself). */
export function ancestorsOf(graph: RoleGraph, id: string): Set<string> {
	return walk(id, (n) => (graph.in.get(n) ?? []).map((e) => e.source));
}

/** Every role that some chain of routes from `id` reaches (not `id` itself). */
export function descendantsOf(graph: RoleGraph, id: string): Set<string> {
	return walk(id, (n) => (graph.out.get(n) ?? []).map((e) => e.target));
}

/** What to show when a role is highlighted: it, its whole lineage, and the edges along it. */
export function lineageOf(
	graph: RoleGraph,
	id: string
): { roles: Set<string>; edges: Set<string> } {
	const up = ancestorsOf(graph, id);
	const down = descendantsOf(graph, id);
	const roles = new Set([id, ...up, ...down]);
	// An edge is on the lineage when both ends are on the same side of the role (or at it).
	const upSide = new Set([id, ...up]);
	const downSide = new Set([id, ...down]);
	const edges = new Set(
		graph.edges
			.filter(
				(e) =>
					(upSide.has(e.source) && upSide.has(e.target)) ||
					(downSide.has(e.source) && downSide.has(e.target))
			)
			.map((e) => e.id)
	);
	return { roles, edges };
}
