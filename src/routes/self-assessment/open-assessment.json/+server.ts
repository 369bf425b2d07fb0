import { json } from '@sveltejs/kit';
import { openAssessmentDataOf } from '$lib/assessment/data';
import { getFramework } from '$lib/server/framework';
import type { RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

/** The descriptors and roles an open assessment draws, fetched when one opens: the page ships ids and levels. */
export const GET: RequestHandler = () => json(openAssessmentDataOf(getFramework()));
