/**
 * The geometry of the pathway map: levels as columns, profession groups as
 * lanes, roles as boxes in their cell, routes as curves. Pure: plain records in,
 * positioned plain records out, for Svelte to draw. No DOM.
 *
 * Within a cell, roles are ordered by a few barycentre sweeps (the classic
 * layered-graph heuristic) so that routes run short and cross little.
 */
import { scaleBand } from 'd3-scale';
import { linkHorizontal } from 'd3-shape';
import type { RoleEdge } from '../framework/graph';
import type { RouteKind } from '../framework/schema';

/** Box of one role: wide enough for about 24 characters a line at 12 px. */
export const NODE_WIDTH = 160;
export const NODE_HEIGHT = 44;
/** Space between stacked roles in one cell. */
export const ROW_GAP = 10;
/** Horizontal room for the curves between two columns. */
export const COLUMN_GAP = 56;
/** Room at the left for lane names, and at the top for level names. */
export const LANE_LABEL_WIDTH = 130;
export const HEADER_HEIGHT = 44;
/** Space above and below the roles in a lane. */
export const LANE_PADDING = 12;
/** Barycentre sweeps; more than four rarely removes another crossing here. */
export const ORDERING_SWEEPS = 4;
/** Characters a label line holds before it wraps, and lines before it is cut. */
export const LABEL_LINE_CHARS = 24;
export const LABEL_MAX_LINES = 2;

export interface PathwayInput {
	levels: { id: string; name: string }[];
	lanes: { id: string; name: string }[];
	roles: { id: string; title: string; level: string; lane: string }[];
	edges: RoleEdge[];
}

export interface NodeLayout {
	id: string;
	title: string;
	/** The title wrapped to fit the box. */
	lines: string[];
	level: string;
	lane: string;
	x: number;
	y: number;
	width: number;
	height: number;
	/** Index of the level column, 0 at the left. */
	column: number;
}

export interface LinkLayout {
	id: string;
	source: string;
	target: string;
	kind: RouteKind;
	/** SVG path data. */
	path: string;
	/** Forward to a later level, within one level, or back to an earlier one. */
	direction: 'forward' | 'same' | 'backward';
}

export interface PathwayLayout {
	width: number;
	height: number;
	columns: { id: string; name: string; x: number; width: number }[];
	lanes: { id: string; name: string; y: number; height: number }[];
	nodes: NodeLayout[];
	links: LinkLayout[];
}

/** Wrap a title into at most LABEL_MAX_LINES lines, ending with "…" when cut. */
export function wrapLabel(
	title: string,
	lineChars = LABEL_LINE_CHARS,
	maxLines = LABEL_MAX_LINES
): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of title.split(/\s+/)) {
		const candidate = line ? `${line} ${word}` : word;
		if (candidate.length <= lineChars || !line) line = candidate;
		else {
			lines.push(line);
			line = word;
		}
	}
	if (line) lines.push(line);
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	const last = kept[maxLines - 1] ?? '';
	kept[maxLines - 1] = `${last.slice(0, lineChars - 1).trimEnd()}…`;
	return kept;
}

const cellKey = (lane: string, level: string) => `${lane}|${level}`;

/** Lay out the pathway map. Roles whose level or lane is not in the input are left out. */
export function layoutPathway(input: PathwayInput): PathwayLayout {
	const levelIds = input.levels.map((l) => l.id);
	const laneIds = input.lanes.map((l) => l.id);
	const roles = input.roles.filter((r) => levelIds.includes(r.level) && laneIds.includes(r.lane));
	const roleIds = new Set(roles.map((r) => r.id));
	const edges = input.edges.filter((e) => roleIds.has(e.source) && roleIds.has(e.target));

	const step = NODE_WIDTH + COLUMN_GAP;
	const x = scaleBand<string>()
		.domain(levelIds)
		.range([LANE_LABEL_WIDTH, LANE_LABEL_WIDTH + levelIds.length * step])
		.paddingInner(COLUMN_GAP / step)
		.paddingOuter(COLUMN_GAP / step / 2);

	// Cells in title order to begin with, so the result does not depend on data order.
	const cells = new Map<string, string[]>();
	for (const r of [...roles].sort((a, b) => a.title.localeCompare(b.title, 'en-GB'))) {
		const key = cellKey(r.lane, r.level);
		cells.set(key, [...(cells.get(key) ?? []), r.id]);
	}

	const rowHeight = NODE_HEIGHT + ROW_GAP;
	const lanes: PathwayLayout['lanes'] = [];
	let laneTop = HEADER_HEIGHT;
	for (const lane of input.lanes) {
		const tallest = Math.max(
			0,
			...levelIds.map((l) => cells.get(cellKey(lane.id, l))?.length ?? 0)
		);
		if (tallest === 0) continue;
		const height = tallest * rowHeight - ROW_GAP + 2 * LANE_PADDING;
		lanes.push({ id: lane.id, name: lane.name, y: laneTop, height });
		laneTop += height;
	}
	const laneY = new Map(lanes.map((l) => [l.id, l.y]));

	const centreY = new Map<string, number>();
	const place = () => {
		for (const [key, ids] of cells) {
			const lane = key.slice(0, key.indexOf('|'));
			ids.forEach((id, i) =>
				centreY.set(id, (laneY.get(lane) ?? 0) + LANE_PADDING + i * rowHeight + NODE_HEIGHT / 2)
			);
		}
	};
	place();

	const neighbours = new Map<string, string[]>(roles.map((r) => [r.id, []]));
	for (const e of edges) {
		neighbours.get(e.source)?.push(e.target);
		neighbours.get(e.target)?.push(e.source);
	}
	for (let sweep = 0; sweep < ORDERING_SWEEPS; sweep++) {
		const columns = sweep % 2 === 0 ? levelIds : [...levelIds].reverse();
		for (const level of columns) {
			for (const lane of laneIds) {
				const ids = cells.get(cellKey(lane, level));
				if (!ids || ids.length < 2) continue;
				const barycentre = (id: string) => {
					const ys = (neighbours.get(id) ?? []).map((n) => centreY.get(n) ?? 0);
					return ys.length ? ys.reduce((a, b) => a + b, 0) / ys.length : (centreY.get(id) ?? 0);
				};
				const order = new Map(ids.map((id, i) => [id, i]));
				ids.sort(
					(a, b) => barycentre(a) - barycentre(b) || (order.get(a) ?? 0) - (order.get(b) ?? 0)
				);
			}
			place();
		}
	}

	const columnIndex = new Map(levelIds.map((l, i) => [l, i]));
	const nodes: NodeLayout[] = roles.map((r) => ({
		id: r.id,
		title: r.title,
		lines: wrapLabel(r.title),
		level: r.level,
		lane: r.lane,
		x: x(r.level) ?? 0,
		y: (centreY.get(r.id) ?? 0) - NODE_HEIGHT / 2,
		width: NODE_WIDTH,
		height: NODE_HEIGHT,
		column: columnIndex.get(r.level) ?? 0
	}));
	const nodeById = new Map(nodes.map((n) => [n.id, n]));

	const curve = linkHorizontal<
		{ source: [number, number]; target: [number, number] },
		[number, number]
	>();
	const links: LinkLayout[] = edges.map((e) => {
		const s = nodeById.get(e.source) as NodeLayout;
		const t = nodeById.get(e.target) as NodeLayout;
		const sy = s.y + s.height / 2;
		const ty = t.y + t.height / 2;
		const direction = t.column > s.column ? 'forward' : t.column === s.column ? 'same' : 'backward';
		let path: string;
		if (direction === 'forward') {
			path = curve({ source: [s.x + s.width, sy], target: [t.x, ty] }) ?? '';
		} else if (direction === 'same') {
			// A loop out to the right of the column and back.
			const bulge = s.x + s.width + COLUMN_GAP * 0.6;
			path = `M${s.x + s.width},${sy}C${bulge},${sy} ${bulge},${ty} ${t.x + t.width},${ty}`;
		} else {
			path = curve({ source: [s.x, sy], target: [t.x + t.width, ty] }) ?? '';
		}
		return { id: e.id, source: e.source, target: e.target, kind: e.kind, path, direction };
	});

	return {
		width: LANE_LABEL_WIDTH + levelIds.length * step,
		height: laneTop + LANE_PADDING,
		columns: input.levels.map((l) => ({
			id: l.id,
			name: l.name,
			x: x(l.id) ?? 0,
			width: x.bandwidth()
		})),
		lanes,
		nodes,
		links
	};
}

/**
 * How many pairs of routes cross, counting each route as the straight segment
 * between the boxes it joins. A measure for tests and benchmarks, not drawing.
 */
export function countCrossings(layout: PathwayLayout): number {
	const byId = new Map(layout.nodes.map((n) => [n.id, n]));
	const segments = layout.links
		.filter((l) => l.direction === 'forward')
		.map((l) => {
			const s = byId.get(l.source) as NodeLayout;
			const t = byId.get(l.target) as NodeLayout;
			return { l, x1: s.x + s.width, y1: s.y + s.height / 2, x2: t.x, y2: t.y + t.height / 2 };
		});
	const orient = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) =>
		Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));
	let crossings = 0;
	for (let i = 0; i < segments.length; i++) {
		for (let j = i + 1; j < segments.length; j++) {
			const a = segments[i]!;
			const b = segments[j]!;
			// Routes that share an end meet there; that is not a crossing.
			if (a.l.source === b.l.source || a.l.target === b.l.target) continue;
			if (a.l.source === b.l.target || a.l.target === b.l.source) continue;
			const d1 = orient(a.x1, a.y1, a.x2, a.y2, b.x1, b.y1);
			const d2 = orient(a.x1, a.y1, a.x2, a.y2, b.x2, b.y2);
			const d3 = orient(b.x1, b.y1, b.x2, b.y2, a.x1, a.y1);
			const d4 = orient(b.x1, b.y1, b.x2, b.y2, a.x2, a.y2);
			if (d1 * d2 < 0 && d3 * d4 < 0) crossings++;
		}
	}
	return crossings;
}
