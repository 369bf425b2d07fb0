/** The views the self-assessment fetches on first use: the page draws them, starting one awaits it. */
import type { AssessmentState } from '$lib/state/assessment.svelte';
import { lazyComponent } from '../shared/lazy-component.svelte';

/** Shared by the page (which draws it) and the start form (which focuses its heading). */
export const openAssessmentView = lazyComponent(() => import('./OpenAssessment.svelte'));

/** The read-only card of a share link, fetched only when a link is opened (few first visits have one). */
export const sharedCardView = lazyComponent(() => import('./SharedCard.svelte'));

/** Fetch what an open assessment needs, its view and the descriptor text, at the same time. */
export async function loadOpenAssessment(book: AssessmentState): Promise<void> {
	await Promise.all([openAssessmentView.load(), book.loadText()]);
}
