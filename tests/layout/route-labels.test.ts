import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { activeFolder, DATA_DIR, readFrameworkFiles } from '../../src/cli/read-framework';
import { assembleFramework } from '../../src/lib/framework/assemble';
import { layoutPathway } from '../../src/lib/layout/pathway';
import { pathwayInput } from '../../src/lib/layout/pathway-input';
import { pathwayDataOf } from '../../src/lib/server/pathway-data';
import { placeRouteLabels, type RouteLabel } from '../../src/lib/layout/route-labels';

const accend = assembleFramework(readFrameworkFiles(join(DATA_DIR, activeFolder())));
if (!accend.ok) throw new Error('active data invalid');
const data = pathwayDataOf(accend.framework);
const layout = layoutPathway(pathwayInput(data, { profession: 'nursing', levels: [] }));
const text = (id: string) => ['Post-registration study', `${id.length} to 4 years`];

const apart = (a: RouteLabel, b: { x: number; y: number; width: number; height: number }) =>
	a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;

describe.each(layout.nodes.map((n) => [n.id]))('labels of the routes of %s', (id) => {
	const labels = placeRouteLabels(layout, id, text);
	const role = layout.nodes.find((n) => n.id === id)!;

	test('one for each route into or out of the role, with its lines', () => {
		const routes = layout.links.filter((l) => l.source === id || l.target === id);
		expect(labels.map((l) => l.id).sort()).toEqual(routes.map((r) => r.id).sort());
		for (const l of labels) expect(l.lines).toEqual(text(l.id));
	});

	test("none covers the role's own box or another label", () => {
		for (const l of labels) expect(apart(l, role), l.id).toBe(true);
		labels.forEach((a, i) =>
			labels.slice(i + 1).forEach((b) => expect(apart(a, b), `${a.id}/${b.id}`).toBe(true))
		);
	});
});

test('a role that is not on the map has no labels', () => {
	expect(placeRouteLabels(layout, 'nobody', text)).toEqual([]);
});
