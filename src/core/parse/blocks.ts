/**
 * The block parser: lines in, an outline out. Headings nest by level; list
 * items nest by indentation relative to their parent (tabs, two spaces, four,
 * or a mix); admonitions, callouts and `<details>` are parsed as documents of
 * their own and hung under their title. One pass over the lines, plus a
 * bounded look-ahead over blank lines to tell a section title from a paragraph.
 *
 * Each kind of line has one reader (a dispatch table below); a reader takes
 * the outline being built and a line index and returns the next line to read.
 */
import type { OutlineNode } from '../types';
import { takeAdmonition, takeDetails, takeQuote, type Container } from './containers';
import { dedent, isBlank, kindOf, matchAtxHeading, matchFence, type Line, type LineKind } from './lines';
import { continueList, readListItem } from './list-items';
import { MAX_CONTAINER_DEPTH, Outline, PLAIN_HEADING, type Ctx } from './outline';
import { readParagraph } from './paragraph';
import { takeHtmlTable, takeTable } from './tables';

type BlockReader = (o: Outline, i: number, kind: LineKind) => number;

const READERS: Record<Exclude<LineKind, 'blank'>, BlockReader> = {
	fence: readFence,
	list: readListItem,
	rule: (_o, i) => i + 1,
	atx: readAtxHeading,
	admonition: readContainer,
	quote: readContainer,
	details: readContainer,
	table: (o, i) => takeTable(o.lines, i, o.container()),
	htmltable: (o, i) => takeHtmlTable(o.lines, i, o.container()),
	plain: readParagraph,
};

/** Parse lines into outline nodes. `depth` counts enclosing containers. */
export function parseBlocks(lines: Line[], ctx: Ctx, depth = 0): OutlineNode[] {
	const o = new Outline(lines, ctx, depth);
	let i = 0;
	while (i < lines.length) {
		const kind = kindOf(lines[i]!.text);
		if (kind === 'blank') {
			i++;
			continue;
		}
		// A fence is read whole wherever it stands; any other line may belong to the open list first.
		if (kind !== 'fence') {
			const next = continueList(o, i, kind);
			if (next >= 0) {
				i = next;
				continue;
			}
			if (kind !== 'list') o.endList();
		}
		i = READERS[kind](o, i, kind);
	}
	return o.out;
}

/** A fenced code block, kept as one code node (never read as items). */
function readFence(o: Outline, i: number): number {
	const { lines } = o;
	const { line } = lines[i]!;
	const fence = matchFence(lines[i]!.text)!;
	const body: string[] = [];
	let j = i + 1;
	let closed = false;
	for (; j < lines.length; j++) {
		const t = lines[j]!.text.trim();
		if (t.length >= fence.size && t.startsWith(fence.char.repeat(fence.size)) && /^[`~]+$/.test(t)) {
			closed = true;
			break;
		}
		body.push(dedent(lines[j]!.text, fence.indent));
	}
	if (!closed) o.warn(line, 'Code block is never closed; the lines after it were kept as code, not read as items.');
	if (body.some((b) => !isBlank(b))) o.container().push({ type: 'code', text: body.join('\n'), line, children: [] });
	return j + 1;
}

function readAtxHeading(o: Outline, i: number): number {
	const h = matchAtxHeading(o.lines[i]!.text)!;
	o.addHeading(h.level, h.text, o.lines[i]!.line);
	return i + 1;
}

/** An admonition, quote or `<details>`: its body parsed as a document and hung under its title. */
function readContainer(o: Outline, i: number, kind: LineKind): number {
	const { lines, ctx, depth } = o;
	const take = kind === 'admonition' ? takeAdmonition : kind === 'quote' ? takeQuote : takeDetails;
	const { title, body, next }: Container = take(lines, i);
	const children = depth < MAX_CONTAINER_DEPTH
		? parseBlocks(body, ctx, depth + 1)
		: body.filter((b) => !isBlank(b.text)).map((b): OutlineNode => ({ type: 'text', text: b.text.trim(), line: b.line, children: [] }));
	if (title) o.container().push({ type: 'heading', text: title, line: lines[i]!.line, level: PLAIN_HEADING, children });
	// One by one: `push(...children)` overflows the stack on a quote of 200,000 lines.
	else for (const c of children) o.container().push(c);
	return next;
}
