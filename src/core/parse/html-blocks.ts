/**
 * HTML blocks as the outline reads them, with htmlparser2 where a tag's
 * structure matters: `<table>` (rows by column, as markdown tables give
 * them), `<details>`/`<summary>` (a fold: a section named by its summary,
 * holding the markdown inside it), headings (`<h2>`), pictures (an image, not
 * a link), and any other block (`<p align="center">`, `<div>`) read line by
 * line for its anchors and words, as a paragraph is.
 */
import type { OutlineNode } from '../types';
import { stripMarkup } from '../text/clean';
import { hasLink, type Line } from './lines';
import { readHtmlTable } from './html-table';
import { emitHtmlTable } from './tables';
import { paragraphNodes } from './paragraph';
import { PLAIN_HEADING } from './outline';

/** What an HTML block gives: nodes to place, and a fold still open at its end. */
export interface HtmlBlockReading {
	nodes: OutlineNode[];
	/** A `<details>` this block opens and does not close: the blocks after it, to its `</details>`, are its children. */
	fold?: { node: OutlineNode; open: number };
}

/** Reads markdown inside an HTML block (a fold's body) as a document of its own, from a given line. */
export type SubParse = (text: string, firstLine: number, depth: number) => OutlineNode[];

/** Read one HTML block whose first line is `line`. */
export function readHtmlBlock(html: string, line: number, ctx: { sub: SubParse }, depth: number): HtmlBlockReading {
	const lines: Line[] = html.replace(/\n$/, '').split('\n').map((text, k) => ({ text, line: line + k }));
	if (/<details\b/i.test(html)) return readFold(html, line, ctx, depth);
	if (/<table\b/i.test(html)) return { nodes: readTableBlock(lines) };
	return { nodes: readLines(lines) };
}

/** A line that may open or close a table. */
const TABLE_TAG = /<\/?table/i;

/** A table block, with the lines before and after it read as lines. */
function readTableBlock(lines: Line[]): OutlineNode[] {
	const start = lines.findIndex((l) => /<table\b/i.test(l.text));
	let end = start;
	let depth = 0;
	for (; end < lines.length; end++) {
		const t = lines[end]!.text;
		// Most lines of a table are its rows and cells: one test tells they neither open nor close one.
		if (TABLE_TAG.test(t)) depth += (t.match(/<table\b/gi) ?? []).length - (t.match(/<\/table>/gi) ?? []).length;
		if (depth <= 0) break;
	}
	const nodes = readLines(lines.slice(0, start));
	emitHtmlTable(readHtmlTable(lines.slice(start, end + 1)), nodes);
	for (const n of readLines(lines.slice(end + 1))) nodes.push(n);
	return nodes;
}

/** Offset of the end of the first `<tag …>` or `</tag>` match in `html` from `from`, or -1. */
function tagEnd(html: string, re: RegExp, from: number): { start: number; end: number } | undefined {
	re.lastIndex = from;
	const m = re.exec(html);
	return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

/** Line of an offset in `html`, whose first line is `line`. */
function lineAt(html: string, at: number, line: number): number {
	let n = line;
	for (let i = html.indexOf('\n'); i >= 0 && i < at; i = html.indexOf('\n', i + 1)) n++;
	return n;
}

/** A `<details>` block: its summary names the fold; the markdown in it (here or in the blocks after) is what the fold holds. */
function readFold(html: string, line: number, ctx: { sub: SubParse }, depth: number): HtmlBlockReading {
	const open = tagEnd(html, /<details\b[^>]*>/gi, 0)!;
	const nodes = readLines(linesOf(html.slice(0, open.start), line));
	const summary = tagEnd(html, /<summary\b[^>]*>([\s\S]*?)<\/summary>/gi, open.end);
	const title = summary ? stripMarkup(/<summary\b[^>]*>([\s\S]*?)<\/summary>/i.exec(html.slice(summary.start, summary.end))?.[1] ?? '') : '';
	const node: OutlineNode = { type: 'heading', text: title, line: lineAt(html, open.start, line), level: PLAIN_HEADING, children: [], origin: 'fold' };
	nodes.push(node);
	const bodyFrom = summary ? summary.end : open.end;
	// The fold closes in this block when its `</details>` (matching nested ones) is here.
	let opens = 1;
	const re = /<(\/?)details\b[^>]*>/gi;
	re.lastIndex = bodyFrom;
	let close: { start: number; end: number } | undefined;
	for (let m = re.exec(html); m; m = re.exec(html)) {
		opens += m[1] ? -1 : 1;
		if (opens === 0) {
			close = { start: m.index, end: m.index + m[0].length };
			break;
		}
	}
	const body = html.slice(bodyFrom, close ? close.start : html.length);
	const bodyLine = lineAt(html, bodyFrom, line);
	// Markdown written right after the summary, without a blank line, is still the fold's content.
	if (body.trim()) for (const n of ctx.sub(body.replace(/^[^\n]*?(?=\S)/, ''), bodyLine, depth + 1)) node.children.push(n);
	if (!close) return { nodes, fold: { node, open: opens } };
	const rest = html.slice(close.end);
	if (rest.trim()) for (const n of readHtmlBlock(rest, lineAt(html, close.end, line), ctx, depth).nodes) nodes.push(n);
	return { nodes };
}

function linesOf(text: string, line: number): Line[] {
	return text ? text.split('\n').map((t, k) => ({ text: t, line: line + k })) : [];
}

/** Block-level tags that only lay out what is inside them. */
const LAYOUT = /<\/?(?:p|div|center|span|section|article|header|footer|nav|main|aside|ul|ol|li|hr|br|table|tbody|thead|tfoot|tr|td|th|colgroup|col|font|sup|sub|figure|figcaption)\b[^>]*\/?>/gi;

/** Lines of a block that is not a table or a fold: headings, pictures dropped, the rest read as paragraph lines. */
function readLines(lines: Line[]): OutlineNode[] {
	const out: OutlineNode[] = [];
	const para: Line[] = [];
	const flush = (): void => {
		if (para.length) for (const n of paragraphNodes(para.splice(0), undefined)) out.push(n);
	};
	let inPicture = false;
	for (const l of lines) {
		let t = l.text;
		if (inPicture || /<picture\b/i.test(t)) {
			inPicture = !/<\/picture>/i.test(t);
			t = t.replace(/<picture\b[\s\S]*?(?:<\/picture>|$)/gi, ' ').replace(/^[\s\S]*?<\/picture>/i, ' ');
			if (inPicture) continue;
		}
		const h = /<h([1-6])\b[^>]*>([\s\S]*?)(?:<\/h\1>|$)/i.exec(t);
		if (h && !hasLink(h[2] ?? '')) {
			flush();
			const text = stripMarkup(h[2] ?? '');
			if (text) out.push({ type: 'heading', text, line: l.line, level: Number(h[1]), children: [] });
			continue;
		}
		t = t.replace(/<!--[\s\S]*?-->/g, ' ').replace(LAYOUT, ' ').trim();
		if (t) para.push({ text: t, line: l.line });
		else flush();
	}
	flush();
	return out;
}
