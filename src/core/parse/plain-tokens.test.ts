/**
 * markdown-it with plain token and state objects must be markdown-it:
 * the same fields with the same values on every object it makes, and the
 * same token streams, block and inline, on every list of the seeds, the
 * wild fixtures, the corpus (when it is checked out) and the benchmark list,
 * on each of their lines, and on generated text.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import MarkdownIt, { type MarkdownIt as Md } from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { syntheticList } from '../../bench/generate';
import { sourceFor, withPlainTokens } from './plain-tokens';

const ROOT = join(__dirname, '../../..');
const filesIn = (dir: string): string[] => (existsSync(join(ROOT, dir)) ? readdirSync(join(ROOT, dir)).map((f) => readFileSync(join(ROOT, dir, f), 'utf8')) : []);
const LISTS = [...filesIn('seeds'), ...filesIn('src/core/__tests__/wild'), ...filesIn('corpus/lists'), syntheticList(3000, 7)];

// The two configurations the parse layer uses: blocks only (`list.ts`) and inline (`inline.ts`).
function blockMd(): Md {
	const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false, maxNesting: 2000 });
	md.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join']);
	return md;
}
function inlineMd(): Md {
	const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false });
	md.validateLink = (): boolean => true;
	return md;
}
const libBlock = blockMd();
const plainBlock = withPlainTokens(blockMd());
const libInline = inlineMd();
const plainInline = withPlainTokens(inlineMd());
const libFull = new MarkdownIt();
const plainFull = withPlainTokens(new MarkdownIt());
// `sourceFor` in front of an instance without the `normalize` rule is the rule.
const unnormalised = withPlainTokens(new MarkdownIt());
unnormalised.core.ruler.disable('normalize');

/** The fields of a markdown-it object as data (the instance and the token class left out). */
function fields(o: object): [string, unknown][] {
	return Object.entries(o).filter(([k]) => k !== 'md' && k !== 'Token');
}

describe('markdown-it with plain token and state objects', () => {
	it('makes objects with the library’s fields, in its order, and its prototypes', () => {
		const env = { references: {} };
		const libCore = new libInline.core.State('a *b*', libInline, env);
		const plainCore = new plainInline.core.State('a *b*', plainInline, env);
		expect(Object.keys(plainCore)).toEqual(Object.keys(libCore));
		expect(fields(plainCore)).toEqual(fields(libCore));
		expect(plainCore).toBeInstanceOf(libInline.core.State);
		const LibToken = libCore.Token;
		const PlainToken = plainCore.Token;
		expect(PlainToken.prototype).toBe(LibToken.prototype);
		for (const [type, tag, nesting] of [['text', '', 0], ['link_open', 'a', 1], ['link_close', 'a', -1]] as const) {
			const lib = new LibToken(type, tag, nesting);
			const plain = new PlainToken(type, tag, nesting);
			expect(Object.keys(plain)).toEqual(Object.keys(lib));
			expect(JSON.stringify(plain)).toBe(JSON.stringify(lib));
			expect(plain).toBeInstanceOf(LibToken);
		}
		const libState = new libInline.inline.State('a *b*', libInline, env, []);
		const plainState = new plainInline.inline.State('a *b*', plainInline, env, []);
		expect(Object.keys(plainState)).toEqual(Object.keys(libState));
		expect(fields(plainState)).toEqual(fields(libState));
		expect(plainState).toBeInstanceOf(libInline.inline.State);
		const libBlockState = new libBlock.block.State('# a\n\nb\n', libBlock, env, []);
		const plainBlockState = new plainBlock.block.State('# a\n\nb\n', plainBlock, env, []);
		expect(Object.keys(plainBlockState)).toEqual(Object.keys(libBlockState));
		expect(fields(plainBlockState)).toEqual(fields(libBlockState));
	});

	it('pushes as the library pushes: tokens, levels, delimiters and pending text', () => {
		const env = {};
		const lib = new libInline.inline.State('x', libInline, env, []);
		const plain = new plainInline.inline.State('x', plainInline, env, []);
		for (const s of [lib, plain]) {
			s.pending = 'a';
			s.push('link_open', 'a', 1);
			s.delimiters.push({ marker: 42, length: 1, token: 0, end: -1, open: true, close: false });
			s.pending = 'b';
			s.push('link_close', 'a', -1);
			s.pending = 'c';
			s.pushPending();
		}
		expect(JSON.stringify(fields(plain))).toBe(JSON.stringify(fields(lib)));
		const libB = new libBlock.block.State('a\n', libBlock, env, []);
		const plainB = new plainBlock.block.State('a\n', plainBlock, env, []);
		for (const s of [libB, plainB]) {
			s.push('paragraph_open', 'p', 1);
			s.push('inline', '', 0);
			s.push('paragraph_close', 'p', -1);
		}
		expect(JSON.stringify(fields(plainB))).toBe(JSON.stringify(fields(libB)));
	});

	it('gives the library’s token streams on every list and every line', () => {
		let lines = 0;
		for (const text of LISTS) {
			const env1 = {};
			const env2 = {};
			expect(JSON.stringify(plainBlock.parse(text, env1))).toBe(JSON.stringify(libBlock.parse(text, env2)));
			expect(env1).toEqual(env2);
			expect(JSON.stringify(plainFull.parse(text, {}))).toBe(JSON.stringify(libFull.parse(text, {})));
			for (const line of text.split('\n')) {
				lines++;
				expect(JSON.stringify(plainInline.parseInline(line, env2)), line).toBe(JSON.stringify(libInline.parseInline(line, env2)));
			}
		}
		expect(lines).toBeGreaterThan(5000);
	});

	it('gives the library’s token streams on generated text', () => {
		const piece = fc.constantFrom('[', ']', '(', ')', '[t](https://a.io/x)', '[a]: https://r.io', '**', '*', '_', '__', '~~', '`', '``', '<a href="u">', '</a>', '<br>', '<!-- c -->', '&amp;', '&#x41;', '\\', '\\*', '![i](u)', '<https://a.io>', '# ', '> ', '- ', '1. ', '    ', '\t', '| a | b |', '|---|---|', '```', '\n', '\n\n', '\r', '\r\n', '\0', 'word', ' ', 'é');
		const text = fc.array(piece, { maxLength: 24 }).map((a) => a.join(''));
		fc.assert(
			fc.property(text, (t) => {
				expect(JSON.stringify(plainFull.parse(t, {}))).toBe(JSON.stringify(libFull.parse(t, {})));
				expect(JSON.stringify(plainInline.parseInline(t, {}))).toBe(JSON.stringify(libInline.parseInline(t, {})));
				expect(JSON.stringify(unnormalised.parse(sourceFor(t), {}))).toBe(JSON.stringify(libFull.parse(t, {})));
				expect(JSON.stringify(unnormalised.parseInline(sourceFor(t), {}))).toBe(JSON.stringify(libFull.parseInline(t, {})));
			}),
			{ numRuns: 3000 },
		);
	});
});
