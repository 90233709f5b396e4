// Builds the two hosts of the core: the CLI (Node) and, once it exists, the
// Obsidian plugin (browser platform, so no Node built-ins reach mobile).
// `node esbuild.config.mjs production` builds once; without an argument it watches.
import { builtinModules } from 'node:module';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
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

// `npm run preview`: the plugin's view and picker in a web page, over the seeds, with
// obsidian-test-mocks (plus the page-side pieces in src/preview/runtime.ts) as `obsidian`.
const previewData = {
	name: 'preview-data',
	setup: (b) => {
		b.onResolve({ filter: /^virtual:seeds$/ }, () => ({ path: 'seeds', namespace: 'preview-data' }));
		b.onLoad({ filter: /.*/, namespace: 'preview-data' }, () => {
			const seeds = readdirSync('seeds').sort().map((f) => ({ file: `seeds/${f}`, text: readFileSync(`seeds/${f}`, 'utf8') }));
			const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));
			return { contents: `export const seeds = ${JSON.stringify(seeds)};\nexport const manifest = ${JSON.stringify(manifest)};`, loader: 'js', watchFiles: ['manifest.json', ...seeds.map((s) => s.file)] };
		});
		b.onEnd((r) => {
			if (r.errors.length) return;
			for (const [from, to] of [['src/preview/index.html', 'index.html'], ['src/preview/obsidian-theme.css', 'obsidian-theme.css'], ['styles.css', 'styles.css']]) {
				copyFileSync(from, `dist/preview/${to}`);
			}
		});
	},
};

const preview = {
	entryPoints: ['src/preview/main.ts'],
	outfile: 'dist/preview/preview.js',
	bundle: true,
	platform: 'browser',
	format: 'iife',
	target: 'es2022',
	alias: { obsidian: './src/preview/runtime.ts' },
	plugins: [previewData],
	sourcemap: 'linked',
	logLevel: 'warning',
};

if (process.argv[2] === 'preview') {
	mkdirSync('dist/preview', { recursive: true });
	await esbuild.build(preview);
	process.stdout.write(`Preview built: open ${new URL('dist/preview/index.html', `file://${process.cwd()}/`).href}\n`);
	process.exit(0);
}

if (process.argv[2] === 'bench') {
	await esbuild.build(bench);
	process.exit(0);
}

// `npm run quality`: the corpus's facts checked against the reader (`src/quality/`).
if (process.argv[2] === 'quality') {
	await esbuild.build({ entryPoints: ['src/quality/main.ts'], outfile: 'dist/quality.js', bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning' });
	process.exit(0);
}

const configs = [cli, ...(existsSync('src/plugin/main.ts') ? [plugin] : [])];

if (production) {
	await Promise.all(configs.map((c) => esbuild.build(c)));
} else {
	const contexts = await Promise.all(configs.map((c) => esbuild.context(c)));
	await Promise.all(contexts.map((c) => c.watch()));
}
