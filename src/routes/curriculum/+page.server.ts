import { curriculumDataOf } from '$lib/curriculum/data';
import { getFramework } from '$lib/server/framework';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	curriculum: curriculumDataOf(getFramework())
});
