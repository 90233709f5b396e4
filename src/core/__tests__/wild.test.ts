/**
 * Lists in the shapes researchers keep and share (citation roadmaps, weekly
 * paper tables, survey tables with link columns, badge tables, tab titles,
 * reading logs with check marks, HTML tables, course schedules). The
 * fixtures under `wild/` are made up, at least 20 items each, in those
 * shapes. Every list must give the titles a researcher would write, keep
 * every link, and obey the title rules.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog, canonicalize, type Catalog, type Resource } from '../index';
import { endsIn } from './ends';

const DIR = join(__dirname, 'wild');
const files = readdirSync(DIR).filter((f) => f.endsWith('.md')).sort();
const text = (f: string): string => readFileSync(join(DIR, f), 'utf8');
const read = (f: string): Catalog => buildCatalog([{ file: f, text: text(f) }]);

function byUrl(c: Catalog, url: string): Resource {
	const r = c.resources.find((x) => x.url === url);
	if (!r) throw new Error(`no resource ${url}; have ${c.resources.map((x) => x.url).join(', ')}`);
	return r;
}

/** Every http(s) link written in the text, except image sources (an image is not a link). */
function linksIn(s: string): string[] {
	const noImages = s.replace(/!\[[^\]]*\]\([^)]*\)/g, ' ').replace(/<img\b[^>]*>/gi, ' ');
	return [...noImages.matchAll(/https?:\/\/[^\s)\]>"'|<]+/g)].map((m) => m[0].replace(/[.,;:!?*_~]+$/, ''));
}

describe('every list from the wild', () => {
	it.each(files)('%s: every link is a resource, a related link, a diagnostic or a link left out', (f) => {
		const ends = endsIn(read(f));
		for (const url of linksIn(text(f))) expect(canonicalize(url) !== undefined && ends(url), `${url} in ${f}`).toBe(true);
	});

	it.each(files)('%s: titles obey the rules', (f) => {
		const c = read(f);
		expect(c.resources.length).toBeGreaterThanOrEqual(20);
		for (const r of c.resources) {
			const t = r.title;
			expect(t.length, t).toBeLessThanOrEqual(200);
			expect(t, f).not.toMatch(/\*\*|\]\(|<br|<img|`|:star:|[[\]]/);
			expect(t, f).not.toMatch(/^(?:\d{1,4}[.)]\s|\[\d+\]|\(\d+\))/);
			expect(t.split('(').length, t).toBe(t.split(')').length);
			for (const n of r.notes) expect(n, f).not.toMatch(/[[\]]|\]\(/);
		}
	});
});

describe('1. title, then bracketed labelled links', () => {
	const c = read('bracketed-links.md');
	it('keeps the line\'s words as the title and the other links as related links', () => {
		const r = byUrl(c, 'https://arxiv.org/abs/2100.10000');
		expect(r.title).toBe('Sparse Mixtures for Long Documents');
		expect(r.links).toEqual(['https://github.com/lab0/sparse-mixtures', 'https://slides.example.edu/talk0.pdf']);
		expect(r.topics).toEqual([['Foundations']]);
	});
	it('reads labels like Nature, NIPS paper, article2 and code/docs as labels', () => {
		expect(byUrl(c, 'https://arxiv.org/abs/2101.10037').title).toBe('Routed Critics under Noise');
		expect(byUrl(c, 'https://arxiv.org/abs/2102.10074').title).toBe('Gated Sketches for Speech');
		expect(byUrl(c, 'https://arxiv.org/abs/2103.10111').title).toBe('Latent Samplers for Math Reasoning');
		expect(c.resources).toHaveLength(24);
		expect(c.resources.map((r) => r.title)).not.toContain('Nature');
	});
});

describe('6. items spanning lines', () => {
	it('reads link text that wraps onto the next line as one item', () => {
		const c = read('bracketed-links.md');
		expect(byUrl(c, 'https://arxiv.org/abs/2105.10185').title).toBe('Elastic Diffusion at Scale');
		expect(byUrl(c, 'https://arxiv.org/abs/2103.10851')).toMatchObject({ title: 'Bounded Routers with Guarantees', topics: [['Later work']] });
		expect(c.topics.map((t) => t.title)).toEqual(['Foundations', 'Later work']);
	});
});

describe('2. citation lines', () => {
	const c = read('citations.md');
	it('takes the title from the quoted bold part, with authors, year, venue, remark and rating', () => {
		expect(byUrl(c, 'https://arxiv.org/abs/2100.10000')).toMatchObject({
			title: 'Sparse Mixtures for Long Documents', authors: ['Ada Okafor', 'Ines Oyelaran'], year: 2015, venue: 'Proceedings of ACL', rating: 1, notes: ['Widely cited'],
		});
	});
	it('reads the short forms', () => {
		expect(byUrl(c, 'https://arxiv.org/abs/2101.10037')).toMatchObject({ title: 'Routed Critics under Noise', authors: ['L. Lindqvist'], year: 2016 });
		expect(byUrl(c, 'https://arxiv.org/abs/2102.10074')).toMatchObject({ title: 'Gated Sketches for Speech', authors: ['T. Nakamura'], year: 2017, venue: 'NeurIPS', rating: 3 });
	});
	it('gives every one of the 24 items its year', () => {
		expect(c.resources).toHaveLength(24);
		expect(c.resources.every((r) => typeof r.year === 'number' && r.authors?.length)).toBe(true);
	});
});

describe('3. weekly paper tables', () => {
	const c = read('weekly-table.md');
	it('takes the bold name as the title and the description as the note; the tweet is a related link', () => {
		const r = byUrl(c, 'https://arxiv.org/abs/2100.10000');
		expect(r.title).toBe('Sparse Mixtures for Long Documents');
		expect(r.links).toEqual(['https://x.com/weekly_ml/status/1700000000000']);
		expect(r.notes[0]).toMatch(/^shows that routing/);
		expect(r.topics).toEqual([['Week of 3 March']]);
	});
	it('reads the variant without bold: the name before the description, bullets as lines, links in the description related', () => {
		const r = byUrl(c, 'https://arxiv.org/abs/2101.10037');
		expect(r.title).toBe('Routed Critics under Noise');
		expect(r.notes).toEqual(['This paper proposes a latent objective; it reuses a public recipe and beats baselines.', 'point one about data', 'point two about cost']);
		expect(r.links).toEqual(['https://x.com/weekly_ml/status/1700000000001', 'https://blog.example.org/recipe-1']);
	});
	it('makes no resource of Paper or Tweet', () => {
		expect(c.resources).toHaveLength(22);
		expect(c.resources.filter((r) => /^(?:Paper|Tweet)$/.test(r.title))).toEqual([]);
	});
});

describe('4. survey tables with link columns', () => {
	const c = read('survey-table.md');
	it('makes one resource per row with venue, year and the Github and Demo links related', () => {
		expect(c.resources).toHaveLength(22);
		expect(byUrl(c, 'https://arxiv.org/abs/2101.10037')).toMatchObject({
			title: 'Routed Critics under Noise', venue: 'EMNLP', year: 2020, links: ['https://github.com/lab1/routed-critics', 'https://demo.example.net/1'],
		});
		expect(c.resources.some((r) => r.title === 'Github' || r.notes.some((n) => n.includes('](')))).toBe(false);
	});
});

describe('5. badge-wrapped links', () => {
	const c = read('badge-links.md');
	it('reads a table of video badges as videos titled by their row', () => {
		const r = byUrl(c, 'https://www.youtube.com/watch?v=vid0003abcd');
		expect(r).toMatchObject({ title: 'Latent Samplers for Math Reasoning', kind: 'video' });
		expect(c.resources).toHaveLength(26);
	});
	it('keeps the second badge of an item as a related link', () => {
		expect(byUrl(c, 'https://slides.example.edu/21').links).toEqual(['https://www.youtube.com/watch?v=vid0021abcd']);
	});
});

describe('7. titles copied from browser tabs', () => {
	const c = read('tab-titles.md');
	it('keeps the name, with the tab title as an alias', () => {
		expect(byUrl(c, 'https://arxiv.org/abs/2100.10000')).toMatchObject({ title: 'Sparse Mixtures for Long Documents', aliases: ['[2106.10000] Sparse Mixtures for Long Documents'] });
		expect(byUrl(c, 'https://openreview.net/forum?id=abc1XYZ')).toMatchObject({ title: 'Routed Critics under Noise', aliases: ['Routed Critics under Noise | OpenReview'] });
		expect(byUrl(c, 'https://github.com/lab2/gated-sketches').title).toBe('Gated Sketches for Speech');
		expect(byUrl(c, 'https://www.youtube.com/watch?v=tab0003wxyz').title).toBe('Latent Samplers for Math Reasoning');
		expect(byUrl(c, 'https://blog.example.org/posts/4').title).toBe('Frozen Memory for Vision');
	});
});

describe('10. status columns and markers', () => {
	const c = read('status-markers.md');
	it('reads ✅, ✔, Done and Read cells as done and leaves empty ones todo', () => {
		const statuses = c.resources.slice(0, 20).map((r) => r.status);
		expect(statuses.slice(0, 5)).toEqual(['done', 'done', 'done', 'todo', 'done']);
		expect(byUrl(c, 'https://arxiv.org/abs/2100.10000').notes).toEqual(['skimmed']);
	});
	it('reads an emoji marker in front of a list item', () => {
		expect(byUrl(c, 'https://arxiv.org/abs/2101.10777').status).toBe('done');
		expect(byUrl(c, 'https://arxiv.org/abs/2100.10740').status).toBe('todo');
	});
});

describe('11 and 12. duplicates and kinds', () => {
	const c = read('kinds-duplicates.md');
	it('lets the list item name what prose mentioned, the anchor becoming an alias', () => {
		expect(byUrl(c, 'https://aclanthology.org/2021.acl-long.6')).toMatchObject({ title: 'Recursive Experts for Tabular Data', aliases: ['language parsers'] });
		expect(byUrl(c, 'https://proceedings.neurips.cc/paper/2020/hash/abc1-Abstract.html').aliases).toEqual(['this write-up']);
	});
	it('reads proceedings pages as papers and a row saying Blog as an article', () => {
		for (const u of ['https://www.ijcai.org/proceedings/2021/3', 'https://proceedings.mlr.press/v139/a2.html', 'https://openreview.net/forum?id=k4', 'https://doi.org/10.1000/j.5']) expect(byUrl(c, u).kind, u).toBe('paper');
		expect(byUrl(c, 'https://tiny43.example.com/').kind).toBe('article');
	});
});

describe('9. HTML tables', () => {
	const c = read('html-table.md');
	it('files every row under the category its rowspan gives, with the row line', () => {
		expect(c.resources).toHaveLength(22);
		expect(byUrl(c, 'https://arxiv.org/abs/2301.20000')).toMatchObject({ title: 'Sparse Mixtures', topics: [['Vision & Language']], notes: ['Elastic et al., 2023', 'fast & small'] });
		expect(byUrl(c, 'https://arxiv.org/abs/2306.20055').topics).toEqual([['Vision & Language']]);
		expect(byUrl(c, 'https://arxiv.org/abs/2307.20066').topics).toEqual([['Speech']]);
		expect(c.resources.filter((r) => r.topics[0]?.[0] === 'Theory')).toHaveLength(7);
		expect(byUrl(c, 'https://arxiv.org/abs/2301.20000').sources).toEqual([{ file: 'html-table.md', line: 15 }]); // the row's <tr>
	});
	it('keeps the code links of a row as related links of its paper', () => {
		expect(byUrl(c, 'https://arxiv.org/abs/2302.20011').links).toEqual(['https://github.com/sparse-lab/routed-1']);
		expect(c.resources.some((r) => r.url.includes('github.com'))).toBe(false);
	});
});

describe('8. course schedules', () => {
	const c = read('course-schedule.md');
	it('makes each lecture a numbered topic under the section, not under the sentence above the table', () => {
		const lectures = c.topics.filter((t) => t.title.startsWith('Lecture '));
		expect(lectures).toHaveLength(22);
		expect(lectures[4]).toMatchObject({ title: 'Lecture 5: Attention, Part 2', path: ['Schedule', 'Lecture 5: Attention, Part 2'] });
		expect(c.topics.some((t) => t.title.endsWith(':') || t.title.startsWith('The schedule'))).toBe(false);
	});
	it('never lets two lectures share a topic, even with the same name', () => {
		const reviews = c.topics.filter((t) => /Review$/.test(t.title)).map((t) => t.title);
		expect(reviews).toEqual(['Lecture 6: Review', 'Lecture 21: Review']);
	});
	it('files the slides (video related, date noted) and the named readings under the lecture', () => {
		expect(byUrl(c, 'https://course.example.edu/slides/lec05.pdf')).toMatchObject({
			title: 'Attention, Part 2', links: ['https://www.youtube.com/watch?v=lec05abcdef'], notes: ['Lecture 5, 1/29'], topics: [['Schedule', 'Lecture 5: Attention, Part 2']],
		});
		expect(byUrl(c, 'https://arxiv.org/abs/2204.30052')).toMatchObject({ title: 'Reading 4A: a study of attention', topics: [['Schedule', 'Lecture 4: Attention, Part 1']] });
		expect(byUrl(c, 'https://course.example.edu/slides/lec06.pdf').title).toBe('Lecture 6: Review');
	});
});
