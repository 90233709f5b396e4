import { defineConfig } from 'vitest/config';

// Dates in properties are where time zones bite: every run is in UTC.
process.env.TZ = 'UTC';

export default defineConfig({
	// `obsidian` ships types only; plugin tests run against obsidian-test-mocks
	// (in a jsdom environment, set per file), the core never imports it.
	resolve: { alias: { obsidian: 'obsidian-test-mocks/obsidian' } },
	test: {
		include: ['src/**/*.test.ts'],
		environment: 'node',
		// .ci/run reads the JSON report to print its closing `N passed, N failed` line.
		reporters: ['default', ['json', { outputFile: '.vitest-results.json' }]],
		testTimeout: 20_000,
	},
});
