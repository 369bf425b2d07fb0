import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
	plugins: [sveltekit()],
	css: {
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
