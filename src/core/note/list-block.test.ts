/**
 * The list block both ways: what import renders, the library parses back to
 * the same entries (the note each line links to, its depth, its status), in
 * the shapes real lists have.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../index';
import type { CatalogList, ListEntry, Status } from '../types';
import { importCatalog, writeCount } from '../import/apply';
import { BLOCK_BEGIN, BLOCK_END, blockChange, listBlock, parseBlockLine, parseListBlock, sameBlock, setLineBox } from './list-block';
import { LinkResolver } from './wikilinks';
import { MemoryVault } from '../vault/memory-vault';
import { noteProperties } from '../import/__tests__/props';

/** What a block says about each entry: depth, the note it reaches (or its text), its status. */
type Said = [depth: number, what: string, status?: Status];

function entry(type: 'resource' | 'concept' | 'topic' | 'text', title: string, children: ListEntry[] = []): ListEntry {
	return { ref: type === 'text' ? { type } : { type, id: `${type}:${title}` }, title, line: 0, children };
}

function list(entries: ListEntry[], notes: CatalogList['notes'] = []): CatalogList {
	return { file: 'l.md', title: 'L', entries, notes, resourceIds: [], conceptIds: [], topicIds: [], report: { readings: 0, related: 0, leftOut: [], commentedOut: [], titles: { list: 0, heading: 0, address: 0 } } };
}

/** Read a note's block back into what it says, resolving each link. */
function readBack(text: string, resolver: LinkResolver): Said[] {
	return parseListBlock(text).map((l): Said => [l.depth, l.target ? (resolver.resolve(l.target) ?? `unresolved:${l.target}`) : `text:${l.text}`, ...(l.checkbox ? [l.checkbox] : [])] as Said);
}

describe('the list block round trip', () => {
	// Notes by entry id; two notes named "FA" make the second link spell its folder.
	const paths: Record<string, string> = {
		'topic:Attention — 注意': 'S/Topics/Attention — 注意.md',
		'resource:FA | fast]': 'S/Resources/FA.md',
		'resource:Ring': 'S/Resources/Ring attention.md',
		'concept:KV cache': 'S/Concepts/KV cache.md',
		'topic:Über Kernels': 'S/Topics/Über Kernels.md',
		'resource:FA again': 'S/Resources/FA.md',
		'resource:Triton': 'S/Resources/Triton (repo).md',
		'concept:Mixture of Experts': 'S/Concepts/Mixture of Experts.md',
	};
	const resolver = new LinkResolver([...Object.values(paths), 'Mine/FA.md']);
	const status: Record<string, Status> = { 'resource:FA | fast]': 'done', 'resource:FA again': 'done', 'resource:Ring': 'reading', 'concept:KV cache': 'todo', 'resource:Triton': 'skipped', 'concept:Mixture of Experts': 'todo' };
	const idOf = (e: ListEntry): string | undefined => (e.ref.type === 'text' ? undefined : e.ref.id);
	const shapes = list([
		entry('topic', 'Attention — 注意', [
			entry('resource', 'FA | fast]'),
			entry('resource', 'Ring'),
			entry('concept', 'KV cache'),
			entry('topic', 'Über Kernels', [entry('resource', 'FA again'), entry('resource', 'Triton'), entry('text', '[x] a line that looks like a box')]),
		]),
		entry('text', 'read §3 first\nthen the code'),
		entry('concept', 'Mixture of Experts'),
	], [{ line: 9, text: '```py\nx = 1\n```' }]);

	it('parses back the entries, depths and statuses it renders', () => {
		const block = listBlock(shapes, (e) => (idOf(e) ? resolver.link(paths[idOf(e)!]!, e.title) : undefined), (e) => status[idOf(e) ?? '']);
		expect(readBack(`---\n---\n${block}\n`, resolver)).toEqual<Said[]>([
			[0, 'S/Topics/Attention — 注意.md'],
			[1, 'S/Resources/FA.md', 'done'],
			[1, 'S/Resources/Ring attention.md', 'reading'],
			[1, 'S/Concepts/KV cache.md', 'todo'],
			[1, 'S/Topics/Über Kernels.md'],
			[2, 'S/Resources/FA.md', 'done'],
			[2, 'S/Resources/Triton (repo).md', 'skipped'],
			[2, 'text:[x] a line that looks like a box'],
			[0, 'text:read §3 first then the code'],
			[0, 'S/Concepts/Mixture of Experts.md', 'todo'],
		]);
		// Display text keeps what a link can hold; `|` and `]` would end the link, so they become spaces.
		expect(parseBlockLine(block.split('\n')[2]!)).toEqual({ depth: 1, target: 'S/Resources/FA', text: 'FA   fast ', checkbox: 'done' });
		expect(block.startsWith(`${BLOCK_BEGIN}\n`) && block.endsWith(`\n${BLOCK_END}`)).toBe(true);
	});

	it('reads back what an import wrote, entry for entry', async () => {
		const text = '# Round trip\n\n## Attention — 注意\n- [x] [FlashAttention | fast](https://arxiv.org/abs/2205.14135)\n- [/] [Ring](https://arxiv.org/abs/2310.01889)\n- **KV cache**: what a decoder keeps\n### Über Kernels\n- [FlashAttention again](https://arxiv.org/abs/2205.14135)\n- [-] [Triton](https://github.com/triton-lang/triton)\n\n## Fine-tuning\n- LoRA\n- [DPO](https://arxiv.org/abs/2305.18290)\n';
		const catalog = buildCatalog([{ file: 'lists/rt.md', text }]);
		const v = new MemoryVault({ 'Other/FlashAttention - fast.md': 'mine' });
		await importCatalog(v, catalog, { folder: 'Syllabus', today: '2026-01-01' });
		const pathOf = new Map<string, string>();
		for (const p of v.files.keys()) if (p.startsWith('Syllabus/') && p.endsWith('.md')) pathOf.set(String(noteProperties(v, p)['syllabus-id']), p);
		const statusOf = new Map([...catalog.resources, ...catalog.concepts].map((i) => [i.id, i.status]));
		const want: Said[] = [];
		const walk = (entries: ListEntry[], depth: number): void => {
			for (const e of entries) {
				const id = e.ref.type === 'text' ? undefined : e.ref.id;
				const st = id ? statusOf.get(id) : undefined;
				want.push([depth, id ? pathOf.get(id)! : `text:${e.title}`, ...(st ? [st] : [])] as Said);
				walk(e.children, depth + 1);
			}
		};
		walk(catalog.lists[0]!.entries, 0);
		const listNote = [...v.files.keys()].find((p) => p.startsWith('Syllabus/Lists/'))!;
		expect(want.length).toBe(10);
		expect(readBack(v.files.get(listNote)!, new LinkResolver(v.files.keys()))).toEqual(want);
	});
});

describe('a block line', () => {
	it('sets only the box of a line with a box and a link', () => {
		const done = (): Status => 'done';
		expect(setLineBox('\t- [ ] [[FA|Flash]]', done)).toBe('\t- [x] [[FA|Flash]]');
		expect(setLineBox('- [x] [[FA]]', done)).toBe('- [x] [[FA]]');
		expect(setLineBox('- [[Topic]]', done)).toBe('- [[Topic]]');
		expect(setLineBox('- [ ] plain words', done)).toBe('- [ ] plain words');
	});
});

describe('a planned block against the note', () => {
	const note = (block: string): string => `---\nx: 1\n---\nImported.\n\n${block}\n\n## Notes\n\nmine\n`;
	const block = (lines: string[]): string => `${BLOCK_BEGIN}\n${lines.join('\n')}\n${BLOCK_END}`;

	it('replaces only the block, leaves an equal one alone, and a note without markers untouched', () => {
		const before = note(block(['- [ ] [[A]]']));
		expect(blockChange(before, block(['- [ ] [[A]]']))).toEqual({ text: null });
		expect(blockChange(before, block(['- [x] [[A]]'])).text).toBe(note(block(['- [x] [[A]]'])));
		const gone = blockChange('no markers\n', block(['- [ ] [[A]]']));
		expect(gone.text).toBeNull();
		expect(gone.reason).toContain('removed by the reader');
	});

	it('counts a link to the same note as the same line, and nothing else', () => {
		const notes = new LinkResolver(['S/New.md', 'S/Other.md']);
		const same = (a: string, b: string): boolean => notes.resolve(a) === notes.resolve(b);
		const planned = block(['- [[Topic]]', '\t- [x] [[New|Old]]', '\t- plain']);
		expect(sameBlock(block(['- [[Topic]]', '\t- [x] [[S/New]]', '\t- plain']), planned, same)).toBe(true);
		expect(sameBlock(block(['- [[Topic]]', '\t- [ ] [[New]]', '\t- plain']), planned, same)).toBe(false);
		expect(sameBlock(block(['- [[Topic]]', '- [x] [[New]]', '\t- plain']), planned, same)).toBe(false);
		expect(sameBlock(block(['- [[Topic]]', '\t- [x] [[Other|Old]]', '\t- plain']), planned, same)).toBe(false);
		expect(sameBlock(block(['- [[Topic]]', '\t- [x] [[New]]', '\t- plainer']), planned, same)).toBe(false);
		expect(sameBlock(block(['- [[Topic]]', '\t- [x] [[New]]']), planned, same)).toBe(false);
	});
});

describe('re-import after the reader renames notes in Obsidian', () => {
	const OPTIONS = { folder: 'Syllabus', today: '2026-01-01' };
	const ML = '# ML\n\n## Attention\n- [FlashAttention](https://arxiv.org/abs/2205.14135)\n- [Ring](https://arxiv.org/abs/2310.01889)\n- KV cache\n\n## Kernels\n- [Triton](https://github.com/triton-lang/triton)\n';
	const LIST = 'Syllabus/Lists/ML.md';

	/** Rename a note as Obsidian does: move it and rewrite every link to it, keeping the old name as display text or not. */
	function obsidianRename(v: MemoryVault, from: string, to: string, keepDisplay: boolean): void {
		const name = (p: string): string => p.slice(p.lastIndexOf('/') + 1, -3);
		v.rename(from, to);
		const link = new RegExp(`\\[\\[${name(from)}(\\|[^\\]]*)?\\]\\]`, 'g');
		for (const [p, t] of v.files) v.files.set(p, t.replace(link, (_m: string, display?: string) => `[[${name(to)}${display ?? (keepDisplay ? `|${name(from)}` : '')}]]`));
	}

	async function renamed(): Promise<MemoryVault> {
		const v = new MemoryVault();
		await importCatalog(v, buildCatalog([{ file: 'ml.md', text: ML }]), OPTIONS);
		obsidianRename(v, 'Syllabus/Resources/Ring.md', 'Syllabus/Resources/Ring attention.md', false);
		obsidianRename(v, 'Syllabus/Resources/FlashAttention.md', 'Syllabus/Resources/Flash.md', true);
		obsidianRename(v, 'Syllabus/Topics/Kernels.md', 'Syllabus/Topics/GPU kernels.md', false);
		// A vault whose links spell the path ("absolute path in vault").
		v.files.set(LIST, v.files.get(LIST)!.replace('[[Triton]]', '[[Syllabus/Resources/Triton|Triton]]'));
		return v;
	}

	it('writes nothing when the list says what its block says, whatever the links are called now', async () => {
		const v = await renamed();
		const block = v.files.get(LIST)!;
		expect(block).toContain('- [ ] [[Flash|FlashAttention]]\n\t- [ ] [[Ring attention]]');
		const report = await importCatalog(v, buildCatalog([{ file: 'ml.md', text: ML }]), OPTIONS);
		expect(writeCount(report)).toBe(0);
		expect(v.files.get(LIST)).toBe(block);
	});

	it('still writes a block whose entries changed: an item added, a status, an order, a depth', async () => {
		const changed = [
			ML.replace('- KV cache\n', '- KV cache\n- [New](https://arxiv.org/abs/2401.00001)\n'),
			ML.replace('- [Ring]', '- [x] [Ring]'),
			ML.replace('- [FlashAttention](https://arxiv.org/abs/2205.14135)\n- [Ring](https://arxiv.org/abs/2310.01889)', '- [Ring](https://arxiv.org/abs/2310.01889)\n- [FlashAttention](https://arxiv.org/abs/2205.14135)'),
			ML.replace('## Kernels\n', '### Kernels\n'),
		];
		for (const text of changed) {
			const v = await renamed();
			const report = await importCatalog(v, buildCatalog([{ file: 'ml.md', text }]), OPTIONS);
			expect(report.updated.find((u) => u.path === LIST)?.fields, text).toEqual(['list']);
			expect(v.files.get(LIST), text).toContain('[[Ring attention|Ring]]');
		}
	});
});
