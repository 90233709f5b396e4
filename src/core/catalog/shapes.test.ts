/**
 * Shapes from real lists the reader once got wrong (issue 22), each written
 * anew: generic labels, papers whose title is not their link's text, fold
 * labels and repeated sub-headings, links lost or merged, venue and year.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog, type Catalog, type Resource } from '../index';

const read = (text: string, base?: string): Catalog => buildCatalog([{ file: 'list.md', text, ...(base ? { base } : {}) }]);
const at = (c: Catalog, url: string): Resource => {
	const r = c.resources.find((x) => x.url === url);
	if (!r) throw new Error(`no reading ${url}; have ${c.resources.map((x) => x.url).join(', ')}`);
	return r;
};

describe('generic labels never become titles', () => {
	it('takes the words beside a badge or a medium word, never the badge or the word', () => {
		const badges = (id: string, paper: string): string =>
			`    [![arXiv](https://img.shields.io/badge/arXiv-${id}-b31b1b.svg)](https://arxiv.org/abs/${id}) [![No Link Code](https://img.shields.io/badge/code-none-red.svg)]() [![thecvf](https://img.shields.io/badge/pdf-thecvf-blue.svg)](https://openaccess.thecvf.com/${paper}.pdf)`;
		const c = read([
			'- **[ICCV 2023]** Sparse Mixtures for Long Documents [**`PTQ`, `CNN`**] <br>',
			badges('2300.00001', 'sparse'),
			'- **[CVPR 2022]** Routed Critics under Noise [**`QAT`**] <br>',
			badges('2300.00002', 'routed'),
			'- **[ICLR 2021]** Gated Sketches for Speech <br>',
			badges('2300.00003', 'gated'),
			'- [book](https://example.org/isbn/123) Deep Learning, by Goodfellow et al.',
		].join('\n'));
		expect(c.resources.map((r) => r.title)).toEqual(['Sparse Mixtures for Long Documents', 'Routed Critics under Noise', 'Gated Sketches for Speech', 'Deep Learning, by Goodfellow et al.']);
		expect(at(c, 'https://arxiv.org/abs/2300.00001')).toMatchObject({ venue: 'ICCV', year: 2023, links: ['https://openaccess.thecvf.com/sparse.pdf'] });
	});
});

describe('papers whose title is not their link text are readings, not topics', () => {
	it('reads a bold numbered title, a byline and a bare address as one paper', () => {
		const c = read(['## Unit 1: Foundations', '', '**13. Attention Is All You Need**  ', '*Vaswani et al. (2017)*  ', 'The transformer.  ', 'https://arxiv.org/abs/1706.03762', '', '**14. Routed Critics**  ', '*Ada Okafor (2021)*  ', 'https://arxiv.org/abs/2100.00002'].join('\n'));
		expect(at(c, 'https://arxiv.org/abs/1706.03762')).toMatchObject({ title: 'Attention Is All You Need', year: 2017, topics: [['Unit 1: Foundations']] });
		expect(at(c, 'https://arxiv.org/abs/2100.00002')).toMatchObject({ title: 'Routed Critics', year: 2021, authors: ['Ada Okafor'] });
		expect(c.topics.map((t) => t.title)).toEqual(['Unit 1: Foundations']);
	});

	it('reads the same paper when each line is a paragraph of its own, the bold line naming its section', () => {
		const c = read(['**13. Attention Is All You Need**', '', '*Vaswani et al. (2017)*', '', 'https://arxiv.org/abs/1706.03762'].join('\n'));
		expect(c.resources.map((r) => [r.title, r.year])).toEqual([['Attention Is All You Need', 2017]]);
		expect(c.topics).toEqual([]);
	});

	it('takes a title with its labelled links on the lines under it as one reading', () => {
		const c = read(['- Sparse Mixtures for Long Documents.', '  [[pdf]](https://arxiv.org/pdf/2100.00001.pdf)', '  [[code]](https://github.com/ada/sparse)', '  - Ada Okafor and Lin Wei. *ICML 2019*'].join('\n'));
		expect(c.resources).toHaveLength(1);
		expect(c.resources[0]).toMatchObject({ title: 'Sparse Mixtures for Long Documents', venue: 'ICML', year: 2019, links: ['https://github.com/ada/sparse'], authors: ['Ada Okafor', 'Lin Wei'] });
		expect(c.topics).toEqual([]);
	});

	it("reads a paper that is a file in the list's repository", () => {
		const c = read('* **[Sparse Mixtures](papers/sparse.pdf)**\n  * Our reading group paper', 'https://github.com/ada/reading/blob/main/README.md');
		expect(c.resources.map((r) => [r.title, r.url])).toEqual([['Sparse Mixtures', 'https://github.com/ada/reading/blob/main/papers/sparse.pdf']]);
		expect(c.topics).toEqual([]);
	});
});

describe('fold labels and repeated sub-headings add no level', () => {
	it('files what a fold labelled more holds under the section above', () => {
		const c = read(['## Routing', '- [Sparse Mixtures](https://arxiv.org/abs/2100.00001)', '<details><summary> more </summary>', '', '- [Routed Critics](https://arxiv.org/abs/2100.00002)', '', '</details>', '', '<details>', '<summary>Toggle section (optional)</summary>', '- [Gated Sketches](https://arxiv.org/abs/2100.00003)', '</details>'].join('\n'));
		expect(c.resources.map((r) => r.topics)).toEqual([[['Routing']], [['Routing']], [['Routing']]]);
	});

	it('closes a fold and opens the next one written in the same HTML block', () => {
		const c = read(['<details>', '<summary>Vision</summary>', '', '- [Sparse Mixtures](https://arxiv.org/abs/2100.00001)', '    - [Routed Critics](https://arxiv.org/abs/2100.00002)', '</details>', '<details>', '<summary>Language</summary>', '', '- [Gated Sketches](https://arxiv.org/abs/2100.00003)', '</details>'].join('\n'));
		expect(c.resources.map((r) => r.topics)).toEqual([[['Vision']], [['Vision']], [['Language']]]);
	});

	it('reads a line ending in a colon as an introduction, not a topic', () => {
		const c = read(['## Attention', '', "You'll learn:", '', '- [Sparse Mixtures](https://arxiv.org/abs/2100.00001)', '', '**To learn:**', '- [Routed Critics](https://arxiv.org/abs/2100.00002)'].join('\n'));
		expect(c.topics.map((t) => t.title)).toEqual(['Attention']);
		expect(c.concepts).toEqual([]);
	});

	it('files what a sub-heading repeated under every section holds under its section', () => {
		const section = (name: string, k: number): string[] => [`## ${name}`, `- [${name} basics](https://a.example.org/${k})`, '### 📚 References', `- [${name} survey](https://arxiv.org/abs/2100.0000${k})`];
		const c = read([...section('Attention', 1), ...section('Routing', 2), ...section('Memory', 3)].join('\n'));
		expect(c.topics.map((t) => t.title)).toEqual(['Attention', 'Routing', 'Memory']);
		expect(at(c, 'https://arxiv.org/abs/2100.00002').topics).toEqual([['Routing']]);
	});
});

describe('links are neither lost nor merged', () => {
	it('reads reference-style links', () => {
		const c = read(['| Week | Topic | Materials |', '| --- | --- | --- |', '| 1 | Sparsity | [slides][s01], [Sparse Mixtures][p01] |', '', '[s01]: https://course.example.edu/slides/01.pdf', '[p01]: https://arxiv.org/abs/2100.00001'].join('\n'));
		expect(c.resources.map((r) => r.url)).toContain('https://arxiv.org/abs/2100.00001');
		expect(c.topics.map((t) => t.title).join(' ')).not.toMatch(/s01|p01/);
	});

	it('leaves out links the author commented out inside a document, and counts them', () => {
		const c = read(['- [Sparse Mixtures](https://arxiv.org/abs/2100.00001)', '<!-- - [Routed Critics](https://arxiv.org/abs/2100.00002)', '- [Gated Sketches](https://arxiv.org/abs/2100.00003) -->', '- [Latent Samplers](https://arxiv.org/abs/2100.00004)'].join('\n'));
		expect(c.resources.map((r) => r.title)).toEqual(['Sparse Mixtures', 'Latent Samplers']);
		expect(c.lists[0]!.report.commentedOut.map((x) => x.line)).toEqual([2, 3]);
	});

	it("reads an issue named by a paper as the reader's note on it, and one named by a word as a contributing link", () => {
		const c = read(['- [Sparse Mixtures for Long Documents](https://github.com/ada/papers/issues/12)', '- [Routed Critics under Noise](https://github.com/ada/papers/issues/13)', '- Help wanted: [WIP](https://github.com/ada/papers/issues/1)'].join('\n'));
		expect(c.resources.map((r) => r.title)).toEqual(['Sparse Mixtures for Long Documents', 'Routed Critics under Noise']);
		expect(c.lists[0]!.report.leftOut.map((l) => l.kind)).toEqual(['contributing']);
	});

	it('keeps papers told apart only by an anchor on one notes page apart', () => {
		const c = read(['- [Sparse Mixtures](https://notes.example.org/papers.html#sparse)', '- [Routed Critics](https://notes.example.org/papers.html#routed)', '- [Gated Sketches](https://notes.example.org/papers.html#gated)'].join('\n'));
		expect(c.resources.map((r) => [r.title, r.aliases])).toEqual([['Sparse Mixtures', []], ['Routed Critics', []], ['Gated Sketches', []]]);
	});
});

describe('venue and year leave the title', () => {
	it('reads bracketed, bold and closing venue tags, and a closing full stop', () => {
		const c = read([
			'1. [ICLR 2022] [Sparse Mixtures for Long Documents.](https://arxiv.org/abs/2100.00001)',
			'2. **[ICCV 2023]** [Routed Critics under Noise](https://arxiv.org/abs/2100.00002)',
			'3. Okafor, A. "Gated Sketches for Speech." ICLR 2017. [pdf](https://arxiv.org/abs/2100.00003)',
			'4. **Latent Samplers for Math Reasoning.** NeurIPS 2020. [paper](https://arxiv.org/abs/2100.00004)',
		].join('\n'));
		expect(c.resources.map((r) => [r.title, r.venue, r.year])).toEqual([
			['Sparse Mixtures for Long Documents', 'ICLR', 2022],
			['Routed Critics under Noise', 'ICCV', 2023],
			['Gated Sketches for Speech', 'ICLR', 2017],
			['Latent Samplers for Math Reasoning', 'NeurIPS', 2020],
		]);
	});
});
