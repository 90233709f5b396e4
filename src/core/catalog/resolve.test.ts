import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../types';
import { canonicalize } from '../url/canonical';
import { listContext } from './context';
import { resolveItem } from './resolve';
import { splitHints } from './titles';

function read(text: string) {
	const diagnostics: Diagnostic[] = [];
	const r = resolveItem(text, { line: 7, diagnostics }, listContext('list.md', [], new Map(), canonicalize));
	return { ...r, diagnostics, first: r.resources[0] };
}

describe('readItem: titles', () => {
	it('takes the link text as the title and the words after it as notes', () => {
		const r = read('[Medusa](https://arxiv.org/abs/2404.19737) - Multi-token prediction');
		expect(r.first?.title).toBe('Medusa');
		expect(r.first?.notes).toEqual(['Multi-token prediction']);
		const p = read('[Pliny](https://x.com/elder_plinius/highlights) -> I think I can only reverse engineer his tweets.');
		expect(p.first?.notes).toEqual(['I think I can only reverse engineer his tweets.']);
		expect(read('[PERL](https://arxiv.org/abs/2403.10704) (RLHF)').first?.notes).toEqual(['RLHF']);
	});

	it('takes a label before a bare URL', () => {
		expect(read('word2vec: https://arxiv.org/pdf/1301.3781 ').first?.title).toBe('word2vec');
		expect(read('overview paper https://arxiv.org/abs/2404.07503').first?.title).toBe('overview paper');
	});

	it('takes the words after a bare URL, or its parenthesised title', () => {
		expect(read('https://arxiv.org/pdf/1708.03888v3 LARGE BATCH TRAINING OF CONVOLUTIONAL NETWORKS').first?.title).toBe('LARGE BATCH TRAINING OF CONVOLUTIONAL NETWORKS');
		expect(read('https://webgl2fundamentals.org/ (webGL fundamentals)').first?.title).toBe('webGL fundamentals');
	});

	it('leaves the title to the URL when the item has no words', () => {
		const r = read('https://github.com/openai/tiktoken');
		expect(r.first?.title).toBeUndefined();
		expect(r.title).toBe('openai/tiktoken');
	});

	it('never uses a generic link text as the title', () => {
		const r = read('**FlashAttention-2** [Paper](https://arxiv.org/abs/2307.08691) [Code](https://github.com/Dao-AILab/flash-attention) [Tweet](https://x.com/tri_dao/status/1)');
		expect(r.resources).toHaveLength(1);
		expect(r.first?.title).toBe('FlashAttention-2');
		expect(r.first?.canon.arxiv).toBe('2307.08691');
		expect(r.first?.links).toEqual(['https://github.com/Dao-AILab/flash-attention', 'https://x.com/tri_dao/status/1']);
		expect(read('[link](https://example.org/some-great-post)').first?.title).toBeUndefined();
	});

	it('keeps two links with their own names as two resources', () => {
		const r = read('[Jamba](https://arxiv.org/abs/2403.19887) and [Cobra](https://arxiv.org/abs/2403.14520)');
		expect(r.resources.map((d) => d.title)).toEqual(['Jamba', 'Cobra']);
	});

	it('drops struck text, emphasis, HTML and markers from titles', () => {
		const r = read('[**Timeline** <b>and</b> ~~old~~ family tree](https://amatria.in/blog/x) [DONE]');
		expect(r.first?.title).toBe('Timeline and family tree');
		expect(r.status).toBe('done');
		expect(read('[A](https://a.io/x) ✅').status).toBe('done');
		expect(read('[A](https://a.io/x) [WIP]').status).toBe('reading');
		expect(read('[A](https://a.io/x) (reading)').status).toBe('reading');
	});
});

describe('readItem: links that are not resources', () => {
	it('skips images and badges', () => {
		expect(read('![diagram](https://a.io/x.png)').resources).toHaveLength(0);
		const b = read('[![build](https://img.shields.io/badge/x)](https://ci.example.org/x) [Repo](https://github.com/a/b)');
		expect(b.resources).toHaveLength(1);
		expect(b.first?.canon.key).toBe('github.com/a/b');
	});

	it('reads anchors, relative links and mailto as words', () => {
		const r = read('[Intro](#intro) and [Notes](./notes.md) by [me](mailto:a@b.c)');
		expect(r.resources).toHaveLength(0);
		expect(r.title).toBe('Intro and Notes by me');
	});

	it('reports javascript: and data: links and never keeps them', () => {
		const r = read('[click](javascript:alert(1)) [x](data:text/html;base64,AAAA)');
		expect(r.resources).toHaveLength(0);
		expect(r.diagnostics.map((d) => d.severity)).toEqual(['error', 'error']);
		expect(r.diagnostics[0]).toMatchObject({ file: 'list.md', line: 7 });
	});

	it('repairs a link broken by a stray space and says so', () => {
		const r = read('[Things we learned](https://simonwil lison.net/2024/Dec/31/llms-in-2024/)');
		expect(r.first?.canon.url).toBe('https://simonwillison.net/2024/Dec/31/llms-in-2024');
		expect(r.diagnostics).toHaveLength(1);
		expect(r.diagnostics[0]!.message).toContain('stray space');
	});

	it('reports a broken link it cannot repair', () => {
		const r = read('[Bad](https://exa mple/x y)');
		expect(r.resources).toHaveLength(0);
		expect(r.diagnostics[0]!.severity).toBe('error');
	});

	it('records a person credited for a link instead of making them a resource', () => {
		const r = read('[Diffusion models](https://lilianweng.github.io/posts/x/) recommended by [bohan](https://bohanzhuang.github.io/)');
		expect(r.resources).toHaveLength(1);
		expect(r.recommendedBy).toEqual(['bohan']);
	});

	it('keeps trailing punctuation out of bare URLs', () => {
		expect(read('See https://example.org/a_(b), and more.').first?.canon.url).toBe('https://example.org/a_(b)');
		expect(read('(https://example.org/x).').first?.canon.url).toBe('https://example.org/x');
		expect(read('<https://example.org/auto>').first?.canon.url).toBe('https://example.org/auto');
	});
});

describe('readItem: concepts', () => {
	it('reads an item with no URL as a concept title', () => {
		expect(read('Cross Encoders').title).toBe('Cross Encoders');
		expect(read('Multi-head attention ~~(Scaled Dot-Product Attention)~~').title).toBe('Multi-head attention');
	});

	it('moves hints out of the title into notes', () => {
		expect(splitHints('DPO (blog material)')).toEqual({ title: 'DPO', notes: ['blog material'] });
		expect(splitHints('T5 (?)')).toEqual({ title: 'T5', notes: ['?'] });
		expect(splitHints('CNN(ResNet)')).toEqual({ title: 'CNN(ResNet)', notes: [] });
		expect(read('cross attention: online blogs will just be ok')).toMatchObject({ title: 'cross attention', notes: ['online blogs will just be ok'] });
	});

	it('reads a wikilink as a concept pointing at that note', () => {
		const r = read('[[Attention Is All You Need|Transformer paper]] - the original');
		expect(r.wikiTarget).toBe('Attention Is All You Need');
		expect(r.title).toBe('Transformer paper');
		expect(r.notes).toEqual(['the original']);
	});
});

describe('readItem: a title, then bracketed labelled links', () => {
	it('keeps the line\'s words as the title when the links are labels', () => {
		const r = read('Sparse Mixtures for Long Documents [[arXiv](https://arxiv.org/abs/2101.00001)] [[code](https://github.com/a/b)] [[slides](https://s.example.edu/1.pdf)]');
		expect(r.resources).toHaveLength(1);
		expect(r.first).toMatchObject({ title: 'Sparse Mixtures for Long Documents', links: ['https://github.com/a/b', 'https://s.example.edu/1.pdf'], notes: [] });
		expect(read('Routed Critics [[Nature](https://nature.com/x)]').first?.title).toBe('Routed Critics');
		expect(read('Gated Sketches [NIPS paper](https://papers.nips.cc/x) [code/docs](https://github.com/a/c)').first?.title).toBe('Gated Sketches');
	});

	it('still takes a named link as the title after a few words, and two named links as two resources', () => {
		expect(read('Good read [The Annotated Transformer](https://nlp.example.edu/annotated)').first?.title).toBe('The Annotated Transformer');
		expect(read('Both good [The Annotated Transformer](https://a.io/x) [The Illustrated Transformer](https://b.io/y)').resources.map((d) => d.title)).toEqual(['The Annotated Transformer', 'The Illustrated Transformer']);
	});
});

describe('readItem: titles pasted from tabs and overlong titles', () => {
	it('keeps the name and the pasted text as an alias', () => {
		expect(read('[[2106.01234] Sparse Mixtures](https://arxiv.org/abs/2106.01234)').first).toMatchObject({ title: 'Sparse Mixtures', aliases: ['[2106.01234] Sparse Mixtures'] });
		expect(read('[GitHub - lab/sparse-kit: Sparse mixture kernels](https://github.com/lab/sparse-kit)').first?.title).toBe('Sparse mixture kernels');
	});

	it('cuts a title to one sentence, keeping the whole text as a note', () => {
		const r = read('[Sparse mixtures route tokens cheaply. They also keep quality on long inputs.](https://a.io/x)');
		expect(r.first?.title).toBe('Sparse mixtures route tokens cheaply');
		expect(r.first?.notes[0]).toBe('Sparse mixtures route tokens cheaply. They also keep quality on long inputs.');
	});
});

describe('readItem: leftover markup', () => {
	it('drops a tag cut short but keeps text the list escaped on purpose', () => {
		expect(read('[Sparse mixtures <img src="https://img.example/x.png"](https://a.io/x)').first?.title).toBe('Sparse mixtures');
		expect(read('[&lt;img src=x&gt; in titles](https://a.io/y)').first?.title).toBe('<img src=x> in titles');
	});
});
