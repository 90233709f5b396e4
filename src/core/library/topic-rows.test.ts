/**
 * A thing one list names as a single line and another spells out as a
 * section (the seeds' Flash Attention, DPO, Mixture of Experts) is one note
 * and one count: every row of it in the study plan, and its line in
 * `syllabus stats`, say the same, and none says 0/0 while the topic holds items.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../index';
import { importCatalog } from '../import/apply';
import { MemoryVault } from '../vault/memory-vault';
import { libraryFromFiles } from './from-files';
import { planProgress } from './progress';
import { buildStudyPlan, type PlanNode } from './tree';

const SEEDS = join(__dirname, '../../../seeds');

async function seedPlan() {
	const v = new MemoryVault();
	const sources = readdirSync(SEEDS).sort().map((f) => ({ file: `seeds/${f}`, text: readFileSync(join(SEEDS, f), 'utf8') }));
	await importCatalog(v, buildCatalog(sources), { folder: 'Syllabus', today: '2026-01-15' });
	const lib = libraryFromFiles(v.files);
	return { lib, plan: buildStudyPlan(lib.items, lib.blocks, lib.resolver) };
}

function rows(nodes: PlanNode[], out: PlanNode[] = []): PlanNode[] {
	for (const n of nodes) {
		out.push(n);
		rows(n.children, out);
	}
	return out;
}

describe('a topic one list names as a line and another as a section', () => {
	it('is one note with one count on every row, in the seeds', async () => {
		const { lib, plan } = await seedPlan();
		const all = rows(plan.lists);
		const stats = planProgress(plan).topics;
		for (const title of ['Flash Attention', 'DPO', 'Mixture of Experts']) {
			const notes = [...lib.items.values()].filter((i) => i.title.toLowerCase() === title.toLowerCase());
			expect(notes.map((n) => n.type), title).toEqual(['topic']);
			const mine = all.filter((n) => n.path === notes[0]!.path);
			// Named in more than one place, at least once as a bare line with nothing under it.
			expect(mine.length, title).toBeGreaterThan(1);
			expect(mine.some((n) => n.children.length === 0), title).toBe(true);
			const counts = new Set(mine.map((n) => `${n.type} ${n.done}/${n.total}`));
			expect(counts.size, `${title}: ${[...counts].join(', ')}`).toBe(1);
			const row = stats.filter((t) => t.path === notes[0]!.path);
			expect(row).toHaveLength(1);
			expect(row[0]!.total).toBeGreaterThan(0);
			expect(`topic ${row[0]!.done}/${row[0]!.total}`).toBe([...counts][0]);
		}
	});

	it('leaves no topic row at 0/0 in the seeds, and gives every topic one count', async () => {
		const { plan } = await seedPlan();
		const topics = rows(plan.lists).filter((n) => n.type === 'topic');
		expect(topics.filter((n) => n.total === 0).map((n) => n.title)).toEqual([]);
		const byPath = new Map<string, Set<string>>();
		for (const n of topics) byPath.set(n.path!, (byPath.get(n.path!) ?? new Set()).add(`${n.done}/${n.total}`));
		expect([...byPath].filter(([, c]) => c.size > 1)).toEqual([]);
	});

	it('counts what two lists file under each other once, however they nest', async () => {
		const v = new MemoryVault();
		const one = '# One\n\n## A\n### B\n- [x] [First](https://a.io/1)\n';
		const two = '# Two\n\n## B\n### A\n- [Second](https://a.io/2)\n## C\n- A\n';
		await importCatalog(v, buildCatalog([{ file: 'one.md', text: one }, { file: 'two.md', text: two }]), { folder: 'Syllabus', today: '2026-01-15' });
		const lib = libraryFromFiles(v.files);
		const plan = buildStudyPlan(lib.items, lib.blocks, lib.resolver);
		const shown = rows(plan.lists).filter((n) => n.type !== 'item').map((n) => `${n.type}:${n.title} ${n.done}/${n.total}`);
		// A and B each hold both papers, on every row; a list still counts only its own. C holds
		// nothing but a line naming A: what is filed under A elsewhere is A's, not C's.
		expect(shown).toEqual(['list:One 1/1', 'topic:A 1/2', 'topic:B 1/2', 'list:Two 0/1', 'topic:B 1/2', 'topic:A 1/2', 'topic:C 0/0', 'topic:A 1/2']);
	});
});

