import { json } from '@sveltejs/kit';
import { planDetailsOf } from '$lib/server/pages/plan';
import { getFramework } from '$lib/server/framework';
import type { RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

/** What a plan draws (routes in full, level changes, gaps' learning), fetched once one is asked for. */
export const GET: RequestHandler = () => json(planDetailsOf(getFramework()));
