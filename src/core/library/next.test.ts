import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../index';
import { importCatalog } from '../import/apply';
import { MemoryVault } from '../vault/memory-vault';
import { libraryFromFiles, type LibraryFromFiles } from './from-files';
import { readingNow, topPriority } from './next';
import { buildStudyPlan } from './tree';

// Two lists in the shapes reading lists take: a course outline with sections,
// and a flat list of papers with one repository in it.
const COURSE = '# Deep learning course\n\n## Attention\n- [Attention is all you need](https://arxiv.org/abs/1706.03762)\n- [Annotated transformer](https://nlp.seas.harvard.edu/annotated-transformer/)\n\n## Fine-tuning\n- [LoRA](https://arxiv.org/abs/2106.09685)\n- [QLoRA repo](https://github.com/artidoro/qlora)\n';
const PAPERS = '# Papers\n\n- [Mamba](https://arxiv.org/abs/2312.00752)\n- [RWKV](https://arxiv.org/abs/2305.13048)\n- [vLLM](https://github.com/vllm-project/vllm)\n';

async function library(): Promise<LibraryFromFiles> {
	const vault = new MemoryVault();
	await importCatalog(vault, buildCatalog([{ file: 'course.md', text: COURSE }, { file: 'papers.md', text: PAPERS }]), { folder: 'Syllabus', today: '2026-11-22' });
	return libraryFromFiles(vault.files);
}

const titles = (items: { title: string }[]): string[] => items.map((i) => i.title);
const pathOf = (lib: LibraryFromFiles, title: string): string => [...lib.items.values()].find((i) => i.title === title)!.path;

describe('Next up', () => {
	it('takes to-do items from the focused list, in its order', async () => {
		const lib = await library();
		const course = pathOf(lib, 'Deep learning course');
		const papers = pathOf(lib, 'Papers');
		expect(titles(buildStudyPlan(lib.items, lib.blocks, lib.resolver, {}, 3, papers).nextUp)).toEqual(['Mamba', 'RWKV', 'vLLM']);
		expect(titles(buildStudyPlan(lib.items, lib.blocks, lib.resolver, {}, 3, course).nextUp)).toEqual(['Attention is all you need', 'Annotated transformer', 'LoRA']);
	});

	it('takes them from a focused topic, and from every list once the focus is done', async () => {
		const lib = await library();
		const topic = pathOf(lib, 'Fine-tuning');
		expect(titles(buildStudyPlan(lib.items, lib.blocks, lib.resolver, {}, 5, topic).nextUp)).toEqual(['LoRA', 'QLoRA repo']);
		for (const t of ['LoRA', 'QLoRA repo']) lib.items.get(pathOf(lib, t))!.status = 'done';
		const plan = buildStudyPlan(lib.items, lib.blocks, lib.resolver, {}, 2, topic);
		expect(plan.focusDone).toBe(true);
		expect(titles(plan.nextUp)).toEqual(['Attention is all you need', 'Annotated transformer']);
	});

	it('respects the kind and title filters, but not a status filter that hides to-do rows', async () => {
		const lib = await library();
		expect(titles(buildStudyPlan(lib.items, lib.blocks, lib.resolver, { kinds: ['paper'] }, 5).nextUp)).toEqual(['Attention is all you need', 'LoRA', 'Mamba', 'RWKV']);
		expect(titles(buildStudyPlan(lib.items, lib.blocks, lib.resolver, { kinds: ['repo'] }, 5).nextUp)).toEqual(['QLoRA repo', 'vLLM']);
		const done = buildStudyPlan(lib.items, lib.blocks, lib.resolver, { statuses: ['done'] }, 2);
		expect(done.lists).toEqual([]);
		expect(titles(done.nextUp)).toEqual(['Attention is all you need', 'Annotated transformer']);
		// The title filter's matches come from the search index when there is one.
		const matched = new Set([pathOf(lib, 'RWKV')]);
		expect(titles(buildStudyPlan(lib.items, lib.blocks, lib.resolver, { text: 'rwvk', matched }, 5).nextUp)).toEqual(['RWKV']);
	});

	it('puts "Study next" items first, the latest first, whatever the focus', async () => {
		const lib = await library();
		lib.items.get(pathOf(lib, 'vLLM'))!.priority = 1;
		lib.items.get(pathOf(lib, 'LoRA'))!.priority = topPriority(lib.items.values()) + 1;
		const plan = buildStudyPlan(lib.items, lib.blocks, lib.resolver, {}, 4, pathOf(lib, 'Papers'));
		expect(titles(plan.nextUp)).toEqual(['LoRA', 'vLLM', 'Mamba', 'RWKV']);
		// Once read, a prioritised item leaves Next up like any other.
		lib.items.get(pathOf(lib, 'LoRA'))!.status = 'reading';
		expect(titles(buildStudyPlan(lib.items, lib.blocks, lib.resolver, {}, 2, pathOf(lib, 'Papers')).nextUp)).toEqual(['vLLM', 'Mamba']);
	});
});

describe('Reading now', () => {
	it('lists items being read, most recently started first', async () => {
		const lib = await library();
		Object.assign(lib.items.get(pathOf(lib, 'Mamba'))!, { status: 'reading', started: '2026-11-02' });
		Object.assign(lib.items.get(pathOf(lib, 'LoRA'))!, { status: 'reading', started: '2026-11-20' });
		Object.assign(lib.items.get(pathOf(lib, 'vLLM'))!, { status: 'reading' });
		Object.assign(lib.items.get(pathOf(lib, 'RWKV'))!, { status: 'done', started: '2026-11-21' });
		expect(titles(readingNow(lib.items.values()))).toEqual(['LoRA', 'Mamba', 'vLLM']);
	});
});

describe('filtered counts', () => {
	it('say how many items the filter shows beside the real totals, and hide what is empty', async () => {
		const lib = await library();
		const plan = buildStudyPlan(lib.items, lib.blocks, lib.resolver, { kinds: ['repo'] });
		expect(plan.filtered).toBe(true);
		expect(plan.lists.map((l) => `${l.title} ${l.shown} of ${l.total}`)).toEqual(['Deep learning course 1 of 4', 'Papers 1 of 3']);
		// The Attention topic has no repository: it is gone, not shown empty.
		expect(plan.lists[0]!.children.map((c) => c.title)).toEqual(['Fine-tuning']);
		const none = buildStudyPlan(lib.items, lib.blocks, lib.resolver, { text: 'no such paper' });
		expect(none.lists).toEqual([]);
		expect(none.total).toBe(7);
	});
});
