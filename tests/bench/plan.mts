/**
 * Route planner speed: plans between every pair of roles that some chain of routes joins,
 * on ACCEND and on the 10× framework. The planner answers as the form changes, so
 * one plan must fit well inside a frame.
 */
import type { Framework } from '../../src/lib/framework/schema';
import { descendantsOf, roleGraphOf } from '../../src/lib/framework/graph';
import { planRoutes } from '../../src/lib/framework/plan';
import { measure, type Timing } from './measure';

/** One plan is computed on each change of the form: well inside one 60 Hz frame. */
export const PLAN_BUDGET_MS = 8;

/** Pairs the planner has work to do on: each role to every role some chain of routes reaches. */
function askedPairs(fw: Framework): [string, string][] {
	const graph = roleGraphOf(fw);
	return fw.roles.flatMap((a) =>
		[...descendantsOf(graph, a.id)].map((b): [string, string] => [a.id, b])
	);
}

/** Time planning on each framework and hand each figure to `report` with the budget. */
export function benchPlan(
	accend: Framework,
	scaled: Framework,
	report: (name: string, t: Timing, budget: number) => void
): void {
	const times = Math.round(scaled.roles.length / accend.roles.length);
	const frameworks: [string, Framework][] = [
		['ACCEND', accend],
		[`${times}× framework`, scaled]
	];
	for (const [name, fw] of frameworks) {
		const pairs = askedPairs(fw);
		let i = 0;
		// Stride through the pairs so a run samples the whole framework, not one corner of it.
		const stride = Math.max(1, Math.floor(pairs.length / 997));
		report(
			`route plan, ${name} (${pairs.length} joined role pairs)`,
			measure(() => {
				const [from, to] = pairs[(i += stride) % pairs.length]!;
				return planRoutes(fw, [from], to);
			}),
			PLAN_BUDGET_MS
		);
	}
}
