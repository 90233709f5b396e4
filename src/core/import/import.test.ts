/**
 * Import through the vault interface, on the seeds and on the cases that
 * lose people's work in other importers: re-import, renamed and moved notes,
 * broken YAML, files that are not ours, hostile titles, shared resources.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noteProperties } from './__tests__/props';
import { buildCatalog, type Catalog } from '../index';
import { importCatalog, writeCount } from './apply';
import { LinkResolver, linkTargets } from '../note/wikilinks';
import { MemoryVault } from '../vault/memory-vault';
import { MAX_NAME_BYTES, basenameOf } from '../note/names';
import type { ImportOptions } from './plan';

const SEEDS = join(__dirname, '../../../seeds');
const seedFiles = readdirSync(SEEDS).sort();
const seedCatalog = (): Catalog => buildCatalog(seedFiles.map((f) => ({ file: `seeds/${f}`, text: readFileSync(join(SEEDS, f), 'utf8') })));
const OPTIONS: ImportOptions = { folder: 'Syllabus', today: '2026-11-22' };
const list = (file: string, text: string): Catalog => buildCatalog([{ file, text }]);

const props = noteProperties;

function pathOf(v: MemoryVault, id: string): string {
	for (const [p, t] of v.files) if (t.includes(`syllabus-id: ${id}\n`)) return p;
	throw new Error(`no note for ${id}`);
}

describe('importing the seeds', () => {
	it('writes one note per resource, concept, topic and list, plus the base', async () => {
		const c = seedCatalog();
		const v = new MemoryVault();
		const report = await importCatalog(v, c, OPTIONS);
		const expected = c.resources.length + c.concepts.length + c.topics.length + c.lists.length + 1;
		expect(report.created).toHaveLength(expected);
		expect(v.files.size).toBe(expected);
		expect(report.skipped).toEqual([]);
		const folders = new Set([...v.files.keys()].map((p) => p.split('/').slice(0, 2).join('/')));
		expect(folders).toEqual(new Set(['Syllabus/Resources', 'Syllabus/Concepts', 'Syllabus/Topics', 'Syllabus/Lists', 'Syllabus/Syllabus.base']));
	});

	it('gives a resource note the properties Obsidian, Dataview and Bases read', async () => {
		const c = seedCatalog();
		const v = new MemoryVault();
		await importCatalog(v, c, OPTIONS);
		const fa = c.resources.find((r) => r.url === 'https://github.com/Dao-AILab/flash-attention')!;
		const path = pathOf(v, fa.id);
		expect(path).toBe('Syllabus/Resources/Flash Attention (repo).md');
		expect(props(v, path)).toEqual({
			status: 'todo',
			kind: 'repo',
			url: 'https://github.com/Dao-AILab/flash-attention',
			topics: ['[[Flash Attention]]'],
			lists: ['[[000_2b7d31b80b4016fc]]', '[[002_b4185ab2ae5688b7]]'],
			// Its name had to say `(repo)`; the lists' name for it stays findable.
			aliases: ['Flash Attention'],
			added: '2026-11-22',
			// Where it stands in the study order: the 13th item of the first list.
			order: 13,
			tags: ['syllabus/repo'],
			'syllabus-id': fa.id,
		});
		const paper = props(v, pathOf(v, c.resources.find((r) => r.arxiv === '2205.14135')!.id));
		expect(paper.arxiv).toBe('2205.14135');
		expect(paper.aliases).toEqual(['arXiv:2205.14135']);
		const done = c.resources.find((r) => r.title === 'Timeline and family tree')!;
		expect(props(v, pathOf(v, done.id)).status).toBe('done');
		const vllm = v.files.get(pathOf(v, c.resources.find((r) => r.title === 'vllm')!.id))!;
		expect(vllm).toContain('> Recommended by Jing Liu.');
		expect(vllm).toMatch(/\n## Notes\n\n$/);
	});

	it('links every note so that all links resolve to notes in the vault', async () => {
		const v = new MemoryVault();
		await importCatalog(v, seedCatalog(), OPTIONS);
		const resolver = new LinkResolver(v.files.keys());
		let links = 0;
		for (const [path, text] of v.files) {
			for (const target of linkTargets(text)) {
				links++;
				expect(resolver.resolve(target), `${path} → [[${target}]]`).toBeDefined();
			}
		}
		expect(links).toBeGreaterThan(1000);
		const names = [...v.files.keys()].filter((p) => p.endsWith('.md')).map((p) => basenameOf(p).toLowerCase());
		expect(new Set(names).size).toBe(names.length);
	});

	it('files topics under their parents and writes the list in its own order', async () => {
		const v = new MemoryVault();
		await importCatalog(v, seedCatalog(), OPTIONS);
		expect(props(v, 'Syllabus/Topics/PEFT.md').topics).toEqual(['[[Fine-tuning]]']);
		const l = v.files.get('Syllabus/Lists/000_2b7d31b80b4016fc.md')!;
		expect(props(v, 'Syllabus/Lists/000_2b7d31b80b4016fc.md').source).toBe('seeds/000_2b7d31b80b4016fc.txt');
		// Topics are plain items; study items carry their status as a task checkbox.
		expect(l).toContain('- [[Tokenization]]\n\t- [ ] [[Nlp course chapter6 5]]\n\t- [ ] [[openai - tiktoken|openai/tiktoken]]');
		expect(l.indexOf('[[Embeddings]]')).toBeLessThan(l.indexOf('[[Attention]]'));
	});
});

describe('re-import', () => {
	it('rewrites the list checkboxes with the statuses the reader set, and nothing else', async () => {
		const v = new MemoryVault();
		await importCatalog(v, seedCatalog(), OPTIONS);
		const list = 'Syllabus/Lists/000_2b7d31b80b4016fc.md';
		const note = 'Syllabus/Resources/word2vec.md';
		v.files.set(note, v.files.get(note)!.replace('status: todo', 'status: reading'));
		// The reader also ticked another box by hand: the block is ours, re-import writes the statuses of the notes.
		v.files.set(list, v.files.get(list)!.replace('- [ ] [[RoPE embeddings]]', '- [x] [[RoPE embeddings]]'));
		const report = await importCatalog(v, seedCatalog(), OPTIONS);
		expect(report.updated.map((u) => u.path)).toEqual([list]);
		expect(v.files.get(list)).toContain('\t- [/] [[word2vec]]\n\t- [ ] [[RoPE embeddings]]');
		expect(v.files.get(note)).toMatch(/^status: reading$/m);
	});


	it('changes zero files when nothing changed', async () => {
		const c = seedCatalog();
		const v = new MemoryVault();
		await importCatalog(v, c, OPTIONS);
		const before = new Map(v.files);
		const writes = v.writes;
		const report = await importCatalog(v, seedCatalog(), { ...OPTIONS, today: '2026-12-01' });
		expect(v.writes).toBe(writes);
		expect(writeCount(report)).toBe(0);
		expect(report.unchanged).toBe(before.size - 1);
		expect(v.files).toEqual(before);
	});

	it('finds a renamed, moved note by its id and keeps everything the reader did', async () => {
		const v = new MemoryVault();
		const first = list('ml.md', '# ML\n\n## Attention\n- [Flash Attention](https://arxiv.org/abs/2205.14135)\n');
		await importCatalog(v, first, OPTIONS);
		const old = 'Syllabus/Resources/Flash Attention.md';
		const mine = '---\nstatus: done\nkind: paper\nurl: https://arxiv.org/abs/2205.14135\ntopics:\n  - "[[Attention]]"\nlists:\n  - "[[ML]]"\nrating: 5\nfinished: 2026-11-20\nsyllabus-id: ' +
			first.resources[0]!.id + '\n---\nMy own summary of FlashAttention.\n';
		v.files.set(old, mine);
		v.rename(old, 'Reading/Done/FA paper.md');

		const second = list('ml.md', '# ML\n\n## Attention\n- [Flash Attention](https://arxiv.org/pdf/2205.14135v2)\n\n## GPU kernels\n- https://arxiv.org/abs/2205.14135\n- [Triton](https://triton-lang.org/)\n');
		const report = await importCatalog(v, second, OPTIONS);
		expect([...v.files.keys()].filter((p) => p.includes('Flash Attention'))).toEqual([]);
		const text = v.files.get('Reading/Done/FA paper.md')!;
		expect(text.endsWith('---\nMy own summary of FlashAttention.\n')).toBe(true);
		const p = props(v, 'Reading/Done/FA paper.md');
		expect(p).toMatchObject({ status: 'done', rating: 5, finished: '2026-11-20', topics: ['[[Attention]]', '[[GPU kernels]]'] });
		// The reader's name stands; the list it was already in adds no alias for its own old name.
		expect(report.updated).toContainEqual({ path: 'Reading/Done/FA paper.md', type: 'resource', fields: ['arxiv', 'pdf', 'topics'] });
		expect(p.pdf).toBe('https://arxiv.org/pdf/2205.14135');
		expect(p.aliases).toBeUndefined();
		expect(report.created.map((c) => c.path)).toEqual(['Syllabus/Topics/GPU kernels.md', 'Syllabus/Resources/Triton.md']);
		// The list note links to the note where the reader put it.
		expect(v.files.get('Syllabus/Lists/ML.md')).toContain('[[FA paper|Flash Attention]]');
	});

	it('adopts a note the reader wrote themselves when its url matches', async () => {
		const v = new MemoryVault({ 'Papers/Attention is all you need.md': '---\nurl: https://arxiv.org/pdf/1706.03762v7\nstatus: reading\n---\nNotes.\n' });
		const report = await importCatalog(v, list('l.md', '- [Transformer](https://arxiv.org/abs/1706.03762)'), OPTIONS);
		expect(report.created.filter((c) => c.type === 'resource')).toEqual([]);
		expect(props(v, 'Papers/Attention is all you need.md')).toMatchObject({ status: 'reading', url: 'https://arxiv.org/pdf/1706.03762v7', kind: 'paper', arxiv: '1706.03762' });
	});

	it('adds new items of a changed list and reports the ones that left, keeping their notes', async () => {
		const v = new MemoryVault();
		await importCatalog(v, list('l.md', '- [A](https://a.io/x)\n- [B](https://b.io/y)\n- Concept C'), OPTIONS);
		const report = await importCatalog(v, list('l.md', '- [A](https://a.io/x)\n- [D](https://d.io/z)'), OPTIONS);
		expect(report.created.map((c) => c.path)).toEqual(['Syllabus/Resources/D.md']);
		expect(report.missing.map((m) => m.path).sort()).toEqual(['Syllabus/Concepts/Concept C.md', 'Syllabus/Resources/B.md']);
		expect(v.files.has('Syllabus/Resources/B.md')).toBe(true);
		expect(report.updated).toEqual([{ path: 'Syllabus/Lists/l.md', type: 'list', fields: ['list'] }]);
	});

	it('reports an item that left two lists once per list, however its lists property spells them', async () => {
		const v = new MemoryVault();
		const two = (a: string, b: string): Catalog => buildCatalog([{ file: 'a.md', text: a }, { file: 'b.md', text: b }]);
		await importCatalog(v, two('- [S](https://s.io/x)\n- [K](https://k.io/x)', '- [S](https://s.io/x)\n- [K](https://k.io/x)'), OPTIONS);
		// The reader links list a twice, once by its path: still one membership.
		const s = 'Syllabus/Resources/S.md';
		v.files.set(s, v.files.get(s)!.replace('- "[[a]]"', '- "[[a]]"\n  - "[[Syllabus/Lists/a|A list]]"'));
		expect(props(v, s).lists).toEqual(['[[a]]', '[[Syllabus/Lists/a|A list]]', '[[b]]']);
		const report = await importCatalog(v, two('- [K](https://k.io/x)', '- [K](https://k.io/x)'), OPTIONS);
		expect(report.missing).toEqual([
			{ list: 'a', path: s, title: 'S' },
			{ list: 'b', path: s, title: 'S' },
		]);
		expect(report.listChanges).toEqual([
			{ list: 'a', path: 'Syllabus/Lists/a.md', leaving: 1, staying: 1 },
			{ list: 'b', path: 'Syllabus/Lists/b.md', leaving: 1, staying: 1 },
		]);
	});

	it('shares one note between two lists', async () => {
		const v = new MemoryVault();
		await importCatalog(v, buildCatalog([{ file: 'a.md', text: '- [FA](https://github.com/Dao-AILab/flash-attention)' }]), OPTIONS);
		// Two readings under the heading, so it is a topic (one alone would be named by it).
		await importCatalog(v, buildCatalog([{ file: 'b.md', text: '## Kernels\n- https://github.dev/dao-ailab/flash-attention\n- [Triton](https://github.com/triton-lang/triton)' }]), OPTIONS);
		const notes = [...v.files.keys()].filter((p) => p.startsWith('Syllabus/Resources/'));
		expect(notes).toEqual(['Syllabus/Resources/FA.md', 'Syllabus/Resources/Triton.md']);
		expect(props(v, 'Syllabus/Resources/FA.md')).toMatchObject({ lists: ['[[a]]', '[[b]]'], topics: ['[[Kernels]]'] });
	});

	it('leaves a note with broken YAML untouched and reports it, creating no duplicate', async () => {
		const v = new MemoryVault();
		const c = list('l.md', '- [A](https://a.io/x)');
		await importCatalog(v, c, OPTIONS);
		const broken = `---\nstatus: [done\nsyllabus-id: ${c.resources[0]!.id}\n---\nmine`;
		v.files.set('Syllabus/Resources/A.md', broken);
		const report = await importCatalog(v, list('l.md', '- [A](https://a.io/x)\n- [B](https://b.io/y)'), OPTIONS);
		expect(v.files.get('Syllabus/Resources/A.md')).toBe(broken);
		expect(report.skipped).toHaveLength(1);
		expect(report.skipped[0]!.path).toBe('Syllabus/Resources/A.md');
		expect(report.skipped[0]!.reason).toContain('not valid YAML');
		expect([...v.files.keys()].filter((p) => p.startsWith('Syllabus/Resources/'))).toEqual(['Syllabus/Resources/A.md', 'Syllabus/Resources/B.md']);
	});

	it('never writes over a file that is not ours', async () => {
		const v = new MemoryVault({ 'Syllabus/Topics/Attention.md': 'My own attention note.', 'Notes/flash attention.md': 'mine too' });
		await importCatalog(v, list('l.md', '## Attention\n- [Flash Attention](https://a.io/fa)'), OPTIONS);
		expect(v.files.get('Syllabus/Topics/Attention.md')).toBe('My own attention note.');
		expect(v.files.has('Syllabus/Topics/Attention (topic).md')).toBe(true);
		// A name another note already has anywhere in the vault would make the reader's links ambiguous.
		expect(v.files.has('Syllabus/Resources/Flash Attention (article).md')).toBe(true);
	});

	it('writes nothing on a dry run and reports the same plan', async () => {
		const v = new MemoryVault();
		const dry = await importCatalog(v, seedCatalog(), { ...OPTIONS, dryRun: true });
		expect(v.files.size).toBe(0);
		const real = await importCatalog(v, seedCatalog(), OPTIONS);
		expect(dry).toEqual(real);
	});
});

describe('hostile titles', () => {
	it('keeps every path inside the folder with safe, distinct, bounded names', async () => {
		const titles = ['../../escape', 'CON', 'nul', 'x'.repeat(400), '😀'.repeat(100), 'a#b^c[d]e|f', 'Same', 'same', 'SAME', '.dotfile', 'trailing. '];
		const text = titles.map((t, i) => `- [${t.replace(/[[\]]/g, '\\$&')}](https://example.org/${i})`).join('\n');
		const v = new MemoryVault();
		const report = await importCatalog(v, list('h.md', text), OPTIONS);
		const resources = report.created.filter((c) => c.type === 'resource').map((c) => c.path);
		expect(resources).toHaveLength(titles.length);
		expect(new Set(resources.map((p) => p.toLowerCase())).size).toBe(titles.length);
		for (const p of resources) {
			expect(p.startsWith('Syllabus/Resources/')).toBe(true);
			const name = basenameOf(p);
			expect(name.includes('/') || name.includes('..') || /[\\:*?"<>|#^[\]]/.test(name), p).toBe(false);
			expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(MAX_NAME_BYTES);
			expect(/^(con|nul)$/i.test(name)).toBe(false);
		}
		// The original title lives on as an alias.
		const traversal = resources.find((p) => p.includes('escape'))!;
		expect(props(v, traversal).aliases).toEqual(['../../escape']);
		// A folder option that tries to leave the vault is cut back to a folder inside it.
		const w = new MemoryVault();
		await importCatalog(w, list('x.md', '- [A](https://a.io/)'), { ...OPTIONS, folder: '../../outside' });
		expect([...w.files.keys()].every((p) => p.startsWith('outside/'))).toBe(true);
	});
});
