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
	it('is one topic note, counted across lists, while each row counts what its own list files there', async () => {
		const { lib, plan } = await seedPlan();
		const all = rows(plan.lists);
		const stats = planProgress(plan).topics;
		for (const title of ['Flash Attention', 'DPO', 'Mixture of Experts']) {
			const notes = [...lib.items.values()].filter((i) => i.title.toLowerCase() === title.toLowerCase());
			expect(notes.map((n) => n.type), title).toEqual(['topic']);
			const mine = all.filter((n) => n.path === notes[0]!.path);
			// Named in more than one place, at least once as a bare line with nothing under it.
			expect(mine.length, title).toBeGreaterThan(1);
			const bare = mine.filter((n) => n.children.length === 0);
			expect(bare.length, title).toBeGreaterThan(0);
			// A bare line holds nothing in its list; the topic note it links holds what the others file.
			for (const n of bare) expect(`${n.done}/${n.total}`, title).toBe('0/0');
			const topic = plan.topics.get(notes[0]!.path)!;
			expect(topic.total, title).toBeGreaterThan(0);
			for (const n of mine) expect(n.topic, title).toBe(topic);
			expect(topic.lists.length, title).toBeGreaterThan(1);
			const row = stats.filter((t) => t.path === notes[0]!.path);
			expect(row).toEqual([{ title: topic.title, path: topic.path, done: topic.done, reading: topic.reading, total: topic.total, lists: topic.lists.length }]);
		}
	});

	it('counts each row as its own list files it: a parent never below a child, a bare line 0/0, the topic notes across lists', async () => {
		const v = new MemoryVault();
		const one = '# One\n\n## A\n### B\n- [x] [First](https://a.io/1)\n';
		const two = '# Two\n\n## B\n### A\n- [Second](https://a.io/2)\n## C\n- A\n';
		await importCatalog(v, buildCatalog([{ file: 'one.md', text: one }, { file: 'two.md', text: two }]), { folder: 'Syllabus', today: '2026-01-15' });
		const lib = libraryFromFiles(v.files);
		const plan = buildStudyPlan(lib.items, lib.blocks, lib.resolver);
		const shown = rows(plan.lists).filter((n) => n.type !== 'item').map((n) => `${n.type}:${n.title} ${n.done}/${n.total}`);
		// One files First under A › B; Two files Second under B › A. C holds nothing but a line naming A.
		expect(shown).toEqual(['list:One 1/1', 'topic:A 1/1', 'topic:B 1/1', 'list:Two 0/1', 'topic:B 0/1', 'topic:A 0/1', 'topic:C 0/0', 'topic:A 0/0']);
		// The notes: A is what any list files directly under A (Second), B likewise (First); both appear in two lists.
		const notes = [...plan.topics.values()].map((t) => `${t.title} ${t.done}/${t.total} in ${t.lists.length}`).sort();
		expect(notes).toEqual(['A 0/1 in 2', 'B 1/1 in 2', 'C 0/0 in 1']);
	});
});
