/** The open-curriculum view, fetched on first use: the page draws it, creating one awaits it. */
import { lazyComponent } from '../shared/lazy-component.svelte';

/** Shared by the page (which draws it) and the start form (whose new heading takes focus). */
export const openCurriculumView = lazyComponent(() => import('./OpenCurriculum.svelte'));
