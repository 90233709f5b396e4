import { describe, expect, it } from 'vitest';
import { buildCatalog, localDate } from '../index';
import { importCatalog } from '../import/apply';
import { LinkResolver } from '../note/wikilinks';
import { MemoryVault } from '../vault/memory-vault';
import { libraryFromFiles, type LibraryFromFiles } from './from-files';
import { displayTitle, libraryItem } from './library';
import { applyStatusChange, isAdvance, nextStatus, statusChange } from '../note/status-moves';
import { planProgress } from './progress';
import { buildStudyPlan, studyOrder, type PlanNode } from './tree';
import { parseBlockLines, parseListBlock } from '../note/list-block';

async function library(text: string): Promise<LibraryFromFiles & { vault: MemoryVault }> {
	const vault = new MemoryVault();
	await importCatalog(vault, buildCatalog([{ file: 'ml.md', text }]), { folder: 'Syllabus', today: '2026-11-22' });
	return { ...libraryFromFiles(vault.files), vault };
}

const LIST = '# ML\n\n## Attention\n- [FA](https://a.io/fa) [DONE]\n- [Ring](https://a.io/ring)\n\n## Fine-tuning\n- LoRA\n  - [QLoRA paper](https://a.io/qlora)\n- DPO\n- [Skip me](https://a.io/skip)\n';

function shape(n: PlanNode, depth = 0): string[] {
	return [`${'  '.repeat(depth)}${n.type}:${n.title} ${n.done}/${n.total}`, ...n.children.flatMap((c) => shape(c, depth + 1))];
}

describe('library items', () => {
	it('reads what a note is from its properties alone', () => {
		expect(libraryItem('a/FA.md', { 'syllabus-id': 'r-1', status: 'reading', kind: 'paper', url: 'https://a.io', topics: ['[[Attention]]'], lists: '[[ML]]', aliases: ['Flash'] })).toEqual({
			id: 'r-1', path: 'a/FA.md', title: 'FA', type: 'resource', status: 'reading', kind: 'paper', url: 'https://a.io', aliases: ['Flash'], topicLinks: ['Attention'], listLinks: ['ML'],
		});
		expect(libraryItem('t.md', { 'syllabus-id': 't-1', tags: ['syllabus/topic'] })?.type).toBe('topic');
		expect(libraryItem('x.md', { status: 'todo' })).toBeUndefined();
		expect(libraryItem('c.md', { 'syllabus-id': 'c-1', status: 'weird' })?.status).toBe('todo');
	});

	it('shows the title the reader knows, not the file-safe name', () => {
		// The file name lost the `>` that no file system allows; the alias kept it.
		expect(displayTitle('C/Why 9.11 9.9.md', {}, ['Why 9.11 > 9.9'])).toBe('Why 9.11 > 9.9');
		expect(displayTitle('R/openai - tiktoken.md', {}, ['openai/tiktoken'])).toBe('openai/tiktoken');
		// Another label of the same paper is not its title; a `title` property names a note whose
		// file name is made from it or from its URL, never one the reader renamed.
		expect(displayTitle('R/Practical Tips for LoRA.md', {}, ['tips on fine tuning'])).toBe('Practical Tips for LoRA');
		expect(displayTitle('R/arXiv - 2106.09685.md', { title: 'LoRA: Low-Rank Adaptation', url: 'https://arxiv.org/abs/2106.09685' }, [])).toBe('LoRA: Low-Rank Adaptation');
		expect(displayTitle('R/LoRA - Low-Rank Adaptation (paper).md', { title: 'LoRA: Low-Rank Adaptation' }, [])).toBe('LoRA: Low-Rank Adaptation');
		expect(displayTitle('R/LoRA paper.md', { title: 'LoRA: Low-Rank Adaptation', url: 'https://arxiv.org/abs/2106.09685' }, [])).toBe('LoRA paper');
		// A list named after its source file drops the hash tools append.
		expect(displayTitle('L/000_2b7d31b80b4016fc.md', { source: 'seeds/000_2b7d31b80b4016fc.txt' }, [])).toBe('List 000');
		expect(displayTitle('L/ml-reading_2b7d31b80b4016fc.md', { source: 'lists/ml-reading_2b7d31b80b4016fc.md' }, [])).toBe('ml reading');
		expect(displayTitle('L/Reading List.md', { source: 'seeds/003.txt' }, [])).toBe('Reading List');
		expect(libraryItem('R/x.md', { 'syllabus-id': 'r-1', status: 'done', started: '2026-11-01', finished: '2026-11-03', priority: 2 })).toMatchObject({ started: '2026-11-01', finished: '2026-11-03', priority: 2 });
	});

	it('cycles status and records the dates of the move', () => {
		expect(nextStatus('todo')).toBe('reading');
		expect(nextStatus('done')).toBe('todo');
		expect(nextStatus('skipped')).toBe('todo');
		expect(nextStatus('todo', ['todo', 'done'])).toBe('done');
		expect(statusChange('todo', 'reading', '2026-11-22', {})).toEqual({ set: { status: 'reading', started: '2026-11-22' }, remove: [] });
		expect(statusChange('reading', 'done', '2026-11-23', { started: '2026-11-22' })).toEqual({ set: { status: 'done', finished: '2026-11-23' }, remove: [] });
		expect(statusChange('done', 'todo', '2026-11-24', {})).toEqual({ set: { status: 'todo' }, remove: [] });
		expect(isAdvance('todo', 'done')).toBe(true);
		expect(isAdvance(undefined, 'reading')).toBe(true);
		expect(isAdvance('done', 'reading')).toBe(false);
		expect(isAdvance('skipped', 'done')).toBe(false);
		expect(isAdvance('todo', 'skipped')).toBe(false);
		// Dates are the reader's local calendar day, zero-padded, as Obsidian's date properties expect.
		expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
	});
});

describe('dates follow the status', () => {
	const dated = (): Record<string, unknown> => ({ status: 'done', started: '2026-11-01', finished: '2026-11-10', mine: 'kept' });

	it('moving back to todo (the cycle wrapping done → todo) drops both dates', () => {
		const fm = dated();
		applyStatusChange(fm, statusChange('done', 'todo', '2026-11-24', fm));
		expect(fm).toEqual({ status: 'todo', mine: 'kept' });
	});

	it('moving back to reading drops the finished date and keeps the start', () => {
		const fm = dated();
		applyStatusChange(fm, statusChange('done', 'reading', '2026-11-24', fm));
		expect(fm).toEqual({ status: 'reading', started: '2026-11-01', mine: 'kept' });
	});

	it('skipping keeps the dates; moving forward again sets a new finish', () => {
		const fm = dated();
		applyStatusChange(fm, statusChange('done', 'skipped', '2026-11-24', fm));
		expect(fm).toEqual({ ...dated(), status: 'skipped' });
		const back = { status: 'reading', started: '2026-11-01' };
		applyStatusChange(back, statusChange('reading', 'done', '2026-11-25', back));
		expect(back).toEqual({ status: 'done', started: '2026-11-01', finished: '2026-11-25' });
	});
});

describe('the list block', () => {
	it('reads back the checkboxes it writes, and leaves text lines and topics without one', async () => {
		const lib = await library(LIST);
		const text = lib.vault.files.get('Syllabus/Lists/ML.md')!;
		const lines = parseListBlock(text);
		expect(lines.map((l) => `${l.depth}${l.checkbox ? ` [${l.checkbox}]` : ''} ${l.target ?? `text:${l.text}`}`)).toEqual([
			'0 Attention', '1 [done] FA', '1 [todo] Ring', '0 Fine-tuning', '1 LoRA', '2 [todo] QLoRA paper', '1 [todo] DPO', '1 [todo] Skip me',
		]);
		expect(parseBlockLines(['\t- [/] [[Ring|Ring attention]]', '- [X] [[FA]]', '- [ ] plain words', '- [?] [[Odd]]']).map((l) => [l.checkbox, l.target, l.text])).toEqual([
			['reading', 'Ring', 'Ring attention'], ['done', 'FA', 'FA'], [undefined, undefined, '[ ] plain words'], [undefined, 'Odd', 'Odd'],
		]);
	});
});

describe('progress counts each item once', () => {
	it('in a list that repeats an item under two topics, and in each topic', async () => {
		const lib = await library('# ML\n\n## Attention\n- [FA](https://arxiv.org/abs/2205.14135)\n- [Ring](https://arxiv.org/abs/2310.01889)\n\n## Kernels\n- [FA again](https://arxiv.org/abs/2205.14135)\n');
		const plan = buildStudyPlan(lib.items, lib.blocks, lib.resolver);
		const list = plan.lists[0]!;
		expect([list.total, list.children.map((t) => `${t.title} ${t.total}`)]).toEqual([2, ['Attention 2', 'Kernels 1']]);
		expect(plan.total).toBe(2);
		expect(planProgress(plan).lists.map((l) => l.total)).toEqual([2]);
	});
});

describe('the study plan', () => {
	it('follows the list note: lists, topics, items in order, with progress', async () => {
		const lib = await library(LIST);
		lib.items.get('Syllabus/Resources/Skip me.md')!.status = 'skipped';
		const plan = buildStudyPlan(lib.items, lib.blocks, lib.resolver);
		expect(plan.lists.flatMap((l) => shape(l))).toEqual([
			'list:ML 1/4',
			'  topic:Attention 1/2',
			'    item:FA 1/1',
			'    item:Ring 0/1',
			'  topic:Fine-tuning 0/2',
			'    topic:LoRA 0/1',
			'      item:QLoRA paper 0/1',
			'    item:DPO 0/1',
			'    item:Skip me 0/0',
		]);
		expect(plan).toMatchObject({ done: 1, total: 4 });
		expect(plan.nextUp.map((i) => i.title)).toEqual(['Ring', 'QLoRA paper', 'DPO']);
		expect(studyOrder(lib.items, lib.blocks, lib.resolver).map((i) => i.title)).toEqual(['FA', 'Ring', 'QLoRA paper', 'DPO', 'Skip me']);
	});

	it('filters by status, kind and text but keeps real counts on the bars', async () => {
		const lib = await library(LIST);
		const todo = buildStudyPlan(lib.items, lib.blocks, lib.resolver, { statuses: ['todo'] });
		expect(todo.lists.flatMap((l) => shape(l))).toEqual([
			'list:ML 1/5',
			'  topic:Attention 1/2',
			'    item:Ring 0/1',
			'  topic:Fine-tuning 0/3',
			'    topic:LoRA 0/1',
			'      item:QLoRA paper 0/1',
			'    item:DPO 0/1',
			'    item:Skip me 0/1',
		]);
		const concepts = buildStudyPlan(lib.items, lib.blocks, lib.resolver, { kinds: ['concept'] });
		expect(concepts.lists.flatMap((l) => shape(l)).map((s) => s.trim())).toEqual(['list:ML 1/5', 'topic:Fine-tuning 0/3', 'item:DPO 0/1']);
		const text = buildStudyPlan(lib.items, lib.blocks, lib.resolver, { text: 'qlo' });
		expect(text.lists.flatMap((l) => shape(l)).map((s) => s.trim())).toEqual(['list:ML 1/5', 'topic:Fine-tuning 0/3', 'topic:LoRA 0/1', 'item:QLoRA paper 0/1']);
	});

	it('follows a note the reader renamed', async () => {
		const lib = await library(LIST);
		lib.vault.rename('Syllabus/Resources/Ring.md', 'Reading/Ring attention.md');
		const item = lib.items.get('Syllabus/Resources/Ring.md')!;
		lib.items.delete(item.path);
		lib.items.set('Reading/Ring attention.md', { ...item, path: 'Reading/Ring attention.md', title: 'Ring attention' });
		const resolver = new LinkResolver(lib.vault.files.keys());
		// The list note still says [[Ring]]: a stale link shows as text, never crashes.
		const plan = buildStudyPlan(lib.items, lib.blocks, resolver);
		expect(plan.lists[0]!.children[0]!.children.map((c) => `${c.type}:${c.title}`)).toEqual(['item:FA', 'text:Ring']);
		expect(plan.total).toBe(5);
	});
});
