import { sveltekit } from '@sveltejs/kit/vite';
import { join } from 'node:path';
import { defineConfig } from 'vite';
import { pruneUnusedNhsuk } from '../src/cli/prune-css.ts';
import { frameworkData } from './framework-data.ts';

const ROOT = join(import.meta.dirname, '..');

export default defineConfig({
	plugins: [frameworkData(), sveltekit()],
	css: {
		// Only the nhsuk-frontend styles the site's source can use reach the browser.
		postcss: {
			plugins: [
				pruneUnusedNhsuk(['src/lib', 'src/routes', 'src/app.html'].map((p) => join(ROOT, p)))
			]
		},
		preprocessorOptions: {
			scss: {
				// nhsuk-frontend's icons are served from this site, under its base path.
				additionalData: `$app-images-path: "${process.env.BASE_PATH ?? ''}/assets/images/";\n`
			}
		}
	},
	// framework-data/ sits beside src/ and is read at build time only.
	server: { fs: { allow: ['framework-data'] } },
	preview: { port: 4173, strictPort: false }
});
