/**
 * "Accept all strong matches" for a module: the review list of links it would
 * add (outcome, capability, level, and why), shown before anything changes, and
 * the module with them added. Only outcomes with no link yet are touched, so
 * nothing an educator mapped by hand is added to behind their back.
 *
 * Example: strongMatchesOf(suggester, module, ['enhanced'])
 *   → [{ outcomeId: 'o1', capability: 'supporting-learners', level: 'enhanced', … }]
 */
import type { DeclaredLevels } from './coverage';
import { declaredLevelsOf } from './coverage';
import type { Module } from './model';
import type { Suggester } from './suggest';

/** One link the bulk accept would add, with what the review list shows about it. */
export interface ReviewItem {
	outcomeId: string;
	/** The outcome's code and text, so the list reads without looking elsewhere. */
	outcomeCode: string;
	outcomeText: string;
	capability: string;
	level: string;
	relevance: number;
	matched: string[];
	levelReason: string;
	levelDeclared: boolean;
}

/** The strong suggestions for each unmapped outcome of a module, in the module's order. */
export function strongMatchesOf(
	suggester: Suggester,
	module: Module,
	levels: DeclaredLevels
): ReviewItem[] {
	const declared = declaredLevelsOf(levels);
	return module.outcomes
		.filter((o) => o.links.length === 0)
		.flatMap((o) =>
			suggester
				.suggest(o.text, declared, new Set(o.rejected))
				.filter((s) => s.strength === 'strong')
				.map((s) => ({
					outcomeId: o.id,
					outcomeCode: o.code,
					outcomeText: o.text,
					capability: s.capability,
					level: s.level,
					relevance: s.relevance,
					matched: s.matched,
					levelReason: s.levelReason,
					levelDeclared: s.levelDeclared
				}))
		);
}

/** The module with the reviewed links added (each once); the caller keeps the old one for undo. */
export function applyReview(module: Module, items: readonly ReviewItem[]): Module {
	return {
		...module,
		outcomes: module.outcomes.map((o) => {
			const add = items
				.filter((i) => i.outcomeId === o.id)
				.filter((i) => !o.links.some((l) => l.capability === i.capability && l.level === i.level))
				.map((i) => ({ capability: i.capability, level: i.level }));
			return add.length ? { ...o, links: [...o.links, ...add] } : o;
		})
	};
}
