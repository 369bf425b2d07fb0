import { describe, expect, test } from 'vitest';
import {
	ancestorsOf,
	createRoleGraph,
	descendantsOf,
	lineageOf,
	roleGraphOf,
	type RoleEdge
} from '../../src/lib/framework/graph';
import { miniFramework } from '../fixtures/mini';

/**
 *  a → b → d → f
 *  c ↗   ↘ e
 *  x (isolated), and a cycle g ⇄ h
 */
const edge = (source: string, target: string): RoleEdge => ({
	id: `${source}-${target}`,
	source,
	target,
	kind: 'other'
});
const graph = createRoleGraph(
	['a', 'b', 'c', 'd', 'e', 'f', 'x', 'g', 'h'],
	[
		edge('a', 'b'),
		edge('c', 'b'),
		edge('b', 'd'),
		edge('b', 'e'),
		edge('d', 'f'),
		edge('g', 'h'),
		edge('h', 'g'),
		edge('a', 'ghost')
	]
);
const sorted = (s: Set<string>) => [...s].sort();

describe('ancestors and descendants', () => {
	test.each([
		['a', [], ['b', 'd', 'e', 'f']],
		['b', ['a', 'c'], ['d', 'e', 'f']],
		['f', ['a', 'b', 'c', 'd'], []],
		['x', [], []],
		['g', ['h'], ['h']]
	])('%s has ancestors %j and descendants %j', (id, up, down) => {
		expect(sorted(ancestorsOf(graph, id))).toEqual(up);
		expect(sorted(descendantsOf(graph, id))).toEqual(down);
	});

	test('edges to unknown roles are dropped', () => {
		expect(graph.edges.map((e) => e.id)).not.toContain('a-ghost');
	});
});

describe('lineageOf', () => {
	test('d: its ancestors and descendants, and only the edges along them', () => {
		const { roles, edges } = lineageOf(graph, 'd');
		expect(sorted(roles)).toEqual(['a', 'b', 'c', 'd', 'f']);
		expect(sorted(edges)).toEqual(['a-b', 'b-d', 'c-b', 'd-f']);
		// b → e leaves the lineage sideways, so it is not highlighted.
		expect(edges.has('b-e')).toBe(false);
	});
});

test('roleGraphOf keeps role-to-role routes only', () => {
	const g = roleGraphOf(miniFramework());
	expect(g.edges.map((e) => e.id)).toEqual(['helper-to-nurse', 'nurse-to-lead']);
	expect(sorted(descendantsOf(g, 'helper'))).toEqual(['lead-nurse', 'nurse']);
});
