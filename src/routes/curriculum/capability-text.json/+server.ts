import { json } from '@sveltejs/kit';
import { curriculumTextOf } from '$lib/curriculum/data';
import { getFramework } from '$lib/server/framework';
import { getVocabulary } from '$lib/server/vocabulary';
import type { RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

/** The text suggestions read (descriptors, summaries, synonyms), fetched when mapping starts. */
export const GET: RequestHandler = () => json(curriculumTextOf(getFramework(), getVocabulary()));
