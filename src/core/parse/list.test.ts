import { describe, expect, it } from 'vitest';
import type { OutlineNode } from '../types';
import { parseList } from './list';

/** A compact picture of an outline: `type:text` with children indented. */
function shape(nodes: OutlineNode[], depth = 0): string[] {
	return nodes.flatMap((n) => [`${'  '.repeat(depth)}${n.type}${n.level ? n.level : ''}:${n.text}`, ...shape(n.children, depth + 1)]);
}

const parse = (text: string) => parseList('t.md', text);

describe('outline nesting', () => {
	it('nests by indentation relative to the parent, whatever the width', () => {
		const text = ['- a', '\t- b', '\t\t- c', '   - d', '- e', '      - f', '  - g'].join('\n');
		expect(shape(parse(text).nodes)).toEqual([
			'item:a', '  item:b', '    item:c', '  item:d', 'item:e', '  item:f', '  item:g',
		]);
	});

	it('reads numbered items with skipped or restarted numbers and ignores empty ones', () => {
		const text = ['1. a', '3) b', '7. ', '1. c', '- ', '-'].join('\n');
		expect(shape(parse(text).nodes)).toEqual(['item:a', 'item:b', 'item:c']);
	});

	it('keeps task checkboxes as status', () => {
		const nodes = parse('- [x] a\n- [/] b\n- [-] c\n- [ ] d').nodes;
		expect(nodes.map((n) => n.checkbox)).toEqual(['done', 'reading', 'skipped', 'todo']);
		expect(nodes.map((n) => n.text)).toEqual(['a', 'b', 'c', 'd']);
	});
});

describe('sections', () => {
	it('nests ATX headings by level and files lists under them', () => {
		const text = '# A\n## B\n- x\n## C\n- y\n# D\n- z';
		expect(shape(parse(text).nodes)).toEqual(['heading1:A', '  heading2:B', '    item:x', '  heading2:C', '    item:y', 'heading1:D', '  item:z']);
	});

	it('takes a lone top heading as the list title', () => {
		const p = parse('# My reading\n\n## Attention\n- x');
		expect(p.title).toBe('My reading');
		expect(shape(p.nodes)).toEqual(['heading2:Attention', '  item:x']);
	});

	it('reads a plain line over a list as a section, ending the list before it', () => {
		const text = 'Evolution of LLMs\n\n  - a\n  - b\nReasoning models\n  - c';
		expect(shape(parse(text).nodes)).toEqual(['heading7:Evolution of LLMs', '  item:a', '  item:b', 'heading7:Reasoning models', '  item:c']);
	});

	it('keeps a long sentence as text, not a section', () => {
		const nodes = parse('{I believe the below can be clubbed together.}\n\nCUDA\n\n- a').nodes;
		expect(shape(nodes)).toEqual(['text:{I believe the below can be clubbed together.}', 'heading7:CUDA', '  item:a']);
	});

	it('reads bold lines as sections inside an admonition', () => {
		const text = ['!!! note "Compilation"', '    **Cachekit** resources recommended by [Jing](https://jing.example.com/)', '', '    + [vllm](https://github.com/vllm-project/vllm)', '', '    -------', '', '    **Flash Attention**', '', '    + [FA](https://github.com/Dao-AILab/flash-attention)', '', '!!! note "Videos"', '    [Tao](https://www.youtube.com/watch?v=e049IoFBnLA)'].join('\n');
		expect(shape(parse(text).nodes)).toEqual([
			'heading7:Compilation',
			'  heading8:**Cachekit** resources recommended by [Jing](https://jing.example.com/)',
			'    item:[vllm](https://github.com/vllm-project/vllm)',
			'  heading8:**Flash Attention**',
			'    item:[FA](https://github.com/Dao-AILab/flash-attention)',
			'heading7:Videos',
			'  item:[Tao](https://www.youtube.com/watch?v=e049IoFBnLA)',
		]);
	});

	it('reads GitHub alerts, quotes and details blocks', () => {
		const text = ['> [!NOTE] Papers', '> - a', '> - b', '', '<details><summary>More</summary>', '', '- c', '</details>', '', 'Heading', '=======', '- d'].join('\n');
		expect(shape(parse(text).nodes)).toEqual(['heading7:Papers', '  item:a', '  item:b', 'heading7:More', '  item:c', 'heading1:Heading', '  item:d']);
	});

	it('skips rules and separators', () => {
		expect(shape(parse('- a\n\n---\n\n***\n- b').nodes)).toEqual(['item:a', 'item:b']);
	});
});

describe('tables', () => {
	it('names cells by the header, skips separator rows and accepts a missing trailing pipe', () => {
		const text = ['| Title | Topic | Comments |', '| --- | --- | --- |', '| [A](https://a.io/x) | T1 | good |', '| :===: | :==: | :==: |', '| [B](https://b.io/y) | T2 | fine', '| ---- | ---- | ---- |'].join('\n');
		const nodes = parse(text).nodes;
		expect(nodes.map((n) => n.text)).toEqual(['[A](https://a.io/x)', '[B](https://b.io/y)']);
		expect(nodes[1]!.cells).toEqual([{ name: 'Topic', value: 'T2' }, { name: 'Comments', value: 'fine' }]);
		expect(nodes[1]!.line).toBe(5);
	});
});

describe('front matter, comments, code', () => {
	it('takes the title from front matter and does not read it as content', () => {
		const p = parse('---\nlayout: single\ntitle: Reading List\n---\n\n- a');
		expect(p.title).toBe('Reading List');
		expect(shape(p.nodes)).toEqual(['item:a']);
	});

	it('reads a list wrapped in an HTML comment', () => {
		const p = parse('<!-- ---\ntitle: Future blogs\n---\n\nTopic\n  - [A](https://a.io/x)\n- -->');
		expect(p.title).toBe('Future blogs');
		expect(shape(p.nodes)).toEqual(['heading7:Topic', '  item:[A](https://a.io/x)']);
	});

	it('never mines fenced code for items, and keeps it as a note', () => {
		const nodes = parse('```\n- [A](https://a.io/x)\n```\n- b').nodes;
		expect(shape(nodes)).toEqual(['code:- [A](https://a.io/x)', 'item:b']);
	});

	it('reports a fence that is never closed', () => {
		const p = parse('- a\n```\n- b');
		expect(p.diagnostics).toHaveLength(1);
		expect(p.diagnostics[0]).toMatchObject({ line: 2, severity: 'warning' });
	});

	it('falls back to the file name for a title', () => {
		expect(parseList('lists/ml papers.md', '- a').title).toBe('ml papers');
	});

	it('keeps original line numbers through CRLF and a BOM', () => {
		const p = parseList('t.md', '\ufeff# T\r\n\r\n- a\r\n- b');
		expect(p.nodes.map((n) => n.line)).toEqual([3, 4]);
	});
});

describe('very long blocks', () => {
	it('reads a table and a quote of 210,000 lines without overflowing the stack', () => {
		const rows = Array.from({ length: 210_000 }, (_, i) => `| r${i} | [x](https://a.io/${i}) |`);
		const table = parse(['| a | b |', '| - | - |', ...rows].join('\n'));
		expect(table.nodes).toHaveLength(210_000);
		expect(table.nodes[0]!.text).toBe('[x](https://a.io/0)');
		const quote = parse(Array.from({ length: 210_000 }, (_, i) => `> - item ${i}`).join('\n'));
		expect(quote.nodes).toHaveLength(210_000);
	});
});

describe('HTML tables', () => {
	it('gives each row of a long table the line of its <tr>', () => {
		const rows = Array.from({ length: 20_000 }, (_, i) => `<tr>\n<td><a href="https://a.io/${i}">T${i}</a></td>\n<td>x</td>\n</tr>`);
		const nodes = parse(['<table>', '<tr><th>Paper</th><th>Note</th></tr>', ...rows, '</table>'].join('\n')).nodes;
		expect(nodes).toHaveLength(20_000);
		// Line 1 is `<table>`, line 2 the header; row i's `<tr>` is on line 3 + 4i.
		for (const i of [0, 1, 9_999, 19_999]) expect(nodes[i]!.line, `row ${i}`).toBe(3 + 4 * i);
	});
});

describe('what CommonMark reads differently', () => {
	it('takes a rule of spaced dashes under a heading for a rule, not an item', () => {
		expect(shape(parse('# List\n-  -  - ').nodes)).toEqual([]);
		expect(shape(parse('- a\n-  -  - \n- b').nodes)).toEqual(['item:a', 'item:b']);
	});
});
