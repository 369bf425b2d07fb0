/**
 * Moving between the self-assessment's steps from a link or a button: the step
 * changes in the state and the address, then focus goes to the step's heading
 * so a keyboard or screen reader user starts reading at the new step.
 */
import { tick } from 'svelte';
import type { AssessmentState } from '$lib/state/assessment.svelte';

/** The id of the heading every step (and the summary) opens with. */
export const STEP_HEADING = 'step-heading';

/** Show step `n` (a new history entry) and focus its heading once drawn. */
export async function showStep(book: AssessmentState, n: number) {
	book.goStep(n, location.search);
	await tick();
	document.getElementById(STEP_HEADING)?.focus();
}

/** A link's click handler that shows step `n` in place (the href still works without scripts). */
export function stepClick(book: AssessmentState, n: number) {
	return (event: MouseEvent) => {
		event.preventDefault();
		void showStep(book, n);
	};
}
