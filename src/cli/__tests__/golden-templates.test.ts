/**
 * Golden output of notes made from templates: a small reading list imported
 * with `--template`, `--concept-template` and `--topic-template` files shaped
 * as researchers write them (a Zotero-Integration-like paper note with a
 * `{{citekey}}` Syllabus does not know and a Templater `<% %>` command, a
 * concept note, a topic note), recorded under `expected/templates/` with the
 * report. Re-record as `golden-files.ts` says.
 *
 * Only what must vary is normalised: the temporary folder's path and the list
 * note's id minted from it (`normaliseLists`). Today's date is not normalised:
 * the clock is set to a fixed day.
 */
import { copyFileSync, mkdirSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { run } from '../main';
import { compareTree, normaliseLists, tree } from './golden-files';
import { tempDir } from './temp-dirs';

const FIXTURES = join(__dirname, 'golden-templates');
const LIST = 'retrieval-reading.md';

beforeAll(() => {
	vi.useFakeTimers({ toFake: ['Date'] });
	vi.setSystemTime(new Date('2026-01-15T09:00:00Z'));
});
afterAll(() => {
	vi.useRealTimers();
});

describe('golden output of notes from templates', () => {
	it('renders each kind of new note from its template, and reports the variable it does not know', async () => {
		const root = realpathSync(tempDir('syllabus-golden-templates-'));
		const lists = join(root, 'lists');
		mkdirSync(lists);
		copyFileSync(join(FIXTURES, LIST), join(lists, LIST));
		const vault = join(root, 'vault');
		const res = await run([
			'import', join(lists, LIST), '--vault', vault,
			'--template', join(FIXTURES, 'paper-template.md'),
			'--concept-template', join(FIXTURES, 'concept-template.md'),
			'--topic-template', join(FIXTURES, 'topic-template.md'),
		]);
		expect(res.stderr).toBe('');
		expect(res.code).toBe(0);
		const normalise = (text: string): string => normaliseLists(text, lists, [LIST]);
		const actual = new Map([['report.txt', normalise(res.stdout)]]);
		for (const [path, text] of tree(vault)) actual.set(`vault/${path}`, normalise(text));
		compareTree('templates', actual);
	});
});
