import { describe, expect, test } from 'vitest';
import { nextNode, readingOrder, type MapKey } from '../../src/lib/layout/navigation';
import type { NodeLayout } from '../../src/lib/layout/pathway';

/** A 2 × 2 grid plus a lone role in a third column:  a c e / b d */
const node = (id: string, column: number, row: number): NodeLayout => ({
	id,
	title: id,
	lines: [id],
	level: `l${column}`,
	lane: 'lane',
	external: false,
	x: column * 200,
	y: row * 60,
	width: 150,
	height: 44,
	column
});
const NODES = [node('a', 0, 0), node('b', 0, 1), node('c', 1, 0), node('d', 1, 1), node('e', 2, 1)];

test('reading order goes down each column, then right', () => {
	expect(readingOrder(NODES).map((n) => n.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
});

describe('nextNode', () => {
	test.each([
		[null, 'ArrowRight', 'a'],
		['a', 'ArrowRight', 'c'],
		['b', 'ArrowRight', 'd'],
		['c', 'ArrowRight', 'e'],
		['e', 'ArrowRight', 'e'],
		['d', 'ArrowLeft', 'b'],
		['a', 'ArrowLeft', 'a'],
		['a', 'ArrowDown', 'b'],
		['b', 'ArrowDown', 'c'],
		['c', 'ArrowUp', 'b'],
		['a', 'ArrowUp', 'a'],
		['d', 'Home', 'a'],
		['a', 'End', 'e'],
		['gone', 'ArrowDown', 'a']
	] as [string | null, MapKey, string][])('from %s, %s goes to %s', (from, key, to) => {
		expect(nextNode(NODES, from, key)).toBe(to);
	});

	test('an empty map has nowhere to go', () => {
		expect(nextNode([], null, 'ArrowRight')).toBeNull();
	});
});
