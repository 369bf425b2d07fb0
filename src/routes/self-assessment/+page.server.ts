import { assessmentDataOf } from '$lib/assessment/data';
import { getFramework } from '$lib/server/framework';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ assessment: assessmentDataOf(getFramework()) });
