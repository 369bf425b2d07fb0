import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { activeFolder, DATA_DIR, readFrameworkFiles } from '../../src/cli/read-framework';
import { assembleFramework } from '../../src/lib/framework/assemble';
import {
	compareTitles,
	countCrossings,
	crossingsOf,
	LABEL_FONT_SIZE,
	LABEL_MAX_LINES,
	layoutPathway,
	lineWidthFor,
	NODE_MIN_HEIGHT,
	NODE_PADDING,
	wrapLabel,
	type PathwayInput,
	type PathwayLayout,
	type Segment
} from '../../src/lib/layout/pathway';
import fc from 'fast-check';
import {
	defaultProfession,
	focusOf,
	NO_FILTER,
	pathwayInput
} from '../../src/lib/layout/pathway-input';
import { pathwayDataOf } from '../../src/lib/server/pathway-data';
import { textWidth } from '../../src/lib/layout/text-width';
import { scaleFramework } from '../fixtures/generate-framework';
import { miniFramework } from '../fixtures/mini';

const accend = assembleFramework(readFrameworkFiles(join(DATA_DIR, activeFolder())));
if (!accend.ok) throw new Error('active data invalid');

/** Two levels, one lane, two routes that cross if the roles keep title order. */
const CROSSED: PathwayInput = {
	levels: [
		{ id: 'l1', name: 'One' },
		{ id: 'l2', name: 'Two' }
	],
	lanes: [{ id: 'lane', name: 'Lane' }],
	roles: [
		{ id: 'a1', title: 'A', level: 'l1', lane: 'lane' },
		{ id: 'b1', title: 'B', level: 'l1', lane: 'lane' },
		{ id: 'a2', title: 'A2', level: 'l2', lane: 'lane' },
		{ id: 'b2', title: 'B2', level: 'l2', lane: 'lane' }
	],
	edges: [
		{ id: 'a1-b2', source: 'a1', target: 'b2', kind: 'other' },
		{ id: 'b1-a2', source: 'b1', target: 'a2', kind: 'other' }
	]
};

/** A learner track back to a lower level, and a side step within one level, as real data words them. */
const SIDE_STEPS: PathwayInput = {
	levels: [
		{ id: 'assistive', name: 'Assistive' },
		{ id: 'pre-registration', name: 'Pre-registration' }
	],
	lanes: [{ id: 'nursing', name: 'Nursing' }],
	roles: [
		{ id: 'na', title: 'Nursing Associate', level: 'assistive', lane: 'nursing' },
		{ id: 'hca', title: 'Healthcare Assistant', level: 'assistive', lane: 'nursing' },
		{ id: 'tna', title: 'Trainee Nursing Associate', level: 'pre-registration', lane: 'nursing' }
	],
	edges: [
		{ id: 'tna-na', source: 'tna', target: 'na', kind: 'registration', track: 'learner' },
		{ id: 'hca-na', source: 'hca', target: 'na', kind: 'other', track: 'lateral' },
		{ id: 'hca-tna', source: 'hca', target: 'tna', kind: 'apprenticeship' }
	]
};

const CASES: [string, PathwayLayout, number][] = [
	['the mini framework', layoutPathway(pathwayInput(pathwayDataOf(miniFramework()))), 3],
	[
		'ACCEND',
		layoutPathway(pathwayInput(pathwayDataOf(accend.framework))),
		accend.framework.roles.length
	],
	[
		'ACCEND with nursing in focus',
		layoutPathway(
			pathwayInput(pathwayDataOf(accend.framework), { profession: 'nursing', levels: [] })
		),
		focusOf(pathwayDataOf(accend.framework), 'nursing').roles.size
	],
	['a crossed fixture', layoutPathway(CROSSED), 4],
	['side steps', layoutPathway(SIDE_STEPS), 3]
];

describe.each(CASES)('layout of %s', (_name, layout, nodeCount) => {
	test('places every role once', () => {
		expect(layout.nodes).toHaveLength(nodeCount);
		expect(new Set(layout.nodes.map((n) => n.id)).size).toBe(nodeCount);
	});

	test('no two roles overlap', () => {
		const overlaps: string[] = [];
		layout.nodes.forEach((a, i) =>
			layout.nodes.slice(i + 1).forEach((b) => {
				const apart =
					a.x + a.width <= b.x ||
					b.x + b.width <= a.x ||
					a.y + a.height <= b.y ||
					b.y + b.height <= a.y;
				if (!apart) overlaps.push(`${a.id}/${b.id}`);
			})
		);
		expect(overlaps).toEqual([]);
	});

	test("every role sits in its level's column and its lane", () => {
		for (const n of layout.nodes) {
			const column = layout.columns.find((c) => c.id === n.level);
			const lane = layout.lanes.find((l) => l.id === n.lane);
			expect(column && n.x === column.x && n.width <= column.width + 1e-9, n.id).toBe(true);
			expect(lane && n.y >= lane.y && n.y + n.height <= lane.y + lane.height, n.id).toBe(true);
		}
	});

	test('columns run left to right in level order', () => {
		const xs = layout.columns.map((c) => c.x);
		expect(xs).toEqual([...xs].sort((a, b) => a - b));
	});

	test('every link starts at its source box and ends at its target box', () => {
		const byId = new Map(layout.nodes.map((n) => [n.id, n]));
		for (const link of layout.links) {
			const s = byId.get(link.source);
			const t = byId.get(link.target);
			expect(s && t, link.id).toBeTruthy();
			const numbers = link.path.match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
			const [x0, y0] = numbers;
			const [x1, y1] = numbers.slice(-2);
			// A tie back to a lower level is drawn from the lower box, so it too runs left to right.
			const [from, to] = link.direction === 'backward' ? [t!, s!] : [s!, t!];
			const startX = from.x + from.width;
			const endX = link.direction === 'same' ? to.x + to.width : to.x;
			expect([x0, y0]).toEqual([startX, from.y + from.height / 2]);
			expect([x1, y1]).toEqual([endX, to.y + to.height / 2]);
		}
	});

	test('no route is drawn right to left, and only ties back to a lower level lack an arrowhead', () => {
		for (const link of layout.links) {
			const numbers = link.path.match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
			expect(numbers.at(-2)!, link.id).toBeGreaterThanOrEqual(numbers[0]!);
			expect(link.arrow, link.id).toBe(link.direction !== 'backward');
		}
	});

	test('every title is whole, in at most three lines that fit inside its box', () => {
		for (const n of layout.nodes) {
			expect(n.lines.join(' '), n.id).toBe(n.title.trim().replace(/\s+/g, ' '));
			expect(n.lines.length, n.id).toBeLessThanOrEqual(LABEL_MAX_LINES);
			for (const line of n.lines)
				expect(textWidth(line, LABEL_FONT_SIZE), line).toBeLessThanOrEqual(
					n.width - 2 * NODE_PADDING
				);
			expect(n.height).toBeGreaterThanOrEqual(NODE_MIN_HEIGHT);
		}
	});
});

describe('side steps', () => {
	const layout = layoutPathway(SIDE_STEPS);
	const link = (id: string) => layout.links.find((l) => l.id === id)!;

	test('a learner track back to a lower level is a tie with no arrowhead', () => {
		expect(link('tna-na')).toMatchObject({ direction: 'backward', arrow: false });
	});

	test('a lateral move within a level is a bracket beside the column, with its arrow', () => {
		expect(link('hca-na')).toMatchObject({ direction: 'same', arrow: true });
	});

	test('a route up a level stays an ordinary forward arrow', () => {
		expect(link('hca-tna')).toMatchObject({ direction: 'forward', arrow: true });
	});
});

describe('crossings', () => {
	test('the barycentre sweeps untangle the crossed fixture', () => {
		const layout = layoutPathway(CROSSED);
		expect(countCrossings(layout)).toBe(0);
		// Without reordering the same fixture crosses once: flip one column to check the counter.
		const flipped = structuredClone(layout);
		const [a2, b2] = [
			flipped.nodes.find((n) => n.id === 'a2')!,
			flipped.nodes.find((n) => n.id === 'b2')!
		];
		[a2.y, b2.y] = [b2.y, a2.y];
		expect(countCrossings(flipped)).toBe(1);
	});

	test.each([
		['ACCEND', pathwayDataOf(accend.framework)],
		['the 10× framework', pathwayDataOf(scaleFramework(accend.framework, 10))]
	])('the sweeps reduce the crossings of %s', (_name, data) => {
		const before = countCrossings(layoutPathway(pathwayInput(data), { sweeps: 0 }));
		const after = countCrossings(layoutPathway(pathwayInput(data)));
		expect(after).toBeLessThan(before);
	});
});

describe('profession in focus', () => {
	const data = pathwayDataOf(accend.framework);

	test('the default is the profession with most roles', () => {
		const counts = data.groups.map((g) => data.roles.filter((r) => r.group === g.id).length);
		const id = defaultProfession(data);
		expect(counts[data.groups.findIndex((g) => g.id === id)]).toBe(Math.max(...counts));
	});

	test('shows its roles, the roles routed into or out of it, and only the routes that touch it', () => {
		const focus = focusOf(data, 'nursing');
		const group = new Map(data.roles.map((r) => [r.id, r.group]));
		for (const r of data.roles.filter((r) => r.group === 'nursing'))
			expect(focus.roles.has(r.id)).toBe(true);
		for (const route of focus.routes)
			expect([group.get(route.source), group.get(route.target)]).toContain('nursing');
		for (const id of focus.roles)
			if (group.get(id) !== 'nursing')
				expect(
					focus.routes.some((r) => r.source === id || r.target === id),
					id
				).toBe(true);
		// The support workforce routes into nursing today; checked by value, not assumed.
		const joined = data.routes.filter(
			(r) => group.get(r.source) === 'support' && group.get(r.target) === 'nursing'
		);
		for (const r of joined) expect(focus.roles.has(r.source)).toBe(true);
	});

	test('other professions’ roles are marked external on the map', () => {
		const layout = layoutPathway(pathwayInput(data, { profession: 'nursing', levels: [] }));
		for (const n of layout.nodes) expect(n.external, n.id).toBe(n.lane !== 'nursing');
	});

	test('"All professions" and an unknown profession show every role', () => {
		expect(focusOf(data, null).roles.size).toBe(data.roles.length);
		expect(focusOf(data, 'no-such-group').roles.size).toBe(data.roles.length);
	});
});

describe('filters', () => {
	test('a level filter drops that column and its roles, and routes that touch them', () => {
		const fw = accend.framework;
		const layout = layoutPathway(
			pathwayInput(pathwayDataOf(fw), { ...NO_FILTER, levels: ['registration', 'enhanced'] })
		);
		expect(layout.columns.map((c) => c.id)).toEqual(['registration', 'enhanced']);
		expect(layout.nodes.every((n) => n.level === 'registration' || n.level === 'enhanced')).toBe(
			true
		);
		const ids = new Set(layout.nodes.map((n) => n.id));
		expect(layout.links.every((l) => ids.has(l.source) && ids.has(l.target))).toBe(true);
	});
});

test.each([
	['Nurse', 120, ['Nurse']],
	[
		'Advanced Clinical Practitioner (Oncology)',
		120,
		['Advanced Clinical', 'Practitioner', '(Oncology)']
	],
	[
		'Specialist Speech and Language Therapist (Head and Neck)',
		120,
		['Specialist Speech', 'and Language', 'Therapist (Head', 'and Neck)']
	],
	[
		'Specialist Speech and Language Therapist (Head and Neck)',
		160,
		['Specialist Speech and', 'Language Therapist', '(Head and Neck)']
	],
	['Supercalifragilisticexpialidocious-length', 120, ['Supercalifragilisticexpialidocious-length']]
])('wrapLabel(%s, %i)', (title, width, lines) => {
	expect(wrapLabel(title, width)).toEqual(lines);
});

test('a title that needs more than three lines widens its column rather than being cut', () => {
	const title = 'Specialist Speech and Language Therapist (Head and Neck)';
	const width = lineWidthFor(title, 120);
	expect(width).toBeGreaterThan(120);
	expect(wrapLabel(title, width).length).toBeLessThanOrEqual(LABEL_MAX_LINES);
	expect(wrapLabel(title, width - 4).length).toBeGreaterThan(LABEL_MAX_LINES);
});

describe('title order', () => {
	test.each([
		[
			['b', 'B', 'a'],
			['a', 'b', 'B']
		],
		[
			['Nurse', 'nurse consultant', 'Nurse Associate'],
			['Nurse', 'Nurse Associate', 'nurse consultant']
		],
		[
			['Band 6', 'Band 10', 'Band 5'],
			['Band 10', 'Band 5', 'Band 6']
		],
		[
			['Pre-registration', 'Pre registration', 'Pre'],
			['Pre', 'Pre registration', 'Pre-registration']
		]
	])('%j sorts to %j', (titles, sorted) => {
		expect([...titles].sort(compareTitles)).toEqual(sorted);
	});

	// The layout orders titles without ICU's collator (slow to build on a page's first use);
	// on the real titles the two orders must agree, so the map looks as it did with it.
	test.each([
		['ACCEND', accend.framework],
		['the 10× framework', scaleFramework(accend.framework, 10)]
	])('agrees with the en-GB collator on the titles of %s', (_name, fw) => {
		const titles = fw.roles.map((r) => r.title);
		const collator = new Intl.Collator('en-GB');
		expect([...titles].sort(compareTitles)).toEqual([...titles].sort(collator.compare));
	});
});

describe('counting crossings', () => {
	/** Every pair tested geometrically: the plain definition the fast count must match. */
	function bruteForce(segments: Segment[]): number {
		const o = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) =>
			Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));
		let n = 0;
		for (let i = 0; i < segments.length; i++)
			for (let j = i + 1; j < segments.length; j++) {
				const [a, b] = [segments[i]!, segments[j]!];
				if ([a.source, a.target].some((e) => e === b.source || e === b.target)) continue;
				const d = o(a.x1, a.y1, a.x2, a.y2, b.x1, b.y1) * o(a.x1, a.y1, a.x2, a.y2, b.x2, b.y2);
				const e = o(b.x1, b.y1, b.x2, b.y2, a.x1, a.y1) * o(b.x1, b.y1, b.x2, b.y2, a.x2, a.y2);
				if (d < 0 && e < 0) n++;
			}
		return n;
	}
	// Columns at x = 0, 100, 200, 300; a role is a (column, row) pair at y = row * 10.
	const segment = fc
		.record({ from: fc.nat(2), span: fc.integer({ min: 1, max: 3 }), r1: fc.nat(6), r2: fc.nat(6) })
		.map(({ from, span, r1, r2 }): Segment => {
			const to = Math.min(3, from + span);
			return {
				source: `${from}:${r1}`,
				target: `${to}:${r2}`,
				x1: from * 100,
				y1: r1 * 10,
				x2: to * 100,
				y2: r2 * 10
			};
		});

	test('the fast count equals testing every pair', () => {
		fc.assert(
			fc.property(fc.array(segment, { maxLength: 40 }), (segments) => {
				expect(crossingsOf(segments)).toBe(bruteForce(segments));
			}),
			{ numRuns: 300 }
		);
	});
});

describe('crossings on the shipped data', () => {
	test('ACCEND stays at or under its measured crossings', () => {
		const layout = layoutPathway(pathwayInput(pathwayDataOf(accend.framework)));
		// Measured 2026-12-01 on data 2023.1-working.2 (87 roles, 103 routes): 63 before the
		// sweeps, 33 after.
		// A change that tangles the map more should be noticed.
		expect(countCrossings(layout)).toBeLessThanOrEqual(33);
	});
});
