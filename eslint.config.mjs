// Lint as the Obsidian community review does: eslint-plugin-obsidianmd's
// recommended config (which brings type-checked typescript-eslint), with no
// rule switched off. The core's purity is enforced here too.
import { defineConfig } from 'eslint/config';
import obsidianmd from 'eslint-plugin-obsidianmd';
import globals from 'globals';
import { builtinModules } from 'node:module';

// Source files, held to the layout rules below; tests are not (their fixtures are the text
// under test). `src/lint/long-lines.ts` counts lines over 120 columns in the same files.
const SOURCE = { files: ['src/**/*.ts'], ignores: ['src/**/*.test.ts', 'src/**/*.e2e.ts', 'src/**/__tests__/**'] };

export default defineConfig([
	{ ignores: ['node_modules/**', 'dist/**', 'main.js', 'demo-vault/**', 'coverage/**', '.vitest-results.json'] },
	...obsidianmd.configs.recommended,
	{
		languageOptions: {
			parserOptions: {
				projectService: {
					allowDefaultProject: ['eslint.config.mjs', 'esbuild.config.mjs', 'version-bump.mjs'],
				},
				tsconfigRootDir: import.meta.dirname,
			},
		},
	},
	{
		// The CLI, the tests, the quality and long-line checks and the build scripts run in Node and
		// never ship in the plugin bundle, so the rules that keep that bundle mobile-safe do not apply.
		files: ['src/cli/**/*.ts', 'src/bench/**/*.ts', 'src/quality/**/*.ts', 'src/lint/**/*.ts', 'src/**/*.test.ts', 'src/**/__tests__/**/*.ts', '*.mjs', '*.config.mts'],
		languageOptions: { globals: { ...globals.node } },
		rules: {
			'obsidianmd/no-nodejs-modules': 'off',
			'obsidianmd/hardcoded-config-path': 'off',
			// Node has no requestUrl and no popout windows: the CLI uses fetch and Node's timers.
			'no-restricted-globals': 'off',
			'obsidianmd/prefer-window-timers': 'off',
		},
	},
	{
		// The benchmark builds a DOM in Node to time the view: plain DOM calls and
		// globals are its subject, not a popout-window concern.
		files: ['src/bench/**/*.ts'],
		rules: {
			'obsidianmd/no-global-this': 'off',
			'obsidianmd/prefer-window-timers': 'off',
			'obsidianmd/prefer-create-el': 'off',
		},
	},
	{
		// Lines a reviewer can read without scrolling sideways; long strings, templates,
		// regular expressions and URLs are data, not layout, and may run on.
		...SOURCE,
		rules: { 'max-len': ['error', { code: 200, tabWidth: 4, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true }] },
	},
	{
		// A source file a reader can hold in mind: at most 300 lines, split by what its parts do
		// when it grows past. Every line counts, blank and comment lines too: the comments are
		// part of what a reader reads, and the limit is the number `wc -l` shows.
		...SOURCE,
		rules: { 'max-lines': ['error', { max: 300, skipBlankLines: false, skipComments: false }] },
	},
	{
		// The core runs in Obsidian (desktop and mobile), Node and a browser: no app, no Node.
		files: ['src/core/**/*.ts'],
		ignores: ['src/core/**/*.test.ts', 'src/core/**/__tests__/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [
						{ name: 'obsidian', message: 'src/core is pure: only src/plugin imports obsidian.' },
						...builtinModules.map((name) => ({ name, message: 'src/core is pure: no Node built-ins.' })),
					],
					patterns: [{ regex: '^node:', message: 'src/core is pure: no Node built-ins.' }],
				},
			],
		},
	},
]);
