/**
 * Page furniture is not reading: each shape here is one a real list had,
 * written anew. Only readings become notes; what was left out is in the
 * list's report, by kind.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog, type Catalog } from '../index';

const read = (text: string): Catalog => buildCatalog([{ file: 'list.md', text }]);
const urls = (c: Catalog): string[] => c.resources.map((r) => r.url);
const kinds = (c: Catalog): Record<string, number> => {
	const out: Record<string, number> = {};
	for (const l of c.lists[0]!.report.leftOut) out[l.kind] = (out[l.kind] ?? 0) + 1;
	return out;
};

describe('page furniture', () => {
	it("leaves out the author's profiles and home page, and says so", () => {
		const c = read([
			'# Awesome sparse models',
			'',
			'Curated by [Ada Okafor](https://ada.example.org). Follow me on [X](https://x.com/adaokafor) and [LinkedIn](https://www.linkedin.com/in/adaokafor/).',
			'[Ada on GitHub](https://github.com/adaokafor)',
			'',
			'## Papers',
			'- [Sparse Mixtures](https://arxiv.org/abs/2100.00001)',
			'- [Routed Critics](https://arxiv.org/abs/2100.00002)',
		].join('\n'));
		expect(urls(c)).toEqual(['https://arxiv.org/abs/2100.00001', 'https://arxiv.org/abs/2100.00002']);
		expect(kinds(c)).toEqual({ profile: 4 });
	});

	it('leaves out newsletter, sponsor, community, licence and contributing links', () => {
		const c = read([
			'- [Sparse Mixtures](https://arxiv.org/abs/2100.00001)',
			'- [Subscribe to our newsletter](https://sparse.substack.com/)',
			'- [Sponsor this list](https://github.com/sponsors/adaokafor)',
			'- [Join our Discord](https://discord.gg/abc123)',
			'- Read the [contributing guide](https://github.com/ada/awesome-sparse/blob/main/CONTRIBUTING.md) first.',
			'- [![CC0](https://licensebuttons.net/p/zero/1.0/88x31.png)](https://creativecommons.org/publicdomain/zero/1.0/)',
		].join('\n'));
		expect(urls(c)).toEqual(['https://arxiv.org/abs/2100.00001']);
		expect(kinds(c)).toEqual({ newsletter: 2, sponsor: 1, contributing: 1, licence: 1 });
		expect(c.concepts).toEqual([]);
	});

	it('never names a reading by a badge and leaves badges alone out', () => {
		const c = read([
			'[![Awesome](https://awesome.re/badge.svg)](https://awesome.re) [![Stars](https://img.shields.io/github/stars/ada/x)](https://github.com/ada/awesome-sparse/stargazers)',
			'',
			'| Notebook | Description | Colab |',
			'| --- | --- | --- |',
			'| [Sparse fine-tuning](https://github.com/ada/notebooks/blob/main/sparse.ipynb) | Fine-tune a sparse model | [![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)](https://colab.research.google.com/drive/1abc) |',
			'',
			'[![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)](https://colab.research.google.com/drive/2def)',
		].join('\n'));
		expect(c.resources.map((r) => [r.title, r.kind, r.links])).toEqual([['Sparse fine-tuning', 'repo', ['https://colab.research.google.com/drive/1abc']]]);
		expect(kinds(c)).toEqual({ 'star history': 1, contributing: 1, badge: 1 });
	});

	it('reads a banner under a course heading as that course, and a banner alone as decoration', () => {
		const c = read(['[![Build](https://img.shields.io/badge/build-passing.svg)](https://ci.example.com/build)', '', '### Sparse Models | Fall 2024', '', '[![Sparse Models](https://sparse.example.edu/banner.png)](https://sparse.example.edu/)', '', '### Routing', '- [Routed Critics](https://arxiv.org/abs/2100.00002)'].join('\n'));
		expect(c.resources.map((r) => [r.title, r.url])).toEqual([['Sparse Models', 'https://sparse.example.edu/'], ['Routed Critics', 'https://arxiv.org/abs/2100.00002']]);
		expect(kinds(c)).toEqual({ badge: 1 });
	});

	it('drops a picture (a chart) without making a note of its markup', () => {
		const picture = ['<picture>', '  <source', '    media="(prefers-color-scheme: dark)"', '    srcset="https://charts.example.org/svg?repos=ada/x&theme=dark"', '  />', '  <img', '    alt="Stars over time"', '    src="https://charts.example.org/svg?repos=ada/x"', '  />', '</picture>'];
		const c = read(['## Papers', '- [Sparse Mixtures](https://arxiv.org/abs/2100.00001)', '', ...picture, '', '- [Routed Critics](https://arxiv.org/abs/2100.00002)'].join('\n'));
		expect(c.resources.map((r) => r.title)).toEqual(['Sparse Mixtures', 'Routed Critics']);
		expect(c.resources.every((r) => r.topics[0]![0] === 'Papers')).toBe(true);
	});

	it('reads a table of contents of in-page anchors as navigation: no to-dos, no concepts', () => {
		const c = read([
			'## Contents',
			'1. [Attention](#attention)',
			'2. [Sparse models](#sparse-models)',
			'   - [Routing](#routing)',
			'',
			'| Week | Topic |',
			'| --- | --- |',
			'| 1 | [Attention](#attention) |',
			'',
			'## Attention',
			'- [Sparse Mixtures](https://arxiv.org/abs/2100.00001)',
		].join('\n'));
		expect(c.concepts).toEqual([]);
		expect(c.resources.map((r) => r.title)).toEqual(['Sparse Mixtures']);
		expect(kinds(c)).toEqual({ contents: 4 });
	});

	it('leaves out a promotion repeated in the page, but not a reading filed under several topics', () => {
		const promo = '> 📘 Want the whole story? Get [The Sparse Book](https://books.example.com/sparse) today.';
		const c = read(['## Attention', promo, '- [Sparse Mixtures](https://arxiv.org/abs/2100.00001)', '## Routing', promo, '- [Sparse Mixtures](https://arxiv.org/abs/2100.00001)', '## Memory', promo, '- [Sparse Mixtures](https://arxiv.org/abs/2100.00001)', '- [Routed Critics](https://arxiv.org/abs/2100.00002)'].join('\n'));
		expect(urls(c)).toEqual(['https://arxiv.org/abs/2100.00001', 'https://arxiv.org/abs/2100.00002']);
		expect(c.resources[0]!.topics).toEqual([['Attention'], ['Routing'], ['Memory']]);
		expect(kinds(c)).toEqual({ promotion: 3 });
	});

	it('never takes an intro or advice sentence for a concept', () => {
		const c = read(['## Tips', '- Do not try to read everything at once.', '- Start with the surveys, then the papers they cite.', '- Mixture of Experts', '- [Sparse Mixtures](https://arxiv.org/abs/2100.00001)'].join('\n'));
		expect(c.concepts.map((x) => x.title)).toEqual(['Mixture of Experts']);
	});

	it('leaves out what a section about the list itself links: contributors, licence, how to cite', () => {
		const c = read([
			'## Papers',
			'- [Sparse Mixtures](https://arxiv.org/abs/2100.00001)',
			'## Contributors & course staff',
			'- [Ada Okafor](https://ada.example.org) - course author',
			'- [Lin Wei](https://lin.example.org), [Sam Roe](https://sam.example.org) - lectures',
			'## Citation',
			'If you use this list, cite [our survey](https://arxiv.org/abs/2100.09999).',
			'## License',
			'[CC BY 4.0](https://example.org/licence)',
		].join('\n'));
		expect(urls(c)).toEqual(['https://arxiv.org/abs/2100.00001']);
		expect(c.topics.map((t) => t.title)).toEqual(['Papers']);
		expect(kinds(c)).toEqual({ profile: 3, citation: 1, licence: 1 });
	});

	it('reads the bullets of a course section as its notes, not as concepts', () => {
		const c = read([
			'## Stanford CS000: Sparse Models (2024)',
			'',
			'Covers routing, sparsity and scaling.',
			'',
			'- Lecture 1: Why sparsity',
			'- Lecture 2: Routing',
			'',
			'🔗 [Link to Course](https://www.youtube.com/playlist?list=PL000) 🔗 [Link to Materials](https://cs000.example.edu/)',
			'',
			'## MIT 6.000: Routing (2023)',
			'',
			'🔗 [Link to Course](https://www.youtube.com/playlist?list=PL001)',
			'',
			'## CMU 10-000: Scaling',
			'',
			'🔗 [Link to Course](https://www.youtube.com/playlist?list=PL002)',
		].join('\n'));
		expect(c.concepts).toEqual([]);
		expect(c.topics).toEqual([]);
		const first = c.resources[0]!;
		expect(first).toMatchObject({ title: 'Stanford CS000: Sparse Models (2024)', links: ['https://cs000.example.edu/'] });
		expect(first.notes).toEqual(['Covers routing, sparsity and scaling.', 'Lecture 1: Why sparsity', 'Lecture 2: Routing']);
		expect(c.resources.map((r) => r.title)).toEqual(['Stanford CS000: Sparse Models (2024)', 'MIT 6.000: Routing (2023)', 'CMU 10-000: Scaling']);
		expect(c.lists[0]!.report.titles).toEqual({ list: 0, heading: 3, address: 0 });
	});
});

describe('keeping what was left out', () => {
	const text = ['**Sparse** resources recommended by [Ada Okafor](https://ada.example.org)', '- [Sparse Mixtures](https://arxiv.org/abs/2100.00001)', '', '[![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)](https://colab.research.google.com/drive/2def)', '', '- [Follow me](https://x.com/adaokafor)'].join('\n');

	it('keeps every left-out link as a reading with keep all', () => {
		const all = buildCatalog([{ file: 'list.md', text }], { keep: 'all' });
		expect(all.resources.map((r) => r.url).sort()).toEqual(['https://ada.example.org/', 'https://arxiv.org/abs/2100.00001', 'https://colab.research.google.com/drive/2def', 'https://x.com/adaokafor']);
		expect(all.lists[0]!.report.leftOut).toEqual([]);
	});

	it('keeps only the links ticked', () => {
		const some = buildCatalog([{ file: 'list.md', text }], { keep: new Set(['https://colab.research.google.com/drive/2def']) });
		expect(some.resources.map((r) => r.url)).toEqual(['https://arxiv.org/abs/2100.00001', 'https://colab.research.google.com/drive/2def']);
		expect(some.lists[0]!.report.leftOut.map((l) => l.kind)).toEqual(['profile', 'profile']);
	});
});
