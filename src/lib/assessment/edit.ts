/**
 * Changing an assessment: each function returns a new assessment and leaves the
 * old one alone, so that state, undo and saving stay simple.
 */
import { levelName } from '../framework/lookups';
import { descriptorOf, type AssessmentData, type Descriptors } from './data';
import type { Assessment, PlanItem } from './model';
import { nextLevelId } from './scoring';

/** A new, empty assessment for a profession group and levels. */
export function createAssessment(
	data: AssessmentData,
	choice: { professionGroup: string; currentLevel: string; targetLevel?: string },
	id: string,
	now = new Date()
): Assessment {
	const target = choice.targetLevel || nextLevelId(data, choice.currentLevel);
	const level = (lid: string) => levelName(data.levels, lid);
	const stamp = now.toISOString();
	return {
		id,
		name: `${level(choice.currentLevel)} to ${level(target)}, ${now.toLocaleDateString('en-GB', { dateStyle: 'medium' })}`,
		createdAt: stamp,
		updatedAt: stamp,
		frameworkVersion: data.frameworkVersion,
		professionGroup: choice.professionGroup,
		currentLevel: choice.currentLevel,
		targetLevel: target,
		ratings: {},
		plan: []
	};
}

const touched = (a: Assessment, now: Date): Assessment => ({ ...a, updatedAt: now.toISOString() });

/** Rate a capability, remembering the target descriptor as it reads now ('' when not known). */
export function rate(
	descriptors: Descriptors,
	a: Assessment,
	capability: string,
	value: number,
	now = new Date()
): Assessment {
	const seenText = descriptorOf(descriptors, capability, a.targetLevel);
	const previous = a.ratings[capability];
	return touched(
		{
			...a,
			ratings: {
				...a.ratings,
				[capability]: { note: '', evidence: [], ...previous, value, seenText }
			}
		},
		now
	);
}

/** Set the private note and evidence links of a rated capability. */
export function annotate(
	a: Assessment,
	capability: string,
	change: { note?: string; evidence?: string[] },
	now = new Date()
): Assessment {
	const previous = a.ratings[capability];
	if (!previous) return a;
	return touched(
		{ ...a, ratings: { ...a.ratings, [capability]: { ...previous, ...change } } },
		now
	);
}

/** Add a plan item for a capability. */
export function addPlanItem(
	a: Assessment,
	capability: string,
	id: string,
	now = new Date()
): Assessment {
	const item: PlanItem = { id, capability, action: '', due: '', evidence: '' };
	return touched({ ...a, plan: [...a.plan, item] }, now);
}

/** Change one plan item. */
export function updatePlanItem(
	a: Assessment,
	id: string,
	change: Partial<Omit<PlanItem, 'id'>>,
	now = new Date()
): Assessment {
	return touched({ ...a, plan: a.plan.map((p) => (p.id === id ? { ...p, ...change } : p)) }, now);
}

/** Remove one plan item. */
export function removePlanItem(a: Assessment, id: string, now = new Date()): Assessment {
	return touched({ ...a, plan: a.plan.filter((p) => p.id !== id) }, now);
}

/** Evidence links typed one per line (or separated by commas), tidied. */
export function parseEvidence(text: string): string[] {
	return text
		.split(/[\n,]+/)
		.map((s) => s.trim())
		.filter(Boolean);
}
