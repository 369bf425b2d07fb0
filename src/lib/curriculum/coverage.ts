/**
 * Coverage of the framework by a curriculum: which capabilities, at which
 * levels, its learning outcomes map to. Counts are of distinct outcomes, so an
 * outcome linked to two capabilities in one domain counts once in that cell.
 * Gaps are counted only at the levels the curriculum declares, never at levels
 * inferred from what has been mapped, so mapping can only close gaps.
 */
import type { CurriculumData } from './data';
import type { Curriculum, Module, Outcome } from './model';

/** An outcome with the module it belongs to, for listing what lies behind a cell. */
export interface PlacedOutcome {
	module: Module;
	outcome: Outcome;
}

export interface CoverageCell {
	domain: string;
	level: string;
	/** Outcomes linked to any capability of this domain at this level. */
	outcomes: PlacedOutcome[];
	/** Capabilities of this domain that apply at this level. */
	applicable: number;
	/** Of those, the ones at least one outcome links to at this level. */
	covered: number;
	/**
	 * A gap: the curriculum declares this level, something applies, and no
	 * outcome maps here. Levels a programme does not declare are never its gaps,
	 * whatever is mapped at them.
	 */
	gap: boolean;
}

export interface CapabilityCoverage {
	capability: string;
	domain: string;
	outcomes: PlacedOutcome[];
	/** Levels the capability is mapped at, in framework order. */
	levels: string[];
}

export interface Coverage {
	/** rows[d][l]: domain d (framework order) at level l (framework order). */
	rows: CoverageCell[][];
	capabilities: CapabilityCoverage[];
	/** Outcomes with no link at all. */
	unmapped: PlacedOutcome[];
	/** Largest outcome count of any cell, for shading. */
	max: number;
	/** The levels gaps are counted at, in framework order. */
	declaredLevels: string[];
	/** How many cells are gaps. */
	gaps: number;
}

/**
 * The levels a curriculum declares: one level id (a curriculum's single level,
 * '' for none), a list of them, or `{ declaredLevels }`.
 */
export type DeclaredLevels = string | readonly string[] | { declaredLevels: readonly string[] };

/** The declared level ids, without blanks: declaredLevelsOf('enhanced') → ['enhanced']. */
export function declaredLevelsOf(levels: DeclaredLevels): string[] {
	const list =
		typeof levels === 'string'
			? [levels]
			: 'declaredLevels' in levels
				? levels.declaredLevels
				: levels;
	return [...new Set(list.filter((id) => id !== ''))];
}

/** The modules in view: the whole programme, or one module by id. */
export function modulesInView(curriculum: Curriculum, moduleId: string | null): Module[] {
	return moduleId === null
		? curriculum.modules
		: curriculum.modules.filter((m) => m.id === moduleId);
}

/** Coverage of the framework by the given modules, with gaps at the declared levels only. */
export function coverageOf(
	data: CurriculumData,
	modules: Module[],
	levels: DeclaredLevels = ''
): Coverage {
	const placed = modules.flatMap((module) =>
		module.outcomes.map((outcome) => ({ module, outcome }))
	);
	const capabilities: CapabilityCoverage[] = data.capabilities.map((c) => {
		const outcomes = placed.filter((p) => p.outcome.links.some((l) => l.capability === c.id));
		const mappedLevels = new Set(
			outcomes.flatMap((p) =>
				p.outcome.links.filter((l) => l.capability === c.id).map((l) => l.level)
			)
		);
		return {
			capability: c.id,
			domain: c.domain,
			outcomes,
			levels: data.levels.map((l) => l.id).filter((id) => mappedLevels.has(id))
		};
	});
	const scope = new Set(declaredLevelsOf(levels));
	const rows = data.domains.map((d) => {
		const inDomain = data.capabilities.filter((c) => c.domain === d.id);
		return data.levels.map((level): CoverageCell => {
			const applicable = inDomain.filter((c) => c.levels.includes(level.id));
			const ids = new Set(applicable.map((c) => c.id));
			const linksHere = (p: PlacedOutcome) =>
				p.outcome.links.filter((l) => l.level === level.id && ids.has(l.capability));
			const outcomes = placed.filter((p) => linksHere(p).length > 0);
			const covered = new Set(outcomes.flatMap((p) => linksHere(p).map((l) => l.capability)));
			return {
				domain: d.id,
				level: level.id,
				outcomes,
				applicable: applicable.length,
				covered: covered.size,
				gap: scope.has(level.id) && applicable.length > 0 && outcomes.length === 0
			};
		});
	});
	const max = Math.max(0, ...rows.flat().map((c) => c.outcomes.length));
	const unmapped = placed.filter((p) => p.outcome.links.length === 0);
	const gaps = rows.flat().filter((cell) => cell.gap).length;
	const declaredLevels = data.levels.map((l) => l.id).filter((id) => scope.has(id));
	return { rows, capabilities, unmapped, max, declaredLevels, gaps };
}
