/**
 * One report: the one the preview shows before anything is written is the
 * one the import gives after writing, for an import that creates notes,
 * adds to existing ones, moves statuses forward and replaces a list.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../index';
import { applyPlan, importCatalog, prepareImport, writeCount } from './apply';
import type { ImportOptions } from './plan';
import { MemoryVault } from '../vault/memory-vault';

const OPTIONS: ImportOptions = { folder: 'Syllabus', today: '2026-11-22' };
const FIRST = '# ML\n\n## Attention\n- [FlashAttention](https://arxiv.org/abs/2205.14135)\n- [Ring](https://arxiv.org/abs/2310.01889)\n- KV cache\n\n## Old\n- [Gone](https://gone.io/1)\n';
// FlashAttention done, Ring reading, Gone left the list, two new items, and Ring filed under a new topic too.
const SECOND = '# ML\n\n## Attention\n- [x] [FlashAttention](https://arxiv.org/abs/2205.14135)\n- [/] [Ring](https://arxiv.org/abs/2310.01889)\n- KV cache\n- [New paper](https://arxiv.org/abs/2401.00001)\n\n## Long context\n- [Ring](https://arxiv.org/abs/2310.01889)\n- Sparse attention\n';

async function importedOnce(): Promise<MemoryVault> {
	const v = new MemoryVault();
	await importCatalog(v, buildCatalog([{ file: 'ml.md', text: FIRST }]), OPTIONS);
	return v;
}

describe('the import report', () => {
	it('is the same before and after writing: creates, additions, status moves, a replaced list', async () => {
		const v = await importedOnce();
		const plan = await prepareImport(v, buildCatalog([{ file: 'ml.md', text: SECOND }]), OPTIONS);
		const preview = structuredClone(plan.report);
		const writesBefore = v.writes;
		const applied = await applyPlan(v, plan);
		expect(applied).toEqual(preview);
		// Every kind of change is in it, and it says what the vault now holds.
		expect(preview.created.map((c) => c.path).sort()).toEqual(['Syllabus/Concepts/Sparse attention.md', 'Syllabus/Resources/New paper.md', 'Syllabus/Topics/Long context.md']);
		expect(preview.advanced.map((a) => `${a.title} ${a.from}→${a.to}`)).toEqual(['FlashAttention todo→done', 'Ring todo→reading']);
		expect(preview.missing.map((m) => m.title).sort()).toEqual(['Gone', 'Old']);
		expect(preview.listChanges).toHaveLength(1);
		expect(preview.updated.find((u) => u.path === 'Syllabus/Lists/ML.md')?.fields).toEqual(['list']);
		expect(preview.updated.find((u) => u.path === 'Syllabus/Resources/Ring.md')?.fields).toEqual(expect.arrayContaining(['topics', 'status']));
		expect(v.writes - writesBefore).toBe(writeCount(preview));
		// What the report calls unchanged is: the next import writes nothing.
		expect(writeCount(await importCatalog(v, buildCatalog([{ file: 'ml.md', text: SECOND }]), OPTIONS))).toBe(0);
	});

	it('a dry run reports what the import then does', async () => {
		const v = await importedOnce();
		const dry = await importCatalog(v, buildCatalog([{ file: 'ml.md', text: SECOND }]), { ...OPTIONS, dryRun: true });
		const real = await importCatalog(v, buildCatalog([{ file: 'ml.md', text: SECOND }]), OPTIONS);
		expect(real).toEqual(dry);
	});

	it('reports a write that fails as skipped, and nothing else differently', async () => {
		const v = await importedOnce();
		const plan = await prepareImport(v, buildCatalog([{ file: 'ml.md', text: SECOND }]), OPTIONS);
		const create = v.create.bind(v);
		v.create = (path, content) => (path.endsWith('New paper.md') ? Promise.reject(new Error('disk full')) : create(path, content));
		const applied = await applyPlan(v, plan);
		expect(applied.created.map((c) => c.path)).toEqual(plan.report.created.map((c) => c.path).filter((p) => !p.endsWith('New paper.md')));
		expect(applied.skipped).toEqual([{ path: 'Syllabus/Resources/New paper.md', reason: 'could not be written: disk full' }]);
		expect({ ...applied, created: [], skipped: [] }).toEqual({ ...plan.report, created: [], skipped: [] });
	});
});
