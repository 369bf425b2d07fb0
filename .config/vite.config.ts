import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
	plugins: [sveltekit()],
	// framework-data/ sits beside src/ and is read at build time only.
	server: { fs: { allow: ['framework-data'] } },
	preview: { port: 4173, strictPort: false }
});
