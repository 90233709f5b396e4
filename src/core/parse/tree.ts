/**
 * markdown-it's block token stream as the list's outline. markdown-it reads
 * the blocks (CommonMark and GFM tables: list items with their continuation
 * lines and nested lists, paragraphs, ATX and setext headings, quotes, code,
 * HTML blocks, reference definitions); this walk turns its tokens into the
 * outline nodes the catalog reads. Headings open sections in the run of
 * blocks they stand in, a callout (`> [!note] Title`) is a section of its
 * own, and HTML blocks are read by `html-blocks.ts` (folds, tables, anchors).
 *
 * Inline content is not parsed here: each node keeps its inline markdown,
 * which the catalog reads with the list's reference definitions.
 */
import type { Token } from 'markdown-it';
import type { Diagnostic, OutlineNode, Status } from '../types';
import { stripMarkup } from '../text/clean';
import { hasLink, isTableSeparator, matchCheckbox, splitRow } from './lines';
import { MAX_CONTAINER_DEPTH, PLAIN_HEADING } from './outline';
import { readHtmlBlock, type HtmlBlockReading, type SubParse } from './html-blocks';
import { emitRows } from './tables';
import { closeIn, wholeTable } from './html-extent';
import { closeOf, lineOf, type LineMap } from './tokens';
import { paragraphNodes, type NextBlock } from './paragraph';

const CHECKBOX_STATUS: Record<string, Status> = { x: 'done', X: 'done', '/': 'reading', '-': 'skipped', ' ': 'todo' };

/** What one file's walk shares across nested runs and sub-documents. */
export interface TreeCtx {
	file: string;
	diagnostics: Diagnostic[];
	/** Markdown inside an HTML block, read as a document of its own. */
	sub: SubParse;
}

/** A run of sibling blocks being read: the headings open in it, and where the next node goes. */
export class Run {
	readonly out: OutlineNode[] = [];
	private readonly headings: { level: number; node: OutlineNode }[] = [];

	container(): OutlineNode[] {
		return this.headings[this.headings.length - 1]?.node.children ?? this.out;
	}

	/** Open a section, closing those at its level or deeper. */
	heading(level: number, text: string, line: number, origin?: OutlineNode['origin']): OutlineNode {
		const { headings } = this;
		while (headings.length && headings[headings.length - 1]!.level >= level) headings.pop();
		const node: OutlineNode = { type: 'heading', text, line, level, children: [], ...(origin ? { origin } : {}) };
		this.container().push(node);
		headings.push({ level, node });
		return node;
	}

	push(node: OutlineNode): void {
		this.container().push(node);
	}

	closeSections(): void {
		this.headings.length = 0;
	}

	/** Place a node read from lines: a bare title (from a paragraph or an HTML heading) opens a section. */
	place(node: OutlineNode): void {
		if (node.type === 'heading' && node.origin !== 'fold' && node.origin !== 'callout' && !node.children.length) this.heading(node.level!, node.text, node.line);
		else this.push(node);
	}
}

/** Read the tokens from `from` to `to` (exclusive) as one run of blocks. */
export function readRun(tokens: Token[], from: number, to: number, ctx: TreeCtx, at: LineMap, depth: number, run = new Run()): OutlineNode[] {
	let i = from;
	while (i < to) {
		const t = tokens[i]!;
		switch (t.type) {
			case 'heading_open': {
				const inline = tokens[i + 1]!;
				run.heading(Number(t.tag.slice(1)), inline.content.trim(), lineOf(t, at));
				i = closeOf(tokens, i) + 1;
				break;
			}
			case 'paragraph_open': {
				const end = closeOf(tokens, i);
				readParagraph(tokens[i + 1]!, nextBlock(tokens, end + 1, to), run, lineOf(t, at));
				i = end + 1;
				break;
			}
			case 'bullet_list_open':
			case 'ordered_list_open': {
				const end = closeOf(tokens, i);
				readList(tokens, i + 1, end, run, ctx, at, depth);
				i = end + 1;
				break;
			}
			case 'blockquote_open': {
				const end = closeOf(tokens, i);
				readQuote(tokens, i + 1, end, run, ctx, at, depth);
				i = end + 1;
				break;
			}
			case 'table_open': {
				const end = closeOf(tokens, i);
				readTable(tokens, i + 1, end, run, at);
				i = end + 1;
				break;
			}
			case 'fence':
			case 'code_block':
				if (t.content.trim()) run.push({ type: 'code', text: t.content.replace(/\n$/, ''), line: lineOf(t, at), children: [] });
				i++;
				break;
			case 'html_block':
				i = readHtml(tokens, i, to, run, ctx, at, depth);
				break;
			case 'hr':
				// A thematic break before words, not a heading, ends the sections above it: what follows (a page's footer) is under none of them.
				if (tokens[i + 1]?.type !== 'heading_open') run.closeSections();
				i++;
				break;
			default:
				i++;
		}
	}
	return run.out;
}

/** The block after a paragraph, as `paragraphNodes` looks at it. */
function nextBlock(tokens: Token[], i: number, to: number): NextBlock | undefined {
	const t = i < to ? tokens[i] : undefined;
	if (!t) return undefined;
	return t.type === 'paragraph_open' ? { type: t.type, firstLine: tokens[i + 1]!.content.split('\n')[0] } : { type: t.type };
}

/** A paragraph outside a list item's first line: a titling line, pipe rows without a header, or items and text. */
function readParagraph(inline: Token, next: NextBlock | undefined, run: Run, line: number): void {
	const lines = inline.content.split('\n');
	if (lines.length >= 2 && lines.every((l) => /^\s*\|/.test(l) && l.includes('|', l.indexOf('|') + 1))) {
		emitRows(undefined, lines.filter((l) => !isTableSeparator(l)).map((l, k) => ({ cells: splitRow(l), line: line + k })), run.container());
		return;
	}
	for (const n of paragraphNodes(lines.map((text, k) => ({ text, line: line + k })), next)) run.place(n);
}

/** Items of a list: each item's first paragraph is its text; the rest of its blocks hang under it. */
function readList(tokens: Token[], from: number, to: number, run: Run, ctx: TreeCtx, at: LineMap, depth: number): void {
	let i = from;
	while (i < to) {
		const t = tokens[i]!;
		if (t.type !== 'list_item_open') {
			i++;
			continue;
		}
		const end = closeOf(tokens, i);
		let body = i + 1;
		let text = '';
		if (tokens[body]?.type === 'paragraph_open') {
			text = tokens[body + 1]!.content;
			body = closeOf(tokens, body) + 1;
		}
		let checkbox: Status | undefined;
		const cb = matchCheckbox(text);
		if (cb) {
			checkbox = CHECKBOX_STATUS[cb.mark];
			text = cb.rest;
		}
		const children = readRun(tokens, body, end, ctx, at, depth);
		// An empty item (`-`, `- [ ]`, `- **`) is not kept; what hangs under it takes its place.
		// `hasLink` first: most items have a link, and it is the cheaper test.
		if (text.trim() === '' || (!hasLink(text) && stripMarkup(text) === '')) {
			for (const c of children) run.push(c);
		} else {
			const node: OutlineNode = { type: 'item', text: text.trim(), line: lineOf(t, at), children };
			if (checkbox) node.checkbox = checkbox;
			run.push(node);
		}
		i = end + 1;
	}
}

/** A quote: a callout (`> [!tip] Title`) is a section titled by it; a plain quote's blocks stand where it does. */
function readQuote(tokens: Token[], from: number, to: number, run: Run, ctx: TreeCtx, at: LineMap, depth: number): void {
	const first = tokens[from];
	const inline = first?.type === 'paragraph_open' ? tokens[from + 1] : undefined;
	const alert = inline ? /^\[!([A-Za-z][\w-]*)\][+-]?[ \t]*([^\n]*)(?:\n([\s\S]*))?$/.exec(inline.content) : null;
	// Past the deepest nesting kept, a quote's blocks stand where it does, sections or not.
	if (!alert || depth >= MAX_CONTAINER_DEPTH) {
		for (const c of readRun(tokens, from, to, ctx, at, depth + 1)) run.push(c);
		return;
	}
	const title = stripMarkup(alert[2] ?? '');
	const line = lineOf(first, at);
	const rest = alert[3];
	// The callout's first paragraph goes on after its title line; read it with the blocks after it, as one run.
	const inner = new Run();
	if (rest) for (const n of paragraphNodes(rest.split('\n').map((text, k) => ({ text, line: line + 1 + k })), nextBlock(tokens, closeOf(tokens, from) + 1, to))) inner.place(n);
	const children = readRun(tokens, closeOf(tokens, from) + 1, to, ctx, at, depth + 1, inner);
	if (title) run.push({ type: 'heading', text: title, line, level: PLAIN_HEADING, children, origin: 'callout' });
	else for (const c of children) run.push(c);
}

/** A GFM table: rows of cells by column name (the main column chosen by `emitRows`). */
function readTable(tokens: Token[], from: number, to: number, run: Run, at: LineMap): void {
	let header: string[] | undefined;
	const rows: { cells: string[]; line: number }[] = [];
	let cells: string[] = [];
	let line = 0;
	let inHead = false;
	for (let i = from; i < to; i++) {
		const t = tokens[i]!;
		if (t.type === 'thead_open') inHead = true;
		else if (t.type === 'thead_close') inHead = false;
		else if (t.type === 'tr_open') {
			cells = [];
			line = lineOf(t, at);
		} else if (t.type === 'inline') cells.push(t.content.trim());
		else if (t.type === 'tr_close') {
			// A "header" that holds links is a row of data under an unnamed header.
			if (inHead && !cells.some(hasLink)) header = cells;
			else if (cells.some((c) => c !== '' && !/^[ :=|-]*$/.test(c))) rows.push({ cells, line });
		}
	}
	emitRows(header, rows, run.container());
}

/** An HTML block and what belongs to it: a fold (`<details>`) runs to its `</details>`. */
function readHtml(tokens: Token[], i: number, to: number, run: Run, ctx: TreeCtx, at: LineMap, depth: number, rest?: { html: string; line: number }): number {
	const t = tokens[i]!;
	const table = rest ? { html: rest.html, next: i + 1 } : wholeTable(tokens, i, to);
	const reading: HtmlBlockReading = readHtmlBlock(table.html, rest?.line ?? lineOf(t, at), ctx, depth);
	for (const n of reading.nodes) run.place(n);
	if (table.next > i + 1) return table.next;
	if (!reading.fold) return i + 1;
	// The fold's markdown stands in the blocks after this one, up to the `</details>` that closes it.
	let open = reading.fold.open;
	let j = i + 1;
	let closed: { at: number; html: string } | undefined;
	for (; j < to; j++) {
		const u = tokens[j]!;
		if (u.type !== 'html_block' || u.level !== t.level) continue;
		const found = closeIn(u.content, open);
		if (found.at >= 0) {
			closed = { at: found.at, html: u.content };
			break;
		}
		open = found.open;
	}
	const inner = readRun(tokens, i + 1, Math.min(j, to), ctx, at, depth + 1);
	const node = reading.fold.node;
	for (const c of inner) node.children.push(c);
	if (!closed) return to;
	// What the closing block holds after `</details>` (often the next fold) stands after this one.
	const tail = closed.html.slice(closed.at);
	if (!tail.trim()) return j + 1;
	const line = lineOf(tokens[j], at) + (closed.html.slice(0, closed.at).match(/\n/g)?.length ?? 0);
	return readHtml(tokens, j, to, run, ctx, at, depth, { html: tail, line });
}
