import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { coverageOf, declaredLevelsOf, modulesInView } from '../../src/lib/curriculum/coverage';
import type { Module } from '../../src/lib/curriculum/model';
import { createSuggester } from '../../src/lib/curriculum/suggest';
import { accendCurriculumData, accendCurriculumText } from '../fixtures/accend';
import { ALL_KNOWN } from './known-outcomes-split';
import { miniCurriculum, miniData } from './mini';

const ids = (placed: { outcome: { id: string } }[]) => placed.map((p) => p.outcome.id);
const gapsOf = (coverage: ReturnType<typeof coverageOf>) =>
	coverage.rows
		.flat()
		.filter((x) => x.gap)
		.map((g) => `${g.domain}@${g.level}`);

describe('coverageOf the whole programme', () => {
	const c = miniCurriculum();
	const coverage = coverageOf(miniData, modulesInView(c, null), ['top']);
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

	test('gaps are cells at a declared level where something applies and nothing maps', () => {
		expect(gapsOf(coverage)).toEqual(['care@top']);
		expect(coverage.gaps).toBe(1);
		expect(coverage.declaredLevels).toEqual(['top']);
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
		const coverage = coverageOf(miniData, modulesInView(c, 'B'), ['entry', 'top']);
		expect(ids(coverage.rows[0]![0]!.outcomes)).toEqual([]);
		expect(ids(coverage.rows[0]![1]!.outcomes)).toEqual(['o4']);
		expect(coverage.unmapped).toEqual([]);
		expect(gapsOf(coverage)).toEqual(['care@entry', 'care@top']);
	});
});

describe('gaps only at the levels the curriculum declares', () => {
	test('an empty programme aimed at the top level has gaps there only', () => {
		const coverage = coverageOf(miniData, [], 'top');
		expect(gapsOf(coverage)).toEqual(['care@top', 'evidence@top']);
	});

	test('the same, declared as a list or as { declaredLevels }', () => {
		expect(gapsOf(coverageOf(miniData, [], ['top']))).toEqual(['care@top', 'evidence@top']);
		expect(gapsOf(coverageOf(miniData, [], { declaredLevels: ['entry', 'top'] }))).toEqual([
			'care@entry',
			'care@top',
			'evidence@top'
		]);
	});

	test('mapping at a level the programme does not declare never makes it a gap', () => {
		// The issue: mapping at Registration made Registration count, and gaps rose from 7 to 9.
		const c = miniCurriculum();
		expect(gapsOf(coverageOf(miniData, c.modules, 'middle'))).toEqual([]);
		expect(gapsOf(coverageOf(miniData, c.modules))).toEqual([]);
		expect(coverageOf(miniData, c.modules).declaredLevels).toEqual([]);
	});

	test.each([
		['', []],
		['top', ['top']],
		[
			['top', '', 'top', 'entry'],
			['top', 'entry']
		],
		[{ declaredLevels: ['middle'] }, ['middle']]
	] as const)('declaredLevelsOf(%j) → %j', (levels, expected) => {
		expect(declaredLevelsOf(levels)).toEqual(expected);
	});
});

describe('accepting a suggestion never adds a gap at the declared levels', () => {
	const data = accendCurriculumData();
	const { suggest } = createSuggester(data, accendCurriculumText());
	const levelIds = data.levels.map((l) => l.id);
	const applicable = data.capabilities.flatMap((c) =>
		levelIds.filter((l) => c.levels.includes(l)).map((level) => ({ capability: c.id, level }))
	);
	const outcome = fc.record({
		text: fc.constantFrom(...ALL_KNOWN.map((k) => k.outcome)),
		links: fc.array(fc.constantFrom(...applicable), { maxLength: 3 })
	});

	test('whatever the curriculum, the declared levels and the suggestion chosen', () => {
		fc.assert(
			fc.property(
				fc.subarray(levelIds, { minLength: 1 }),
				fc.array(outcome, { minLength: 1, maxLength: 8 }),
				fc.nat(),
				fc.nat(),
				(declared, outcomes, pickOutcome, pickSuggestion) => {
					const module: Module = {
						id: 'm',
						code: '',
						title: 'Module',
						outcomes: outcomes.map((o, i) => ({ id: `o${i}`, code: '', rejected: [], ...o }))
					};
					const target = module.outcomes[pickOutcome % module.outcomes.length]!;
					const offered = suggest(
						target.text,
						declared,
						new Set(target.links.map((l) => l.capability))
					);
					fc.pre(offered.length > 0);
					const chosen = offered[pickSuggestion % offered.length]!;
					const accepted: Module = {
						...module,
						outcomes: module.outcomes.map((o) =>
							o === target
								? {
										...o,
										links: [...o.links, { capability: chosen.capability, level: chosen.level }]
									}
								: o
						)
					};
					const before = coverageOf(data, [module], declared).gaps;
					const after = coverageOf(data, [accepted], declared).gaps;
					expect(after).toBeLessThanOrEqual(before);
					// And it is offered at a declared level whenever the capability applies at one.
					const applies = declared.some((l) =>
						data.capabilities.find((c) => c.id === chosen.capability)?.levels.includes(l)
					);
					expect(declared.includes(chosen.level)).toBe(applies);
					expect(chosen.levelDeclared).toBe(applies);
				}
			),
			{ numRuns: 150 }
		);
	});
});
