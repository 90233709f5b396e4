import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../index';
import { corpus, TARGETS } from './__tests__/corpus';
import { editDistance, SearchIndex, type SearchRecord } from './index';
import { parseQuery } from './query';

const records = corpus(10_000);
const index = new SearchIndex(records);
const top = (q: string, n = 5): string[] => index.search(q, n).map((r) => r.record.title);

describe('the picker finds the intended item in its top five at 10k records', () => {
	const cases: [string, string][] = [
		['flash attention', 'Flash Attention'],
		['paged attention', 'Paged Attention'],
		['illustrated transformer', 'The Illustrated Transformer'],
		['lora', 'LoRA: Low-Rank Adaptation of Large Language Models'],
		['qlora', 'QLoRA: Efficient Finetuning of Quantized LLMs'],
		['mixtral', 'Mixtral of Experts'],
		['rlhf', 'RLHF: Reinforcement Learning from Human Feedback'],
		['mamba', 'Mamba: Linear-Time Sequence Modeling'],
		['ring attention', 'Ring Attention with Blockwise Transformers'],
		['speculative', 'Speculative Decoding'],
		// Typos.
		['atention flash', 'Flash Attention'],
		['lroa', 'LoRA: Low-Rank Adaptation of Large Language Models'],
		['ilustrated transfromer', 'The Illustrated Transformer'],
		['mixtrl', 'Mixtral of Experts'],
		['flashatention', 'Flash Attention'],
		['specualtive decoding', 'Speculative Decoding'],
		// Run together.
		['flashattention', 'Flash Attention'],
		['pagedattention', 'Paged Attention'],
	];
	for (const [query, title] of cases) {
		it(`${query} → ${title}`, () => {
			expect(top(query)).toContain(title);
		});
	}

	it('finds the typed prefix of a title', () => {
		expect(top('flash att')).toContain('Flash Attention');
		expect(top('illus')).toContain('The Illustrated Transformer');
	});
});

describe('filters', () => {
	it('narrows by status and kind before ranking', () => {
		const res = index.search('status:todo kind:paper attention', 50);
		expect(res.length).toBeGreaterThan(0);
		for (const r of res) expect([r.record.status, r.record.kind]).toEqual(['todo', 'paper']);
		expect(index.search('status:todo kind:article rl', 5)[0]?.record.title).toBe('RLHF: Reinforcement Learning from Human Feedback');
	});

	it('narrows by topic, and negates', () => {
		const res = index.search('#fine-tuning lora', 20);
		expect(res.map((r) => r.record.title)).toContain('LoRA: Low-Rank Adaptation of Large Language Models');
		for (const r of res) expect(r.record.topics).toContain('Fine-tuning');
		for (const r of index.search('attention -status:todo', 50)) expect(r.record.status).not.toBe('todo');
		for (const r of index.search('kind:concept', 50)) expect(r.record.type).toBe('concept');
	});

	it('lists items in study order for an empty text, to-do first', () => {
		const res = index.search('', 10).map((r) => r.record);
		expect(res.every((r) => r.status === 'todo')).toBe(true);
		expect(res.map((r) => r.order)).toEqual([...res.map((r) => r.order)].sort((a, b) => a - b));
		expect(index.nextUp(3).map((r) => r.order)).toEqual(res.slice(0, 3).map((r) => r.order));
	});

	it('parses the query syntax', () => {
		expect(parseQuery('flash status:todo,reading -kind:repo #"large models" list:ml-papers weird:thing')).toEqual({
			text: 'flash weird:thing',
			filters: [
				{ field: 'status', values: ['todo', 'reading'], negate: false },
				{ field: 'kind', values: ['repo'], negate: true },
				{ field: 'topic', values: ['large models'], negate: false },
				{ field: 'list', values: ['ml papers'], negate: false },
			],
		});
	});
});

describe('incremental updates', () => {
	it('follows a status change, a new record and a removal without a rebuild', () => {
		const small = new SearchIndex(corpus(2_000, 7));
		const fa = small.search('flash attention', 1)[0]!.record;
		expect(small.search('status:todo flash attention', 5).map((r) => r.record.id)).toContain(fa.id);
		small.setStatus(fa.id, 'done');
		expect(small.search('status:todo flash attention', 5).map((r) => r.record.id)).not.toContain(fa.id);
		expect(small.get(fa.id)?.status).toBe('done');
		const extra: SearchRecord = { id: 'new', type: 'resource', title: 'Grouped Query Attention', aliases: ['GQA'], topics: ['Attention'], places: [], listed: [], about: [], status: 'todo', lists: [], order: 99_999 };
		small.upsert(extra);
		expect(small.search('grouped query', 3)[0]?.record.id).toBe('new');
		expect(small.search('gqa', 3)[0]?.record.id).toBe('new');
		small.upsert({ ...extra, title: 'Multi-Query Attention' });
		expect(small.get('new')?.title).toBe('Multi-Query Attention');
		expect(small.search('multi query attention', 1)[0]?.record.id).toBe('new');
		// The replaced record leaves no ghost behind.
		expect(small.search('attention', 50).filter((r) => r.record.id === 'new')).toHaveLength(1);
		small.remove('new');
		expect(small.search('multi query attention', 10).map((r) => r.record.id)).not.toContain('new');
		expect(small.size).toBe(2_000);
	});
});

describe('highlighting and sources', () => {
	it('returns title ranges inside the title that cover the matched words', () => {
		const hit = index.search('illustrated', 1)[0]!;
		expect(hit.record.title).toBe('The Illustrated Transformer');
		expect(hit.titleMatches.length).toBeGreaterThan(0);
		for (const [a, b] of hit.titleMatches) {
			expect(a).toBeGreaterThanOrEqual(0);
			expect(b).toBeLessThan(hit.record.title.length);
		}
		const covered = hit.titleMatches.map(([a, b]) => hit.record.title.slice(a, b + 1)).join('|').toLowerCase();
		expect(covered).toContain('illustrated');
	});

	it('indexes a catalog, seeds included', () => {
		const c = buildCatalog([{ file: 'l.md', text: '## Attention\n- [Flash Attention](https://github.com/Dao-AILab/flash-attention)\n- Cross Encoders' }]);
		const idx = SearchIndex.fromCatalog(c);
		expect(idx.search('flashatention', 1)[0]?.record).toMatchObject({ title: 'Flash Attention', topics: ['Attention'], kind: 'repo' });
		expect(idx.search('flashatention', 1)[0]?.record.places.map((p) => p.trail)).toEqual([['Attention']]);
		expect(idx.search('kind:concept', 5).map((r) => r.record.title)).toEqual(['Cross Encoders']);
	});

	it('measures edits the Damerau way', () => {
		expect(editDistance('lroa', 'lora', 2)).toBe(1);
		expect(editDistance('atention', 'attention', 2)).toBe(1);
		expect(editDistance('abc', 'xyz', 1)).toBe(2);
	});
});

describe('the corpus', () => {
	it('holds every target once at 10k', () => {
		for (const t of TARGETS) expect(records.filter((r) => r.title === t.title)).toHaveLength(1);
	});
});
