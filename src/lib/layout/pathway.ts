/**
 * The geometry of the pathway map: levels as columns, profession groups as
 * lanes, roles as boxes in their cell, routes as curves. Pure: plain records in,
 * positioned plain records out, for Svelte to draw. No DOM.
 *
 * Progress reads left to right: forward routes run from a box's right edge to
 * the next box's left edge. A route that stays at one level, or goes back to a
 * lower one (a learner track or a lateral move), is drawn as a side step: a
 * bracket beside the column, or a plain tie with no arrowhead, never an arrow
 * pointing left.
 *
 * Within a cell, roles are ordered by barycentre sweeps (the ordering step of
 * the Sugiyama layered-graph method), keeping the ordering with fewest crossings.
 */
import type { RoleEdge } from '../framework/graph';
import type { RouteKind } from '../framework/schema';
import { textWidth } from './text-width';

/** Role titles are drawn at this size (SVG units = CSS px at the default zoom). */
export const LABEL_FONT_SIZE = 14;
/** Distance between the baselines of a wrapped title. */
export const LABEL_LINE_HEIGHT = 18;
/** Width a title line may take at the narrowest; a column widens when a title needs more. */
export const LABEL_LINE_WIDTH = 120;
/** Columns widen in steps of this many px until every title in them fits. */
const WIDEN_STEP = 4;
/** A title wraps to at most this many lines; its column widens rather than cut it. */
export const LABEL_MAX_LINES = 3;
/** Space between a box's edge and its text. */
export const NODE_PADDING = 8;
/** No box is shorter than a comfortable pointer and touch target. */
export const NODE_MIN_HEIGHT = 44;
/** Space between stacked roles in one cell. */
export const ROW_GAP = 10;
/** Horizontal room for the curves between two columns. */
export const COLUMN_GAP = 32;
/** Room at the left edge, and at the top for level names. */
export const MARGIN = 4;
export const HEADER_HEIGHT = 36;
/** Room at the top of each lane for its name, drawn as a band heading. */
export const LANE_HEADER = 24;
/** Space below the roles in a lane. */
export const LANE_PADDING = 10;
/** How far a same-level side step bulges out beside its column. */
export const SIDE_STEP_BULGE = 14;
/** Barycentre sweeps; the best ordering seen is kept, so more only costs time. */
export const ORDERING_SWEEPS = 8;

export interface PathwayInput {
	levels: { id: string; name: string }[];
	lanes: { id: string; name: string }[];
	/** `external`: a role of another profession, shown because a route joins it to the focus. */
	roles: { id: string; title: string; level: string; lane: string; external?: boolean }[];
	edges: (RoleEdge & { track?: 'learner' | 'lateral' })[];
}

export interface NodeLayout {
	id: string;
	title: string;
	/** The title wrapped to fit the box: never cut, at most LABEL_MAX_LINES lines. */
	lines: string[];
	level: string;
	lane: string;
	external: boolean;
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
	/** SVG path data, always drawn from left to right (or straight down or up). */
	path: string;
	/** Forward to a later level, a side step within one level, or a side step back to an earlier one. */
	direction: 'forward' | 'same' | 'backward';
	/** Whether the route is drawn with an arrowhead: ties back to a lower level are not. */
	arrow: boolean;
	/** Where a label for the route sits: the middle of its curve. */
	mid: { x: number; y: number };
}

export interface PathwayLayout {
	width: number;
	height: number;
	columns: { id: string; name: string; x: number; width: number }[];
	lanes: { id: string; name: string; y: number; height: number }[];
	nodes: NodeLayout[];
	links: LinkLayout[];
}

export interface LayoutOptions {
	/** Barycentre sweeps to run; 0 keeps title order (for measuring what the sweeps gain). */
	sweeps?: number;
}

/** A title cut into words, with each word's width at LABEL_FONT_SIZE: measured once, wrapped often. */
interface MeasuredTitle {
	words: string[];
	widths: number[];
}

const SPACE_WIDTH = textWidth(' ', LABEL_FONT_SIZE);

function measureTitle(title: string): MeasuredTitle {
	const words = title.trim().split(/\s+/);
	return { words, widths: words.map((w) => textWidth(w, LABEL_FONT_SIZE)) };
}

/** Wrap measured words into lines no wider than `lineWidth`; returns each line's words and width. */
function wrapMeasured({ words, widths }: MeasuredTitle, lineWidth: number) {
	const lines: { text: string; width: number }[] = [];
	let text = '';
	let width = 0;
	words.forEach((word, i) => {
		const w = widths[i]!;
		if (text && width + SPACE_WIDTH + w <= lineWidth) {
			text += ` ${word}`;
			width += SPACE_WIDTH + w;
		} else {
			if (text) lines.push({ text, width });
			[text, width] = [word, w];
		}
	});
	if (text) lines.push({ text, width });
	return lines;
}

/**
 * Wrap a title into lines no wider than `lineWidth` px at LABEL_FONT_SIZE, breaking at
 * spaces; a word wider than a line keeps a line of its own. Never cuts.
 * Example: wrapLabel('Advanced Clinical Practitioner', 124) → ['Advanced Clinical', 'Practitioner'].
 */
export function wrapLabel(title: string, lineWidth = LABEL_LINE_WIDTH): string[] {
	return wrapMeasured(measureTitle(title), lineWidth).map((l) => l.text);
}

/**
 * The narrowest line width (from `lineWidth` up, in WIDEN_STEP steps) at which `title` wraps
 * to at most `maxLines` lines, each of which fits.
 */
export function lineWidthFor(
	title: string,
	lineWidth = LABEL_LINE_WIDTH,
	maxLines = LABEL_MAX_LINES
): number {
	return widthToFit(measureTitle(title), lineWidth, maxLines);
}

function widthToFit(measured: MeasuredTitle, lineWidth: number, maxLines = LABEL_MAX_LINES) {
	const fits = (width: number) => {
		const lines = wrapMeasured(measured, width);
		return lines.length <= maxLines && lines.every((l) => l.width <= width);
	};
	let width = lineWidth;
	while (!fits(width)) width += WIDEN_STEP;
	return width;
}

const nodeHeight = (lines: number) =>
	Math.max(NODE_MIN_HEIGHT, lines * LABEL_LINE_HEIGHT + 2 * NODE_PADDING);

/**
 * Title order without a locale collator: by the lower-cased title, then lower case first.
 * The first Intl.Collator (or localeCompare) a page builds loads ICU's collation data:
 * about 20 ms, 80 ms on a phone's CPU, more than the whole layout and all of it on the map's
 * start. This order only seeds the crossing sweeps, and on plain titles it is the collator's.
 * Example: ['b', 'B', 'a'].sort(compareTitles) → ['a', 'b', 'B'].
 */
export function compareTitles(a: string, b: string): number {
	const [x, y] = [a.toLowerCase(), b.toLowerCase()];
	if (x !== y) return x < y ? -1 : 1;
	return a === b ? 0 : a > b ? -1 : 1;
}

const cellKey = (lane: string, level: string) => `${lane}|${level}`;

export interface Segment {
	source: string;
	target: string;
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

const orient = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) =>
	Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));

/** Whether two segments cross strictly (touching, or sharing an end, does not count). */
function cross(a: Segment, b: Segment): boolean {
	if (a.source === b.source || a.target === b.target) return false;
	if (a.source === b.target || a.target === b.source) return false;
	const d1 = orient(a.x1, a.y1, a.x2, a.y2, b.x1, b.y1);
	const d2 = orient(a.x1, a.y1, a.x2, a.y2, b.x2, b.y2);
	if (d1 * d2 >= 0) return false;
	const d3 = orient(b.x1, b.y1, b.x2, b.y2, a.x1, a.y1);
	const d4 = orient(b.x1, b.y1, b.x2, b.y2, a.x2, a.y2);
	return d3 * d4 < 0;
}

/**
 * Pairs (i < j) with values[i] > values[j], by merge sort: O(n log n).
 * Example: inversions([3, 1, 2]) → 2.
 */
function inversions(values: number[]): number {
	if (values.length < 2) return 0;
	const mid = values.length >> 1;
	const [left, right] = [values.slice(0, mid), values.slice(mid)];
	let count = inversions(left) + inversions(right);
	let [i, j, k] = [0, 0, 0];
	while (i < left.length && j < right.length) {
		// Equal values are not inverted: take from the left first.
		if (right[j]! < left[i]!) {
			count += left.length - i;
			values[k++] = right[j++]!;
		} else values[k++] = left[i++]!;
	}
	while (i < left.length) values[k++] = left[i++]!;
	while (j < right.length) values[k++] = right[j++]!;
	return count;
}

/**
 * Pairs of straight segments that cross, not counting pairs that share an end.
 * Segments between the same two columns cross exactly when their ends are in opposite
 * order, so within such a group the crossings are the inversions of the right ends taken in
 * order of the left ends: O(n log n) rather than testing every pair, which took most of the
 * layout's time on a framework ten times larger. Only pairs from different groups whose
 * spans overlap are tested one by one.
 */
export function crossingsOf(segments: readonly Segment[]): number {
	const groups = new Map<string, Segment[]>();
	for (const s of segments) {
		const key = `${s.x1}|${s.x2}`;
		const group = groups.get(key);
		if (group) group.push(s);
		else groups.set(key, [s]);
	}
	const list = [...groups.values()];
	let crossings = 0;
	for (const group of list) {
		// Left ends in order (ties by right end, so a shared left end is never an inversion).
		const sorted = [...group].sort((a, b) => a.y1 - b.y1 || a.y2 - b.y2);
		crossings += inversions(sorted.map((s) => s.y2));
	}
	for (let i = 0; i < list.length; i++) {
		for (let j = i + 1; j < list.length; j++) {
			const [p, q] = [list[i]!, list[j]!];
			if (Math.max(p[0]!.x1, q[0]!.x1) >= Math.min(p[0]!.x2, q[0]!.x2)) continue;
			for (const a of p) for (const b of q) if (cross(a, b)) crossings++;
		}
	}
	return crossings;
}

/** Lay out the pathway map. Roles whose level or lane is not in the input are left out. */
export function layoutPathway(input: PathwayInput, options: LayoutOptions = {}): PathwayLayout {
	const sweeps = options.sweeps ?? ORDERING_SWEEPS;
	const levelIds = input.levels.map((l) => l.id);
	const columnIndex = new Map(levelIds.map((l, i) => [l, i]));
	const laneIds = new Set(input.lanes.map((l) => l.id));
	const roles = input.roles.filter((r) => columnIndex.has(r.level) && laneIds.has(r.lane));
	const roleById = new Map(roles.map((r) => [r.id, r]));
	const edges = input.edges.filter((e) => roleById.has(e.source) && roleById.has(e.target));

	// Each title wraps at its column's line length: the narrowest that fits every title there.
	const measured = new Map(roles.map((r) => [r.id, measureTitle(r.title)]));
	const lineWidths = levelIds.map(() => LABEL_LINE_WIDTH);
	for (const r of roles) {
		const c = columnIndex.get(r.level)!;
		lineWidths[c] = Math.max(lineWidths[c]!, widthToFit(measured.get(r.id)!, lineWidths[c]!));
	}
	const columnWidths = lineWidths.map((w) => w + 2 * NODE_PADDING);
	const columnXs: number[] = [];
	let right = MARGIN;
	for (const w of columnWidths) {
		columnXs.push(right);
		right += w + COLUMN_GAP;
	}
	const lines = new Map(
		roles.map((r) => [
			r.id,
			wrapMeasured(measured.get(r.id)!, lineWidths[columnIndex.get(r.level)!]!).map((l) => l.text)
		])
	);
	const height = (id: string) => nodeHeight(lines.get(id)?.length ?? 1);

	// Cells in title order to begin with, so the result does not depend on data order.
	const cells = new Map<string, string[]>();
	for (const r of [...roles].sort((a, b) => compareTitles(a.title, b.title))) {
		const key = cellKey(r.lane, r.level);
		const cell = cells.get(key);
		if (cell) cell.push(r.id);
		else cells.set(key, [r.id]);
	}
	const stackHeight = (ids: readonly string[]) =>
		ids.reduce((sum, id) => sum + height(id) + ROW_GAP, -ROW_GAP);

	const lanes: PathwayLayout['lanes'] = [];
	let laneTop = HEADER_HEIGHT;
	for (const lane of input.lanes) {
		const tallest = Math.max(
			0,
			...levelIds.map((l) => {
				const ids = cells.get(cellKey(lane.id, l));
				return ids ? stackHeight(ids) : 0;
			})
		);
		if (tallest === 0) continue;
		const h = LANE_HEADER + tallest + LANE_PADDING;
		lanes.push({ id: lane.id, name: lane.name, y: laneTop, height: h });
		laneTop += h;
	}
	const laneY = new Map(lanes.map((l) => [l.id, l.y]));

	const top = new Map<string, number>();
	const place = (key: string, ids: readonly string[]) => {
		let y = (laneY.get(key.slice(0, key.indexOf('|'))) ?? 0) + LANE_HEADER;
		for (const id of ids) {
			top.set(id, y);
			y += height(id) + ROW_GAP;
		}
	};
	for (const [key, ids] of cells) place(key, ids);
	const centreY = (id: string) => (top.get(id) ?? 0) + height(id) / 2;

	const forward = edges.filter(
		(e) =>
			columnIndex.get(roleById.get(e.target)!.level)! >
			columnIndex.get(roleById.get(e.source)!.level)!
	);
	const segments = () =>
		forward.map((e) => {
			const s = columnIndex.get(roleById.get(e.source)!.level)!;
			const t = columnIndex.get(roleById.get(e.target)!.level)!;
			return {
				source: e.source,
				target: e.target,
				x1: columnXs[s]! + columnWidths[s]!,
				y1: centreY(e.source),
				x2: columnXs[t]!,
				y2: centreY(e.target)
			};
		});

	// Sweeps: left to right each cell follows the roles that lead into it, right to left the
	// roles it leads to; a role with no neighbour on that side keeps its place.
	const into = new Map<string, string[]>(roles.map((r) => [r.id, []]));
	const onward = new Map<string, string[]>(roles.map((r) => [r.id, []]));
	for (const e of forward) {
		into.get(e.target)!.push(e.source);
		onward.get(e.source)!.push(e.target);
	}
	const cellsByColumn = levelIds.map((level) =>
		[...cells.keys()].filter((key) => key.endsWith(`|${level}`))
	);
	let best = sweeps > 0 ? crossingsOf(segments()) : 0;
	let bestOrder = new Map([...cells].map(([k, ids]) => [k, [...ids]]));
	for (let sweep = 0; sweep < sweeps && best > 0; sweep++) {
		const rightward = sweep % 2 === 0;
		const side = rightward ? into : onward;
		const order = rightward ? cellsByColumn : [...cellsByColumn].reverse();
		for (const keys of order) {
			for (const key of keys) {
				const ids = cells.get(key)!;
				if (ids.length < 2) continue;
				// Roles with neighbours on this side are sorted by their barycentre into the slots
				// they hold between them; a role with none stays in its slot.
				const weight = new Map<string, number>();
				for (const id of ids) {
					const ys = side.get(id)!;
					if (ys.length) weight.set(id, ys.reduce((sum, n) => sum + centreY(n), 0) / ys.length);
				}
				const movable = ids.filter((id) => weight.has(id));
				movable.sort((a, b) => weight.get(a)! - weight.get(b)!);
				let next = 0;
				for (let i = 0; i < ids.length; i++) if (weight.has(ids[i]!)) ids[i] = movable[next++]!;
				place(key, ids);
			}
		}
		// Counted after each pair of sweeps (right, then back left); stop once a pair gains nothing.
		if (rightward && sweep < sweeps - 1) continue;
		const crossings = crossingsOf(segments());
		if (crossings >= best) break;
		best = crossings;
		bestOrder = new Map([...cells].map(([k, ids]) => [k, [...ids]]));
	}
	for (const [key, ids] of bestOrder) {
		cells.set(key, ids);
		place(key, ids);
	}

	const nodes: NodeLayout[] = roles.map((r) => {
		const column = columnIndex.get(r.level)!;
		return {
			id: r.id,
			title: r.title,
			lines: lines.get(r.id)!,
			level: r.level,
			lane: r.lane,
			external: r.external ?? false,
			x: columnXs[column]!,
			y: top.get(r.id) ?? 0,
			width: columnWidths[column]!,
			height: height(r.id),
			column
		};
	});
	const nodeById = new Map(nodes.map((n) => [n.id, n]));

	/** A horizontal S-curve, as d3's linkHorizontal draws it, written out: it runs for every route. */
	const curve = ([x1, y1]: [number, number], [x2, y2]: [number, number]) => {
		const mx = (x1 + x2) / 2;
		return `M${x1},${y1}C${mx},${y1},${mx},${y2},${x2},${y2}`;
	};
	const links: LinkLayout[] = edges.map((e) => {
		const s = nodeById.get(e.source)!;
		const t = nodeById.get(e.target)!;
		const sy = s.y + s.height / 2;
		const ty = t.y + t.height / 2;
		const base = { id: e.id, source: e.source, target: e.target, kind: e.kind };
		if (t.column > s.column) {
			const [x1, x2] = [s.x + s.width, t.x];
			return {
				...base,
				path: curve([x1, sy], [x2, ty]),
				direction: 'forward',
				arrow: true,
				mid: { x: (x1 + x2) / 2, y: (sy + ty) / 2 }
			};
		}
		if (t.column === s.column) {
			// A bracket out beside the right edge of the column and back into the target.
			const edge = s.x + s.width;
			const bulge = edge + SIDE_STEP_BULGE;
			return {
				...base,
				path: `M${edge},${sy}C${bulge},${sy} ${bulge},${ty} ${edge},${ty}`,
				direction: 'same',
				arrow: true,
				mid: { x: edge + (SIDE_STEP_BULGE * 3) / 4, y: (sy + ty) / 2 }
			};
		}
		// Back to a lower level: a tie between the two boxes with no arrowhead, drawn from the
		// left so no arrow ever points back down the pathway.
		const [x1, x2] = [t.x + t.width, s.x];
		return {
			...base,
			path: curve([x1, ty], [x2, sy]),
			direction: 'backward',
			arrow: false,
			mid: { x: (x1 + x2) / 2, y: (sy + ty) / 2 }
		};
	});

	return {
		width: right - COLUMN_GAP + MARGIN + SIDE_STEP_BULGE,
		height: laneTop + LANE_PADDING,
		columns: input.levels.map((l, i) => ({
			id: l.id,
			name: l.name,
			x: columnXs[i]!,
			width: columnWidths[i]!
		})),
		lanes,
		nodes,
		links
	};
}

/**
 * How many pairs of forward routes cross, counting each route as the straight
 * segment between the boxes it joins. A measure for tests and benchmarks.
 */
export function countCrossings(layout: PathwayLayout): number {
	const byId = new Map(layout.nodes.map((n) => [n.id, n]));
	return crossingsOf(
		layout.links
			.filter((l) => l.direction === 'forward')
			.map((l) => {
				const s = byId.get(l.source)!;
				const t = byId.get(l.target)!;
				return {
					source: l.source,
					target: l.target,
					x1: s.x + s.width,
					y1: s.y + s.height / 2,
					x2: t.x,
					y2: t.y + t.height / 2
				};
			})
	);
}
