/**
 * What a careful reader takes from each of the five seed lists, and the
 * invariants of the catalog of all five together. These lists are the first
 * users' data: every link in them must come out right.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog, canonicalize, type Catalog, type Resource } from '../index';
import { endsIn } from './ends';

const SEEDS = join(__dirname, '../../../seeds');
const files = readdirSync(SEEDS).sort();
const text = (f: string): string => readFileSync(join(SEEDS, f), 'utf8');
const seed = (prefix: string): string => files.find((f) => f.startsWith(prefix))!;
const one = (prefix: string): Catalog => buildCatalog([{ file: seed(prefix), text: text(seed(prefix)) }]);
const all = buildCatalog(files.map((f) => ({ file: f, text: text(f) })));

function byUrl(c: Catalog, url: string): Resource {
	const r = c.resources.find((x) => x.url === url);
	if (!r) throw new Error(`no resource ${url}`);
	return r;
}

function bareUrls(s: string): string[] {
	return [...s.matchAll(/https?:\/\/[^\s)\]>"|]+/g)].map((m) => m[0]);
}

describe('seed 000: nested numbered outline with bare URLs', () => {
	const c = one('000');
	it('files resources under numbered topics and keeps label-before-URL titles', () => {
		expect(byUrl(c, 'https://arxiv.org/abs/1301.3781')).toMatchObject({ title: 'word2vec', kind: 'paper', arxiv: '1301.3781', topics: [['Embeddings']] });
		expect(byUrl(c, 'https://arxiv.org/abs/2205.14135')).toMatchObject({ title: 'arXiv:2205.14135', topics: [['Attention', 'Flash Attention']] });
		expect(byUrl(c, 'https://github.com/Dao-AILab/flash-attention')).toMatchObject({ kind: 'repo', topics: [['Attention', 'Flash Attention']] });
		expect(byUrl(c, 'https://arxiv.org/abs/2311.06242')).toMatchObject({ title: 'Florence 2' });
	});
	it('keeps the question under tiktoken as a note, not an item', () => {
		expect(byUrl(c, 'https://github.com/openai/tiktoken').notes).toEqual(["how da duck they're using same tokenizer for all models or no?"]);
		expect(c.concepts.find((x) => x.title.startsWith('how da duck'))).toBeUndefined();
	});
	it('reads leaves without URLs as concepts and items with children as topics', () => {
		const titles = c.concepts.map((x) => x.title);
		expect(titles).toEqual(expect.arrayContaining(['Cross Encoders', 'LORA', 'QLORA', 'DORA', 'SFT', 'Mixture of Experts', 'Distillation', 'llama.cpp']));
		expect(titles).not.toContain('PEFT');
		expect(c.topics.find((t) => t.title === 'PEFT')?.path).toEqual(['Training Techniques', 'Fine-tuning', 'PEFT']);
		expect(c.concepts.find((x) => x.title === 'DPO')?.notes).toEqual(['blog material']);
		expect(c.concepts.find((x) => x.title === 'Why 9.11 > 9.9')?.topics).toEqual([['Tokenization']]);
	});
	it('ignores empty items and counts what is there', () => {
		expect(c.resources).toHaveLength(22);
		expect(c.lists[0]).toMatchObject({ title: '000_2b7d31b80b4016fc' });
		expect(c.diagnostics).toEqual([]);
	});
});

describe('seed 001: Notion bullets that repeat half of themselves', () => {
	const c = one('001');
	it('has each resource once, with every source line and topic path', () => {
		const urls = c.resources.map((r) => r.url);
		expect(new Set(urls).size).toBe(urls.length);
		const medusa = byUrl(c, 'https://arxiv.org/abs/2404.19737');
		expect(medusa.title).toBe('Medusa');
		expect(medusa.notes).toEqual(['Multi-token prediction']);
		expect(medusa.sources.map((s) => s.line)).toEqual([39, 169]);
		expect(medusa.topics).toEqual([
			['acceleration framework', 'Token-wise optimization'],
			['Transformer (decoder-only)', 'acceleration framework', 'Token-wise optimization'],
		]);
	});
	it('merges two labels of one paper, keeping the second as an alias', () => {
		const r = byUrl(c, 'https://arxiv.org/abs/2404.08634');
		expect(r.title).toBe('Pre-training Small Base LMs with Fewer Tokens');
		expect(r.aliases).toEqual(['Pre-training Small LMs with Fewer Tokens']);
	});
	it('reads plain lines over lists as sections and drops struck text', () => {
		expect(c.topics.map((t) => t.title)).toEqual(expect.arrayContaining(['Other non-Transformer arch', 'Transformer (decoder-only)', 'Multi-head attention']));
		expect(c.topics.find((t) => t.title === 'Transformer Architecture family')).toBeUndefined();
		expect(byUrl(c, 'https://arxiv.org/abs/2403.19887').topics[0]).toEqual(['Other non-Transformer arch', 'Mamba']);
		expect(byUrl(c, 'https://arxiv.org/abs/2403.17887').title).toBe('DeeperLayer');
		expect(byUrl(c, 'https://huggingface.co/papers/2404.02575'.replace('huggingface.co/papers', 'arxiv.org/abs'))).toMatchObject({ title: 'LM as Compilers', kind: 'paper' });
		expect(byUrl(c, 'https://x.com/AlexReibman/status/1784844434682560721')).toMatchObject({ title: 'OSWorld', kind: 'post' });
	});
	it('drops tracking parameters from a Notion link', () => {
		expect(byUrl(c, 'https://www.notion.so/image-generation-91ecc8433c8f45969b0ae71a3d665a10').title).toBe('Instruct Hierarchy');
	});
});

describe('seed 002: MkDocs admonitions with credited sections', () => {
	const c = one('002');
	it('files resources under the bold section, with who recommended them', () => {
		const vllm = byUrl(c, 'https://github.com/vllm-project/vllm');
		expect(vllm).toMatchObject({ title: 'vllm', kind: 'repo', recommendedBy: ['Jing Liu'] });
		expect(vllm.topics).toEqual([['Compilation of categorized learning resources', 'Cachekit']]);
		expect(byUrl(c, 'https://arxiv.org/abs/2407.02490').recommendedBy).toEqual(['Yefei He']);
	});
	it('never makes the credited person a resource', () => {
		const urls = c.resources.map((r) => r.url);
		for (const person of ['jing-liu.com', 'hexy.tech', 'bohanzhuang.github.io']) expect(urls.some((u) => u.includes(person))).toBe(false);
	});
	it('reads link lines without bullets and course sections', () => {
		expect(byUrl(c, 'https://www.youtube.com/watch?v=zduSFxRajkE')).toMatchObject({ title: 'Tokenizer', kind: 'video', topics: [['General videos']] });
		expect(byUrl(c, 'https://cs231n.github.io/')).toMatchObject({ kind: 'course' });
		expect(c.concepts.map((x) => x.title).sort()).toEqual(['CNN(ResNet)', 'ViT', 'cross attention']);
		expect(c.resources).toHaveLength(18);
	});
});

describe('seed 003: Jekyll table with cite tags', () => {
	const c = one('003');
	it('takes the title from front matter and files rows by the Topic column', () => {
		expect(c.lists[0]!.title).toBe('Reading List');
		expect(c.resources).toHaveLength(28);
		const bert = byUrl(c, 'https://jalammar.github.io/illustrated-bert');
		expect(bert).toMatchObject({ title: 'The Illustrated BERT', notes: ['Good Short Overview'], topics: [['Transformers', 'LMs']] });
		expect(byUrl(c, 'https://jalammar.github.io/illustrated-transformer').topics).toEqual([['Transformers']]);
	});
	it('removes cite tags and mends mojibake in comments', () => {
		const fam = byUrl(c, 'https://lilianweng.github.io/posts/2023-01-27-the-transformer-family-v2');
		expect(fam.notes[0]).toContain('it’s very detailed');
		expect(JSON.stringify(c)).not.toMatch(/\{%|â€/);
	});
	it('reads a multi-topic cell as several topics', () => {
		expect(byUrl(c, 'https://magazine.sebastianraschka.com/p/new-llm-pre-training-and-post-training').topics).toEqual([
			['Transformers', 'LMs'], ['Transformers', 'Training'], ['Transformers', 'Research'],
		]);
	});
});

describe('seed 004: blog draft inside an HTML comment', () => {
	const c = one('004');
	it('reads the draft, its title and its plain-line sections', () => {
		expect(c.lists[0]!.title).toBe('Future blogs to write');
		expect(byUrl(c, 'https://gordicaleksa.medium.com/eli5-flash-attention-5c44017022ad').topics).toEqual([['Evolution of LLMs']]);
		expect(byUrl(c, 'https://arxiv.org/abs/1708.03888')).toMatchObject({ title: 'LARGE BATCH TRAINING OF CONVOLUTIONAL NETWORKS', topics: [['Papers to read']] });
	});
	it('reads [DONE] markers as status and keeps them out of titles', () => {
		const done = c.resources.filter((r) => r.status === 'done').map((r) => r.title);
		expect(done).toEqual(['Timeline and family tree', 'A Brief History of Large Language Models']);
	});
	it('repairs the link with a stray space and reports the line', () => {
		expect(byUrl(c, 'https://simonwillison.net/2024/Dec/31/llms-in-2024')).toBeDefined();
		expect(c.diagnostics).toEqual([expect.objectContaining({ line: 37, severity: 'warning' })]);
	});
	it('merges github.dev with github.com and keeps the code block out of items', () => {
		expect(byUrl(c, 'https://github.com/unslothai/unsloth').title).toBe('Fast lora implementation');
		expect(c.concepts.map((x) => x.title)).toEqual(expect.arrayContaining(['MML', 'PMPP', 'PPC']));
		expect(c.concepts.find((x) => x.title.includes('Understanding Deep Learning'))).toBeUndefined();
		expect(c.lists[0]!.notes.some((n) => n.text.includes('Phase 1'))).toBe(true);
	});
	it('keeps a note after an arrow and titles bare links from their words', () => {
		expect(byUrl(c, 'https://x.com/elder_plinius/highlights').notes).toEqual(['I think I can only reverse engineer his tweets, no other option.']);
		expect(byUrl(c, 'https://webgl2fundamentals.org/').title).toBe('webGL fundamentals');
	});
	it('sets kinds from sections where the URL leaves them open', () => {
		expect(byUrl(c, 'https://mml-book.github.io/book/mml-book.pdf').kind).toBe('book');
		expect(byUrl(c, 'https://www.youtube.com/playlist?list=PLwRJQ4m4UJjNymuBM9RdmB3Z9N5-0IlY0')).toMatchObject({ kind: 'video', title: 'Foundations of Deep RL' });
	});
});

describe('all five seeds together', () => {
	it('has no duplicate URL and no title that is a URL or empty', () => {
		const urls = all.resources.map((r) => r.url);
		expect(new Set(urls).size).toBe(urls.length);
		for (const r of all.resources) {
			expect(r.title.trim(), r.url).not.toBe('');
			expect(r.title, r.url).not.toMatch(/^(?:https?:\/\/|www\.)/);
		}
		for (const x of [...all.concepts, ...all.topics]) expect(x.title.trim()).not.toBe('');
	});

	it('merges what the seeds share and keeps the most advanced status', () => {
		const fa = byUrl(all, 'https://github.com/Dao-AILab/flash-attention');
		expect(fa.title).toBe('Flash Attention');
		expect(fa.sources.map((s) => s.file.slice(0, 3))).toEqual(['000', '002']);
		const rope = byUrl(all, 'https://arxiv.org/abs/2104.09864');
		expect(rope.title).toBe('RoPE embeddings');
		expect(rope.aliases).toEqual(['RoPE']);
		expect(byUrl(all, 'https://lilianweng.github.io/posts/2023-01-27-the-transformer-family-v2').sources.map((s) => s.file.slice(0, 3))).toEqual(['003', '004']);
	});

	it('turns every http(s) link of every seed into a resource, a related link, an attribution, a diagnostic or a link left out', () => {
		const ends = endsIn(all);
		let checked = 0;
		for (const f of files) {
			for (const raw of bareUrls(text(f))) {
				const c = canonicalize(raw.replace(/[.,;:]+$/, ''));
				const ok = c ? ends(c.url) : all.diagnostics.some((d) => d.file === f && d.message.includes(raw));
				expect(ok, `${f}: ${raw}`).toBe(true);
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(300);
	});
});
