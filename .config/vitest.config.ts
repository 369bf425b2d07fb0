import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { frameworkData } from './framework-data.ts';

// Unit and component tests: pure modules in node, components in jsdom.
export default defineConfig({
	plugins: [frameworkData(), sveltekit(), svelteTesting()],
	test: {
		include: ['tests/**/*.test.ts'],
		exclude: ['tests/e2e/**'],
		environment: 'node'
	}
});
