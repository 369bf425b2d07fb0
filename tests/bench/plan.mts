/**
 * Route planner speed: every plan a person can ask for from a role to a role at a higher
 * level, on ACCEND and on the 10× framework. The planner answers as the form changes, so
 * one plan must fit well inside a frame.
 */
import type { Framework } from '../../src/lib/framework/schema';
import { planRoutes } from '../../src/lib/framework/plan';
import { measure, type Timing } from './measure';

/** One plan is computed on each change of the form: well inside one 60 Hz frame. */
export const PLAN_BUDGET_MS = 8;

/** Pairs of roles the planner would be asked about: each role to every role one or more levels up. */
function askedPairs(fw: Framework): [string, string][] {
	const order = new Map(fw.levels.map((l) => [l.id, l.order]));
	const pairs: [string, string][] = [];
	for (const a of fw.roles) {
		for (const b of fw.roles) {
			if ((order.get(b.level) ?? 0) > (order.get(a.level) ?? 0)) pairs.push([a.id, b.id]);
		}
	}
	return pairs;
}

/** Time planning on each framework and hand each figure to `report` with the budget. */
export function benchPlan(
	frameworks: [string, Framework][],
	report: (name: string, t: Timing, budget: number) => void
): void {
	for (const [name, fw] of frameworks) {
		const pairs = askedPairs(fw);
		let i = 0;
		// Stride through the pairs so a run samples the whole framework, not one corner of it.
		const stride = Math.max(1, Math.floor(pairs.length / 997));
		report(
			`route plan, ${name} (${pairs.length} role pairs)`,
			measure(() => {
				const [from, to] = pairs[(i += stride) % pairs.length]!;
				return planRoutes(fw, [from], to);
			}),
			PLAN_BUDGET_MS
		);
	}
}
