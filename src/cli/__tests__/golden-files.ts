/**
 * Golden files: a folder read as a map of paths to text, compared with the
 * files recorded under `__tests__/expected/<name>`, or recorded there. Re-record
 * deliberately with `UPDATE_EXPECTED=1 npx vitest run src/cli/golden`: the run
 * rewrites the files and then fails, so the diff is read before it is committed.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { expect } from 'vitest';
import { listId } from '../../core';

export const REPO = join(__dirname, '../../..');
const EXPECTED = join(__dirname, 'expected');
const UPDATE = process.env.UPDATE_EXPECTED === '1';

/** Every file under `dir` by its `/`-separated path, leaving out the config folder (the CLI's scan cache, not notes). */
export function tree(dir: string): Map<string, string> {
	const out = new Map<string, string>();
	const walk = (d: string): void => {
		for (const e of readdirSync(d, { withFileTypes: true })) {
			const full = join(d, e.name);
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
export function compareTree(name: string, actual: Map<string, string>): void {
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

/**
 * Lists read from a temporary folder put its path in their notes' `source` and
 * in the report, and mint their notes' ids from it: the path becomes
 * `<lists>`, and each id the one `<lists>/<name>` mints.
 */
export function normaliseLists(text: string, lists: string, names: string[]): string {
	let out = text;
	for (const n of names) out = out.split(listId({ file: join(lists, n) })).join(listId({ file: `<lists>/${n}` }));
	return out.split(lists).join('<lists>');
}
