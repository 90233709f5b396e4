/**
 * Golden output of what a researcher lives with after the first import: the
 * CLI's report for a first import, an unchanged re-import, a dry run and a
 * re-import after the edits a researcher makes in Obsidian and in the list,
 * and the whole vault that re-import leaves. Recorded under
 * `expected/reimport/`; re-record as `golden-files.ts` says.
 *
 * Only what must vary is normalised: the temporary folder's path (in the
 * lists' `source` and in the report) becomes `<lists>`, and the list notes'
 * ids, which are minted from that path, become the ids the `<lists>` path
 * mints. Today's date is not normalised: the clock is set to a fixed day.
 */
import { copyFileSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { run } from '../main';
import { compareTree, normaliseLists, REPO, tree } from './golden-files';
import { tempDir } from './temp-dirs';

const SEEDS = ['000_2b7d31b80b4016fc.txt', '002_b4185ab2ae5688b7.txt'];

beforeAll(() => {
	vi.useFakeTimers({ toFake: ['Date'] });
	vi.setSystemTime(new Date('2026-01-15T09:00:00Z'));
});
afterAll(() => {
	vi.useRealTimers();
});

/** A folder of lists (copies of two seeds) and an empty vault beside it. */
function setUp(): { lists: string; vault: string; files: string[] } {
	const root = realpathSync(tempDir('syllabus-golden-reimport-'));
	const lists = join(root, 'lists');
	mkdirSync(lists);
	for (const s of SEEDS) copyFileSync(join(REPO, 'seeds', s), join(lists, s));
	return { lists, vault: join(root, 'vault'), files: SEEDS.map((s) => join(lists, s)) };
}

const normalise = (text: string, lists: string): string => normaliseLists(text, lists, SEEDS);

async function importText(args: string[], lists: string): Promise<string> {
	const res = await run(['import', ...args]);
	expect(res.stderr).toBe('');
	expect(res.code).toBe(0);
	return normalise(res.stdout, lists);
}

const edit = (path: string, change: (text: string) => string): void => {
	const before = readFileSync(path, 'utf8');
	const after = change(before);
	// An edit that no longer finds its place must not pass silently.
	expect(after, path).not.toBe(before);
	writeFileSync(path, after);
};

describe('golden output of a re-import', () => {
	it('reports a first import, an unchanged re-import, a dry run and an edited re-import, and pins the vault it leaves', async () => {
		const { lists, vault, files } = setUp();
		const args = [...files, '--vault', vault];
		const reports = new Map<string, string>();
		reports.set('reports/1-first.txt', await importText(args, lists));
		const first = tree(vault);
		reports.set('reports/2-unchanged.txt', await importText(args, lists));
		expect(tree(vault)).toEqual(first);

		// What a researcher does in Obsidian over a week.
		const S = join(vault, 'Syllabus');
		edit(join(S, 'Resources/RoPE embeddings.md'), (t) => t.replace('status: todo\n', 'status: reading\nstarted: 2026-01-12\n'));
		edit(join(S, 'Resources/Jina embeddings.md'), (t) => t.replace('status: todo\n', 'status: done\nstarted: 2026-01-10\nfinished: 2026-01-13\n'));
		edit(join(S, 'Resources/Jina embeddings.md'), (t) => t.replace('## Notes\n', '## Notes\n\n8k context through ALiBi; compare with [[RoPE embeddings]].\n- [ ] try it on the lab corpus\n'));
		renameSync(join(S, 'Resources/vllm.md'), join(S, 'Resources/vLLM serving engine.md'));
		mkdirSync(join(S, 'Resources/Embeddings'));
		renameSync(join(S, 'Resources/word2vec.md'), join(S, 'Resources/Embeddings/word2vec.md'));
		rmSync(join(S, 'Concepts/Cross Encoders.md'));
		edit(join(S, 'Lists/000_2b7d31b80b4016fc.md'), (t) => t.replace(/(Imported from .*\n)/, '$1\nPlan: attention before the LLMs, one section a week.\n') + '\n## Week 2\nRing attention needs the Flash Attention paper first.\n');
		// And in the list: an item added, one taken out, one ticked.
		edit(files[0]!, (t) => t
			.replace('\t6. Paged Attention:', '\t7. Multi-Query Attention: https://arxiv.org/abs/1911.02150\n\t6. Paged Attention:')
			.replace('\t3. Why 9.11 > 9.9 (Blog)\n', '')
			.replace('\t1. word2vec:', '\t1. [x] word2vec:'));

		const edited = tree(vault);
		reports.set('reports/3-dry-run.txt', await importText([...args, '--dry-run'], lists));
		expect(tree(vault)).toEqual(edited);
		reports.set('reports/4-edited.txt', await importText(args, lists));
		const actual = new Map(reports);
		for (const [path, text] of tree(vault)) actual.set(`vault/${path}`, normalise(text, lists));
		compareTree('reimport', actual);
	});
});
