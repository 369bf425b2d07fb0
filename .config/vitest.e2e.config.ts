import { defineConfig } from 'vitest/config';

// Browser journeys against the built site in the system Chromium. One file at a
// time: two cores do not run several Chromiums well.
export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.test.ts'],
		environment: 'node',
		fileParallelism: false,
		testTimeout: 60_000,
		hookTimeout: 180_000
	}
});
