/**
 * Golden output: what the seeds become, recorded as files under
 * `__tests__/expected/` and compared file by file. Any change to a title, a
 * property, a body or a list block shows up in review as a diff of real
 * output. Re-record deliberately with `UPDATE_EXPECTED=1 npx vitest run
 * src/cli/golden.test.ts`: the run rewrites the files and then fails, so the
 * diff is read before it is committed.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog, catalogToJson, importCatalog } from '../core';
import { tempDir } from './__tests__/temp-dirs';
import { FsVault } from './fs-vault';

const REPO = join(__dirname, '../..');
const EXPECTED = join(__dirname, '__tests__/expected');
const UPDATE = process.env.UPDATE_EXPECTED === '1';
/** A fixed date, so `added` does not change with the day the tests run. */
const TODAY = '2026-01-15';

function seedCatalog() {
	const files = readdirSync(join(REPO, 'seeds')).sort();
	return buildCatalog(files.map((f) => ({ file: `seeds/${f}`, text: readFileSync(join(REPO, 'seeds', f), 'utf8') })));
}

function tree(dir: string): Map<string, string> {
	const out = new Map<string, string>();
	const walk = (d: string): void => {
		for (const e of readdirSync(d, { withFileTypes: true })) {
			const full = join(d, e.name);
			// The config folder holds the CLI's scan cache, not notes.
			if (e.isDirectory()) {
				if (e.name !== '.obsidian') walk(full);
			}
			else out.set(relative(dir, full).split('\\').join('/'), readFileSync(full, 'utf8'));
		}
	};
	walk(dir);
	return out;
}

/** Compare `actual` with the recorded files under `name`, or record them. */
function compareTree(name: string, actual: Map<string, string>): void {
	const dir = join(EXPECTED, name);
	if (UPDATE) {
		rmSync(dir, { recursive: true, force: true });
		for (const [path, text] of actual) {
			mkdirSync(dirname(join(dir, path)), { recursive: true });
			writeFileSync(join(dir, path), text);
		}
		throw new Error(`Re-recorded ${actual.size} files under ${relative(REPO, dir)}: read the diff, then run again without UPDATE_EXPECTED.`);
	}
	const expected = tree(dir);
	expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
	for (const [path, text] of actual) expect(text, path).toBe(expected.get(path));
}

describe('golden output of the seeds', () => {
	it('syllabus parse --json', () => {
		const json = JSON.stringify(catalogToJson(seedCatalog()), null, 2) + '\n';
		compareTree('parse', new Map([['seeds.json', json]]));
	});

	it('the vault that import writes', async () => {
		const dir = tempDir('syllabus-golden-');
		await importCatalog(new FsVault(dir), seedCatalog(), { folder: 'Syllabus', today: TODAY });
		compareTree('vault', tree(dir));
	});
});
