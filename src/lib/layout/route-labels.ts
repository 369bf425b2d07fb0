/**
 * Where the labels of a chosen role's routes go on the map: near the middle of each curve, at
 * the nearby spot that covers least of the other roles' boxes, never over the chosen role's own
 * box nor over another label. Pure: a layout and label texts in, positioned boxes out.
 */
import { LABEL_FONT_SIZE, type PathwayLayout } from './pathway';
import { textWidth } from './text-width';

/** Space between a label's border and its text. */
export const ROUTE_LABEL_PADDING = 6;
/** Distance between the two baselines of a label. */
export const ROUTE_LABEL_LINE_HEIGHT = 17;
/** Room kept between a label and whatever it has been moved clear of. */
const CLEARANCE = 3;

export interface RouteLabel {
	id: string;
	lines: string[];
	x: number;
	y: number;
	width: number;
	height: number;
}

interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

const overlaps = (a: Box, b: Box) =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Area two boxes share. */
const shared = (a: Box, b: Box) =>
	Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
	Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

/** How far, in px, a label may be moved from the middle of its curve to find a clear spot. */
const SEARCH_X = [0, -30, 30, -60, 60];
const SEARCH_Y = Array.from({ length: 33 }, (_, i) => (i % 2 ? 1 : -1) * Math.ceil(i / 2) * 6);
/** A covered px² of another box costs this much more than a px of distance from the curve. */
const COVER_WEIGHT = 1;

/**
 * Labels for the routes into and out of `roleId`, from `text(routeId)` (one string a line).
 * Example: a route from the chosen role gets its label just right of the role's box.
 */
export function placeRouteLabels(
	layout: PathwayLayout,
	roleId: string,
	text: (id: string) => string[]
): RouteLabel[] {
	const role = layout.nodes.find((n) => n.id === roleId);
	if (!role) return [];
	const placed: RouteLabel[] = [];
	const links = layout.links
		.filter((l) => l.source === roleId || l.target === roleId)
		.sort((a, b) => a.mid.y - b.mid.y || a.mid.x - b.mid.x);
	for (const link of links) {
		const lines = text(link.id);
		const width =
			Math.max(...lines.map((l) => textWidth(l, LABEL_FONT_SIZE))) + 2 * ROUTE_LABEL_PADDING;
		const height = lines.length * ROUTE_LABEL_LINE_HEIGHT + 2 * ROUTE_LABEL_PADDING - 4;
		const centre = { x: link.mid.x - width / 2, y: link.mid.y - height / 2 };
		const near = layout.nodes.filter(
			(n) =>
				n.id !== roleId &&
				Math.abs(n.x + n.width / 2 - link.mid.x) < width + n.width &&
				Math.abs(n.y + n.height / 2 - link.mid.y) < 300
		);
		let best: Box | null = null;
		let bestCost = Infinity;
		for (const dx of SEARCH_X) {
			for (const dy of SEARCH_Y) {
				const box = { x: centre.x + dx, y: centre.y + dy, width, height };
				const padded = {
					x: box.x - CLEARANCE,
					y: box.y - CLEARANCE,
					width: width + 2 * CLEARANCE,
					height: height + 2 * CLEARANCE
				};
				if (overlaps(padded, role) || placed.some((p) => overlaps(padded, p))) continue;
				const cost =
					COVER_WEIGHT * near.reduce((sum, n) => sum + shared(box, n), 0) + Math.hypot(dx, dy);
				if (cost < bestCost) [best, bestCost] = [box, cost];
			}
		}
		const label: RouteLabel = { id: link.id, lines, ...(best ?? { ...centre, width, height }) };
		// With no clear spot nearby: beside the chosen role, then below any label it would cover.
		for (let moved = !best; moved;) {
			moved = false;
			if (overlaps(label, role)) {
				label.x =
					link.source === roleId && link.direction !== 'backward'
						? role.x + role.width + CLEARANCE
						: role.x - label.width - CLEARANCE;
				moved = true;
			}
			for (const other of placed) {
				if (overlaps(label, other)) {
					label.y = other.y + other.height + CLEARANCE;
					moved = true;
				}
			}
		}
		placed.push(label);
	}
	return placed;
}
