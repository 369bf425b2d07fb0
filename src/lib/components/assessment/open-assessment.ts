/** The open-assessment view, fetched on first use: the page draws it, starting one awaits it. */
import { lazyComponent } from '../shared/lazy-component.svelte';

/** Shared by the page (which draws it) and the start form (which focuses its heading). */
export const openAssessmentView = lazyComponent(() => import('./OpenAssessment.svelte'));
