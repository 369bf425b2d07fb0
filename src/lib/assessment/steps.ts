/**
 * The self-assessment in steps: one domain per step, then a summary to check the answers.
 * The step is a number in the URL (`?step=2`), so a reload keeps the place.
 */
import type { AssessmentData } from './data';
import type { Assessment } from './model';
import { capabilitiesFor } from './scoring';

/** The query parameter that holds the step. */
export const STEP_PARAM = 'step';

/** One step: a domain and the capabilities in it that apply at the target level. */
export interface RatingStep {
	domain: AssessmentData['domains'][number];
	capabilities: AssessmentData['capabilities'];
}

/** The rating steps for a target level, in domain order; domains with nothing to rate are left out. */
export function ratingSteps(data: AssessmentData, targetLevel: string): RatingStep[] {
	const caps = capabilitiesFor(data, targetLevel);
	return [...data.domains]
		.sort((a, b) => a.number - b.number)
		.map((domain) => ({ domain, capabilities: caps.filter((c) => c.domain === domain.id) }))
		.filter((s) => s.capabilities.length > 0);
}

/**
 * The step to show, from 1 to `steps + 1` (the summary). A step from the URL is used when it is
 * a whole number in range; otherwise the first step with something unrated, or the summary when
 * everything is rated.
 */
export function chooseStep(
	param: string | null,
	steps: RatingStep[],
	ratings: Assessment['ratings']
): number {
	const n = Number(param);
	if (param && Number.isInteger(n) && n >= 1 && n <= steps.length + 1) return n;
	const open = steps.findIndex((s) => s.capabilities.some((c) => !ratings[c.id]));
	return open === -1 ? steps.length + 1 : open + 1;
}

/** The search part of a URL that shows this step, keeping any other parameters. */
export function stepSearch(search: string, step: number): string {
	const params = new URLSearchParams(search);
	params.set(STEP_PARAM, String(step));
	return `?${params}`;
}
