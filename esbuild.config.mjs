// Builds the two hosts of the core: the CLI (Node) and, once it exists, the
// Obsidian plugin (browser platform, so no Node built-ins reach mobile).
// `node esbuild.config.mjs production` builds once; without an argument it watches.
import { builtinModules } from 'node:module';
import { chmodSync, existsSync } from 'node:fs';
import esbuild from 'esbuild';

const production = process.argv[2] === 'production';

const cli = {
	entryPoints: { cli: 'src/cli/main.ts', demo: 'src/cli/demo.ts' },
	outdir: 'dist',
	bundle: true,
	platform: 'node',
	format: 'cjs',
	target: 'node20',
	banner: { js: '#!/usr/bin/env node' },
	sourcemap: production ? false : 'inline',
	logLevel: 'info',
	plugins: [
		{
			name: 'executable',
			setup: (b) =>
				b.onEnd((r) => {
					if (!r.errors.length && existsSync('dist/cli.js')) chmodSync('dist/cli.js', 0o755);
				}),
		},
	],
};

const plugin = {
	entryPoints: ['src/plugin/main.ts'],
	outfile: 'main.js',
	bundle: true,
	platform: 'browser',
	format: 'cjs',
	target: 'es2018',
	external: ['obsidian', 'electron', '@codemirror/*', '@lezer/*', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
	sourcemap: production ? false : 'inline',
	minify: production,
	treeShaking: true,
	logLevel: 'info',
};

// The benchmark runs the plugin's view in jsdom with obsidian-test-mocks standing in for the app.
const bench = {
	entryPoints: ['src/bench/main.ts'],
	outfile: 'dist/bench.js',
	bundle: true,
	platform: 'node',
	format: 'cjs',
	target: 'node20',
	alias: { obsidian: 'obsidian-test-mocks/obsidian' },
	external: ['jsdom', 'obsidian-test-mocks', 'obsidian-test-mocks/*'],
	logLevel: 'warning',
};

if (process.argv[2] === 'bench') {
	await esbuild.build(bench);
	process.exit(0);
}

const configs = [cli, ...(existsSync('src/plugin/main.ts') ? [plugin] : [])];

if (production) {
	await Promise.all(configs.map((c) => esbuild.build(c)));
} else {
	const contexts = await Promise.all(configs.map((c) => esbuild.context(c)));
	await Promise.all(contexts.map((c) => c.watch()));
}
