import { defineConfig } from 'vitest/config';

// The browser tests: the preview page (built by `npm run preview`) in Debian's
// headless Chromium, driven by playwright-core. `npm run test:e2e` builds the
// page first; .ci/run runs it after `npm test` and counts both reports.
export default defineConfig({
	test: {
		include: ['src/**/*.e2e.ts'],
		environment: 'node',
		reporters: ['default', ['json', { outputFile: '.vitest-e2e-results.json' }]],
		testTimeout: 60_000,
		hookTimeout: 60_000,
		// One browser at a time: CI machines have two cores.
		fileParallelism: false,
	},
});
