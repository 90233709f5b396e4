/**
 * Item text of the plainest shape, split by string operations, must give the
 * parts markdown-it's reading gives. Differential: every item text, table
 * cell and line of the seeds, the wild fixtures and the benchmark list (with
 * each list's references), and generated text of words, brackets, links,
 * underscores and the characters that hand text to markdown-it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticList } from '../../bench/generate';
import type { OutlineNode } from '../types';
import { readWithMarkdownIt, scanInline, type RefDefs } from './inline';
import { parseList } from './list';
import { simpleParts } from './simple-inline';

const ROOT = join(__dirname, '../../..');
const filesIn = (dir: string): string[] => (existsSync(join(ROOT, dir)) ? readdirSync(join(ROOT, dir)).map((f) => readFileSync(join(ROOT, dir, f), 'utf8')) : []);
// Line ends as the reader repairs them (`repairText`): no item text holds a CR.
const LISTS = [...filesIn('seeds'), ...filesIn('src/core/__tests__/wild'), ...filesIn('corpus/lists'), syntheticList(3000, 7)].map((t) => t.replace(/\r\n?/g, '\n'));

function textsOf(nodes: OutlineNode[], out: string[] = []): string[] {
	for (const n of nodes) {
		out.push(n.text);
		for (const c of n.cells ?? []) out.push(c.value);
		textsOf(n.children, out);
	}
	return out;
}

function agrees(text: string, refs?: RefDefs): boolean {
	expect(scanInline(text, refs), JSON.stringify(text)).toEqual(readWithMarkdownIt(text, refs));
	return simpleParts(text, refs !== undefined && refs.size > 0) !== undefined;
}

describe('plain item text split by string operations agrees with markdown-it', () => {
	it('on every item, cell and line of the seeds, the wild fixtures and the benchmark list', () => {
		let simple = 0;
		let all = 0;
		for (const text of LISTS) {
			const parsed = parseList('l.md', text);
			for (const t of [...textsOf(parsed.nodes), ...text.split('\n')]) {
				all++;
				if (agrees(t, parsed.refs)) simple++;
			}
		}
		expect(all).toBeGreaterThan(5000);
		expect(simple / all).toBeGreaterThan(0.3);
	});

	it('on edge cases: brackets, empty labels and targets, underscores, references', () => {
		const refs: RefDefs = new Map([['done', 'https://a.io/done']]);
		for (const t of ['[a](u)', '[](https://a.io)', '[a]()', '[a](b c)', '[a](<b>)', '[a](b "t")', '[a [b]](u)', '[a]', '[a][b]', '[a] [b]', 'x ] y', '[a](u)(v)', '[a](u))', '[a]((u))', 'a_b [c_d](https://e.io/f_g)', '_a_', 'a_ b', 'a __b__', '[x](https://a.io/_x)', '[DONE] [t](u)', '[t](u) [DONE]', '(a) [b](c) (d)', 'x [y](z', 'see https://a.io/x_y. [t](https://b.io)', '[t](https://a.io/x?y=1&z=2)', '!not an image [t](u)', '![i](u)']) {
			agrees(t);
			agrees(t, refs);
		}
	});

	it('on strong marks: flanking, pairs in turn, scopes of labels and targets', () => {
		const refs: RefDefs = new Map([['t', 'https://r.io']]);
		for (const t of ['**a**', '**a** b **c**', '**a **b** c**', '** a**', '**a **', 'a**b**c', '**a**b', 'a**b**', '**[1]** x', '"**T**." y', '[**T**](https://a.io)', '[a **T**](u) **b**', '**[t](u)**', '**[t](u) x**', '[**t](u)**', '**[t**](u)', '[t](u**)', '[t](u**v**)', '**a', 'a**', '****', '***a***', '*a*', '**a*', '** **', '**.**', '(**a**)', '**é**', 'é**a**', '**a**é', '**a_b**', 'x **https://a.io/p** y', 'https://a.io/**x**', '**a**\t**b**', '1) **Title** - shows', '[x] **a**', '**[x]**', '[**a**] [b](u)']) {
			agrees(t);
			agrees(t, refs);
		}
	});

	it('on brackets around and inside links', () => {
		const refs: RefDefs = new Map([['pdf', 'https://r.io']]);
		for (const t of ['[[a](u)]', '[[a]](u)', 'T [[pdf]](https://a.io/p) x', 'T [[arXiv](https://a.io/p)] [[code](https://g.io/c)]', '[a [b](u)', '[a [b](u)](v)', '[[a] b](u)', '[a]](u)', ']]', '[[', '[x] [y](u) ]', '[[[a]]](u)', '[a [b] c](u)', '[a] [b]', '[a][b](u)', '[a](u) [b]', '[[a](u)](v)', '[[a](u) b](v)', '[a [b](u c)](v)', '[[a](u v)]', '[' + 'x['.repeat(40) + ']', '[**a**](u) [[**b**](v)]', '**[[pdf]](u)**', '[[**a**]](u)']) {
			agrees(t);
			agrees(t, refs);
		}
	});

	it('on generated text', () => {
		const piece = fc.constantFrom('[', ']', '(', ')', '[t](https://a.io/x)', '[a b](u)', '[](u)', '[DONE]', 'word', ' ', '_', 'a_b', 'https://a.io/p_q', '!', '![', '*', '`', '<', '&amp;', '\\', '~', '"', "'", ':', '.', 'é', '\t', '**', '**', '**', '***', '[**', '**]', '](u**)', ',', '-', '\u00a0');
		const text = fc.array(piece, { maxLength: 10 }).map((a) => a.join(''));
		const refs: RefDefs = new Map([['t', 'https://r.io']]);
		fc.assert(
			fc.property(text, fc.boolean(), (t, withRefs) => void agrees(t, withRefs ? refs : undefined)),
			{ numRuns: 20000 },
		);
	});
});
