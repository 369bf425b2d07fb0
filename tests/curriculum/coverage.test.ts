import { describe, expect, test } from 'vitest';
import { coverageOf, modulesInView } from '../../src/lib/curriculum/coverage';
import { miniCurriculum, miniData } from './mini';

const ids = (placed: { outcome: { id: string } }[]) => placed.map((p) => p.outcome.id);
const gapsOf = (coverage: ReturnType<typeof coverageOf>) =>
	coverage.rows
		.flat()
		.filter((x) => x.gap)
		.map((g) => `${g.domain}@${g.level}`);

describe('coverageOf the whole programme', () => {
	const c = miniCurriculum();
	const coverage = coverageOf(miniData, modulesInView(c, null));
	const cell = (domain: number, level: number) => coverage.rows[domain]![level]!;

	test.each([
		// [domain, level, outcomes behind the cell, covered, applicable]
		[0, 0, ['o1', 'o2'], 1, 1],
		[0, 1, ['o2', 'o4'], 1, 1],
		[0, 2, [], 0, 1],
		[1, 0, [], 0, 0],
		[1, 1, ['o4'], 1, 1],
		[1, 2, ['o5'], 1, 1]
	])('domain %i, level %i', (d, l, outcomes, covered, applicable) => {
		expect(ids(cell(d, l).outcomes)).toEqual(outcomes);
		expect(cell(d, l).covered).toBe(covered);
		expect(cell(d, l).applicable).toBe(applicable);
	});

	test('an outcome linked twice in one cell counts once', () => {
		expect(cell(0, 0).outcomes).toHaveLength(2);
		expect(coverage.max).toBe(2);
	});

	test('gaps are cells at a level in scope where something applies and nothing maps', () => {
		expect(gapsOf(coverage)).toEqual(['care@top']);
	});

	test('capability by capability, with the levels mapped', () => {
		expect(coverage.capabilities.map((x) => [x.capability, ids(x.outcomes), x.levels])).toEqual([
			['comfort', ['o1', 'o2', 'o4'], ['entry', 'middle']],
			['appraise', ['o4', 'o5'], ['middle', 'top']]
		]);
	});

	test('outcomes with no link are listed as unmapped', () => {
		expect(ids(coverage.unmapped)).toEqual(['o3']);
	});
});

describe('coverageOf one module', () => {
	test('counts only that module’s outcomes', () => {
		const c = miniCurriculum();
		const coverage = coverageOf(miniData, modulesInView(c, 'B'));
		expect(ids(coverage.rows[0]![0]!.outcomes)).toEqual([]);
		// Module B maps only at middle and top, so care@entry is not its gap.
		expect(ids(coverage.rows[0]![1]!.outcomes)).toEqual(['o4']);
		expect(coverage.unmapped).toEqual([]);
		expect(gapsOf(coverage)).toEqual(['care@top']);
	});
});

describe('the programme’s own level is always in scope', () => {
	test('an empty programme aimed at the top level has gaps there only', () => {
		const c = { ...miniCurriculum(), modules: [] };
		const coverage = coverageOf(miniData, c.modules, 'top');
		expect(gapsOf(coverage)).toEqual(['care@top', 'evidence@top']);
	});
});
