import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * BASE_PATH hosts the explorer under a sub-path (GitHub Pages style), e.g.
 * BASE_PATH=/accend-explorer npm run build. It must start with "/" and have no
 * trailing slash; empty means the site sits at the root of its origin.
 */
const base = /** @type {'' | `/${string}`} */ (process.env.BASE_PATH ?? '');
if (base && (!base.startsWith('/') || base.endsWith('/'))) {
	throw new Error(
		`BASE_PATH must start with "/" and not end with one, e.g. /accend-explorer (got "${base}")`
	);
}

/** BUILD_DIR lets tests build a second copy (e.g. with a base path) beside the usual one. */
const outDir = process.env.BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// No SPA fallback: every route is prerendered to its own HTML file.
		adapter: adapter({ pages: outDir, assets: outDir, strict: true }),
		// Absolute paths (under the base) so that 404.html works at any depth.
		paths: { base, relative: false },
		prerender: {
			entries: ['*'],
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
