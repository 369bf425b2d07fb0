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
		/**
		 * Only this site's own origin. SvelteKit hashes its one inline bootstrap script into
		 * script-src on every prerendered page; style attributes stay allowed because Svelte
		 * writes domain colours as style="--domain-colour: …", and an attribute cannot run code.
		 * blob: images are the PNG export drawing its own SVG; data: images are nhsuk-frontend icons.
		 */
		// Registered by UpdateNotice, which also announces new versions.
		serviceWorker: { register: false },
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		prerender: {
			entries: ['*'],
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
