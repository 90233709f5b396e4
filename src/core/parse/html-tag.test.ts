/**
 * Single HTML tags read by string operations must read as htmlparser2 reads
 * them, or be handed to it. Differential: over every tag in the seeds, the
 * wild fixtures and the benchmark's list (and every inline HTML token
 * markdown-it finds there), over edge cases and over generated tags, the
 * plain reader gives htmlparser2's name, closing flag and attributes
 * whenever it gives anything.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { syntheticList } from '../../bench/generate';
import { readClosingTag, readPlainTag, readTag, readWithParser } from './html-tag';

const ROOT = join(__dirname, '../../..');
const filesIn = (dir: string): string[] => readdirSync(join(ROOT, dir)).map((f) => readFileSync(join(ROOT, dir, f), 'utf8'));
const TEXTS = [...filesIn('seeds'), ...filesIn('src/core/__tests__/wild'), syntheticList(3000, 7)];
const md = new MarkdownIt('default', { html: true });
const inlineHtml = (line: string): string[] => (md.parseInline(line, {})[0]?.children ?? []).filter((t) => t.type === 'html_inline').map((t) => t.content);
const REAL = [...new Set(TEXTS.flatMap((t) => t.split('\n')).flatMap((l) => [...(l.match(/<[^<>]*>/g) ?? []), ...inlineHtml(l)]))];

const EDGES = [
	'<br>', '<br/>', '<br />', '<BR>', '<Br/>', '<br >', '<a href="https://x.org/a?b=1&amp;c=2">', '<a href=&quot;x>', '<a href="x&y">', "<a href='x' title=\"y\">", '<a href=x title>',
	'<a title="a > b" href="x">', "<a title='\"q\"' href=x>", '<a href="x"title="y">', '<a href = "x" >', '<a\nhref="x">', '<a href="a\nb">', '<a href="a\tb">', '<a href="a\rb">', '<a href="">', "<a href=''>",
	'<a href>', '<a href=x/>', '<img src=a/>', '<img src="a.png"/>', '<img src="a.png" alt="A &lt;b&gt;" />', '<IMG SRC="A.PNG" ALT="Up">', '<a HREF="X">', '<a href="1" href="2">', '<a HREF="1" href="2">',
	'<a __proto__="x">', '<a constructor="x">', '<image src="a">', '<svg>', '<math>', '<form>', '<script>', '<textarea>', '<p>', '<td colspan=2 rowspan="3">', '<a b=c=d>', '<a b="c"/>', '<a :x="1" _y=2 z.w-v="3">',
	'<a-b c="d">', '<a1>', '<h1 id=x>', '</a>', '</A >', '</ a>', '</br>', '</p>', '<!-- c -->', '<?x?>', '<!DOCTYPE html>', '<![CDATA[x]]>', '<a', '<a href="x"', '<>', '< a>', '<1a>', '<a/b>', '<a b/c>',
	'<a href="x" / >', '<a href=`x`>', '<a href=x\'y>', '<a href="x">y', 'x<a>', '<a href=\u00e9>', '<a title="é ✓">', '<a b\u0000="c">', '<a b="c\u0000">',
];

function agrees(html: string): boolean {
	const plain = readClosingTag(html) ?? readPlainTag(html);
	if (plain && !plain.closing) expect(plain, JSON.stringify(html)).toEqual(readWithParser(html));
	expect(readTag(html), JSON.stringify(html)).toEqual(plain ?? readWithParser(html));
	return plain !== undefined;
}

describe('single HTML tags read by string operations agree with htmlparser2', () => {
	it('on every tag in the seeds, the wild fixtures and the benchmark list, reading nearly all of them', () => {
		expect(REAL.length).toBeGreaterThan(20);
		const read = REAL.filter(agrees).length;
		expect(read / REAL.length).toBeGreaterThan(0.8);
	});

	it('on edge cases: quotes, entities, case, values without quotes or without values, `>` in quotes, self-closing tags', () => {
		for (const t of EDGES) agrees(t);
	});

	it('reads the tags lists use without htmlparser2', () => {
		for (const t of ['<br>', '<br/>', '<a href="https://x.org/a">', '<img src="a.png" alt="A">', '<i>', '<td colspan=2>']) expect(readPlainTag(t), t).toBeDefined();
	});

	it('on generated tags', () => {
		const name = fc.constantFrom('a', 'A', 'img', 'br', 'td', 'image', 'x-y', 'svg', 'p');
		const attrName = fc.constantFrom('href', 'HREF', 'src', 'alt', 'title', 'data-x', ':y', '_z', 'a.b', '__proto__', 'x"', '1');
		const value = fc.oneof(fc.constantFrom('', 'x', 'https://a.org/b?c=1', 'a b', 'a>b', "it's", '"q"', '&amp;', '&lt;', 'a/', '/', 'é', '`', '=', 'a\nb'), fc.string({ maxLength: 5 }));
		const quote = fc.constantFrom('"', "'", '');
		const space = fc.constantFrom(' ', '  ', '\n', '\t', '');
		const attr = fc.tuple(space, attrName, fc.option(fc.tuple(fc.constantFrom('=', ' = ', '= '), quote, value))).map(([s, n, v]) => (v ? `${s}${n}${v[0]}${v[1]}${v[2]}${v[1]}` : `${s}${n}`));
		const tag = fc.tuple(name, fc.array(attr, { maxLength: 4 }), fc.constantFrom('>', '/>', ' />', ' >', '')).map(([n, a, end]) => `<${n}${a.join('')}${end}`);
		fc.assert(fc.property(tag, (t) => void agrees(t)), { numRuns: 4000 });
	});
});
