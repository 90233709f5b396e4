/**
 * The parser never throws, whatever it is given, and its cost grows with the
 * size of the input, not faster. Cost is checked by counting, not timing:
 * a pathological input must be handled in one call that returns, with the
 * outline it should have.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../index';
import { parseList } from '../parse/list';
import { endsIn } from './ends';

const MARKDOWNISH = ['- ', '* ', '1. ', '  ', '\t', '[', ']', '(', ')', '<!--', '-->', '{%', '%}', '**', '~~', '|', '---', '!!! note "x"', '> [!NOTE]', '```', '<details>', '[[', ']]', '\n', 'https://a.io/x', 'http://b.org', 'javascript:', '![i](', '#', '\\'];

const markdownish = fc.array(fc.oneof(fc.constantFrom(...MARKDOWNISH), fc.string({ maxLength: 8 })), { maxLength: 60 }).map((a) => a.join(''));

describe('the parser never throws', () => {
	it('on arbitrary strings', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 400, unit: 'binary' }), (s) => {
				buildCatalog([{ file: 'x.md', text: s }]);
			}),
			{ numRuns: 300 },
		);
	});

	it('on markdown-shaped noise', () => {
		fc.assert(
			fc.property(markdownish, (s) => {
				const c = buildCatalog([{ file: 'x.md', text: s }]);
				for (const r of c.resources) expect(r.title.trim()).not.toBe('');
			}),
			{ numRuns: 400 },
		);
	});

	it('on random bytes decoded as text', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
				buildCatalog([{ file: 'x.md', text: new TextDecoder().decode(bytes) }]);
			}),
			{ numRuns: 200 },
		);
	});
});

describe('every link is accounted for', () => {
	const host = fc.constantFrom('arxiv.org/abs/2205.14135', 'github.com/a/b', 'example.org/p/some-post', 'youtu.be/zduSFxRajkE', 'x.com/u/status/1', 'blog.io/2024/x');
	const linkForm = fc.tuple(host, fc.constantFrom('md', 'bare', 'auto', 'label', 'badge', 'html', 'bracketed'), fc.constantFrom('Paper', 'Code', 'Great post', 'word2vec', '')).map(([h, form, label]) => {
		const url = `https://${h}`;
		if (form === 'md') return `[${label || 'x'}](${url})`;
		if (form === 'auto') return `<${url}>`;
		if (form === 'label') return `${label || 'note'}: ${url}`;
		if (form === 'badge') return `[![${label || 'video'}](https://img.example/badge.svg)](${url})`;
		if (form === 'html') return `<a href="${url}">${label || 'here'}</a>`;
		if (form === 'bracketed') return `[[${label || 'arXiv'}](${url})]`;
		return url;
	});
	const words = fc.constantFrom(' and ', ' - ', ' (Blog)', ' [DONE]', ' ~~x~~ ', ' ', '3) **Sparse Mixtures** - shows that ', ' <br> ● point ', ' ✅ ', ' :star: ');
	const parts = fc.array(fc.oneof(linkForm, words), { minLength: 1, maxLength: 4 }).map((p) => p.join(''));
	const line = fc.tuple(fc.constantFrom('- ', '1. ', '\t- ', '    * ', '', '| '), parts).map(([m, p]) => m + p);
	// Table rows with the description in one cell and links in others, under a header naming the columns.
	const tableRow = fc.tuple(parts, parts, fc.constantFrom('', 'ACL', '2024-05', 'Done')).map(([a, b, c]) => `| ${a.replace(/\|/g, ' ')} | ${b.replace(/\|/g, ' ')} | ${c} |`);
	const table = fc.array(tableRow, { minLength: 1, maxLength: 5 }).map((r) => ['', '| Paper | Links | Venue |', '| --- | --- | --- |', ...r, ''].join('\n'));
	const htmlCell = fc.tuple(linkForm, fc.boolean()).map(([l, span]) => `<td${span ? ' rowspan="2"' : ''}>${l.replace(/\|/g, ' ')}</td>`);
	const htmlTable = fc.array(fc.array(htmlCell, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }).map((rs) => ['', '<table>', '<tr><th>Category</th><th>Paper</th><th>Code</th></tr>', ...rs.map((r) => `<tr>${r.join('')}</tr>`), '</table>', ''].join('\n'));
	const doc = fc.array(fc.oneof(line, line, table, htmlTable, fc.constantFrom('## Section', 'Plain title', '', '---', '!!! note "N"', '| A | B |', '|---|---|')), { maxLength: 25 }).map((l) => ['# List', ...l].join('\n'));

	// Each document starts with a heading, so none opens with front matter (metadata, not items).
	it('as a resource, a related link, an attribution, a diagnostic or a link left out, in items, table cells, HTML tables, badges and descriptions', () => {
		fc.assert(
			fc.property(doc, (text) => {
				const ends = endsIn(buildCatalog([{ file: 'x.md', text }]));
				// An image's source is not a link to anything (the badge's own target is).
				const linksOnly = text.replace(/!\[[^\]]*\]\(https:\/\/img\.example\/badge\.svg\)/g, '');
				for (const m of linksOnly.matchAll(/https:\/\/[^\s()<>[\]|"]+/g)) {
					const url = m[0].replace(/[.,;:!?'"*_~]+$/, '');
					expect(ends(url), `${url} in\n${text}`).toBe(true);
				}
			}),
			{ numRuns: 1000 },
		);
	});
});

describe('pathological input', () => {
	it('reads a 10 MB single line', () => {
		const big = 'word '.repeat(1_000_000) + 'https://example.org/end ' + '['.repeat(500_000) + '('.repeat(500_000);
		const c = buildCatalog([{ file: 'big.md', text: big }]);
		expect(c.resources.map((r) => r.url)).toEqual(['https://example.org/end']);
		expect(c.resources[0]!.title.length).toBeLessThanOrEqual(201);
	});

	it('reads 1,000 levels of nesting, keeping a bounded depth', () => {
		const lines = Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i * 2)}- level ${i} https://example.org/${i}`);
		const c = buildCatalog([{ file: 'deep.md', text: lines.join('\n') }]);
		expect(c.resources).toHaveLength(1000);
		expect(c.diagnostics.some((d) => d.message.includes('nested deeper'))).toBe(true);
	});

	it('reads 1,000 nested quotes and admonitions without recursing without bound', () => {
		const quotes = '> '.repeat(1000) + '- [A](https://a.io/x)';
		expect(buildCatalog([{ file: 'q.md', text: quotes }]).resources).toHaveLength(1);
		const adm = Array.from({ length: 200 }, (_, i) => `${'    '.repeat(i)}!!! note "N${i}"`).join('\n') + `\n${'    '.repeat(200)}- https://a.io/deep`;
		expect(buildCatalog([{ file: 'a.md', text: adm }]).resources).toHaveLength(1);
	});

	it('survives unbalanced brackets, comments, fences and ragged tables', () => {
		const text = ['- [unclosed (https://a.io/x', '<!-- never closed', '- ]]]) [[ ((( https://b.io/y', '| a | b', '| --- |', '| [C](https://c.io/z) | 1 | 2 | 3 |', '|', '```', '- https://d.io/in-code'].join('\n');
		const c = buildCatalog([{ file: 'u.md', text }]);
		expect(c.resources.map((r) => r.url).sort()).toEqual(['https://a.io/x', 'https://b.io/y', 'https://c.io/z']);
	});

	it('does not backtrack on lines built to trip regexes', () => {
		const evil = [
			'**'.repeat(200_000),
			'!!! ' + 'a'.repeat(100_000) + ' "',
			'| ' + '-|'.repeat(100_000) + 'x',
			'<a ' + 'href='.repeat(50_000),
			'{%'.repeat(100_000),
			'https://' + 'a.'.repeat(100_000),
			'- ' + '[x]('.repeat(100_000),
		];
		for (const line of evil) {
			const parsed = parseList('e.md', line);
			expect(parsed.file).toBe('e.md');
		}
	});
});
