/**
 * The route planner's one door to self-assessments saved in this browser. Everything the planner
 * knows of the assessment code passes through here, so a change there is re-pointed in this file.
 */
import { TARGET_RATING } from './assessment/model';
import { createStore } from './assessment/storage';

/** A rating at or above this meets the level; below it is a gap. */
export const ENOUGH_RATING = TARGET_RATING;

/** What the planner needs of one saved self-assessment. */
export interface SavedProfile {
	id: string;
	name: string;
	professionGroup: string;
	targetLevel: string;
	/** Rating value by capability id. */
	ratings: Record<string, number>;
}

/** The self-assessments saved in this browser, newest first; none when storage cannot be read. */
export function readSavedProfiles(): SavedProfile[] {
	// peek reads without setting anything aside: the planner only looks.
	const saved = createStore(() => globalThis.localStorage ?? null).peek();
	if (!saved) return [];
	return [...saved]
		.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
		.map((a) => ({
			id: a.id,
			name: a.name,
			professionGroup: a.professionGroup,
			targetLevel: a.targetLevel,
			ratings: Object.fromEntries(Object.entries(a.ratings).map(([id, r]) => [id, r.value]))
		}));
}
