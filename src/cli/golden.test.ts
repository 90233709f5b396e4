/**
 * Golden output: what the seeds become, recorded as files under
 * `__tests__/expected/` and compared file by file. Any change to a title, a
 * property, a body or a list block shows up in review as a diff of real
 * output. Re-record deliberately with `UPDATE_EXPECTED=1 npx vitest run
 * src/cli/golden`: the run rewrites the files and then fails, so the
 * diff is read before it is committed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { buildCatalog, catalogToJson, importCatalog } from '../core';
import { compareTree, REPO, tree } from './__tests__/golden-files';
import { tempDir } from './__tests__/temp-dirs';
import { FsVault } from './fs-vault';

/** A fixed date, so `added` does not change with the day the tests run. */
const TODAY = '2026-01-15';

function seedCatalog() {
	const files = readdirSync(join(REPO, 'seeds')).sort();
	return buildCatalog(files.map((f) => ({ file: `seeds/${f}`, text: readFileSync(join(REPO, 'seeds', f), 'utf8') })));
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
