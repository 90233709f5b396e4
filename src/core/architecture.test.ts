/**
 * Guards the layering that the folders promise: `src/core` imports neither
 * `obsidian` nor Node built-ins, so it runs unchanged in Obsidian on desktop
 * and mobile, in Node and in a browser. The lint config says the same; this
 * test fails even where lint is not run.
 */
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../lint/source-files';

const NODE = new Set(builtinModules);

/** Module specifiers a file imports or requires that the core may not use. */
export function forbiddenImports(source: string): string[] {
	const specs = [...source.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
	return specs.filter((s) => s === 'obsidian' || s.startsWith('obsidian/') || s.startsWith('node:') || NODE.has(s.split('/')[0]!));
}

describe('architecture', () => {
	it('recognises what the core must not import', () => {
		expect(forbiddenImports("import { readFileSync } from 'node:fs';\nimport { App } from 'obsidian';\nconst p = require('path');\nimport 'fs';")).toEqual(['node:fs', 'obsidian', 'path', 'fs']);
		expect(forbiddenImports("import { parse } from 'yaml';\nimport type { Kind } from '../types';")).toEqual([]);
	});

	it('keeps src/core free of obsidian and Node imports', () => {
		const root = join(__dirname);
		const files = sourceFiles(root);
		expect(files.length).toBeGreaterThan(10);
		const offenders = files.flatMap((f) => forbiddenImports(readFileSync(f, 'utf8')).map((s) => `${relative(root, f)}: ${s}`));
		expect(offenders).toEqual([]);
	});
});
