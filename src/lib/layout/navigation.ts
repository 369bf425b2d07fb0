/**
 * Moving the keyboard focus around the map: arrow keys go to the nearest role
 * in that direction, so a person can reach every role without a mouse.
 */
import type { NodeLayout } from './pathway';

export type MapKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

const centre = (n: NodeLayout) => ({ x: n.x + n.width / 2, y: n.y + n.height / 2 });

/** Reading order: column by column, top to bottom. */
export function readingOrder(nodes: readonly NodeLayout[]): NodeLayout[] {
	return [...nodes].sort((a, b) => a.column - b.column || a.y - b.y);
}

/**
 * The role to focus after pressing `key` on `currentId` (or the first role when
 * nothing is focused). Left and right move one level, to the role nearest in
 * height; up and down move within the level, wrapping into the next level at the ends.
 */
export function nextNode(
	nodes: readonly NodeLayout[],
	currentId: string | null,
	key: MapKey
): string | null {
	const ordered = readingOrder(nodes);
	if (ordered.length === 0) return null;
	const current = ordered.find((n) => n.id === currentId);
	if (!current || key === 'Home') return ordered[0]!.id;
	if (key === 'End') return ordered[ordered.length - 1]!.id;
	const here = centre(current);
	if (key === 'ArrowUp' || key === 'ArrowDown') {
		const i = ordered.indexOf(current);
		const j = key === 'ArrowDown' ? i + 1 : i - 1;
		return ordered[Math.max(0, Math.min(ordered.length - 1, j))]!.id;
	}
	const columns = [...new Set(ordered.map((n) => n.column))];
	const c = columns.indexOf(current.column) + (key === 'ArrowRight' ? 1 : -1);
	const target = columns[c];
	if (target === undefined) return current.id;
	const candidates = ordered.filter((n) => n.column === target);
	candidates.sort((a, b) => Math.abs(centre(a).y - here.y) - Math.abs(centre(b).y - here.y));
	return candidates[0]?.id ?? current.id;
}
