import { getFramework } from '$lib/server/framework';
import type { RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

/** The web app manifest, named for the framework the site is built from (it was a static file). */
export const GET: RequestHandler = () => {
	const name = getFramework().meta.shortName;
	const manifest = {
		name: `${name} explorer`,
		short_name: name,
		description: `An independent explorer of the ${name} cancer career and education framework: levels, roles, capabilities, self-assessment and curriculum mapping. Works offline.`,
		lang: 'en-GB',
		start_url: './',
		scope: './',
		display: 'standalone',
		background_color: '#f0f4f5',
		theme_color: '#005eb8',
		icons: [
			{ src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
			{ src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
			{ src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' }
		]
	};
	return new Response(JSON.stringify(manifest, null, '\t'), {
		headers: { 'content-type': 'application/manifest+json' }
	});
};
