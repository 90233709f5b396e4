/**
 * The outline being built from one run of lines: the open headings (a new
 * heading closes those at its level or deeper), the open list (items nest by
 * indentation relative to the first item), and the item whose link text is
 * still open on the next line. The block readers in `blocks.ts` take a line
 * index and this state, and return the next line to read.
 */
import type { Diagnostic, OutlineNode } from '../types';
import type { Line } from './lines';

/** Deepest list nesting we keep; deeper items hang at this depth. */
export const MAX_LIST_DEPTH = 64;
/** Deepest nesting of admonitions, callouts and quotes parsed as containers. */
export const MAX_CONTAINER_DEPTH = 16;

/** Level given to a plain line that titles the list below it. */
export const PLAIN_HEADING = 7;
/** Level given to a bold line (`**Flash Attention**`). */
export const BOLD_HEADING = 8;

/** What one file's parse shares across nested containers. */
export interface Ctx {
	file: string;
	diagnostics: Diagnostic[];
	warnedDepth: boolean;
}

export interface OpenItem {
	indent: number;
	node: OutlineNode;
}

export class Outline {
	/** The top-level nodes of this run of lines. */
	readonly out: OutlineNode[] = [];
	private readonly headings: { level: number; node: OutlineNode }[] = [];
	/** The items of the open list, outermost first. */
	items: OpenItem[] = [];
	/** Indent of the open list's first item: lines deeper than it belong to the list. */
	listBase = -1;
	/** The last item and its line index, for link text that goes on on the next line. */
	open: { node: OutlineNode; at: number } | undefined;

	constructor(
		readonly lines: Line[],
		readonly ctx: Ctx,
		/** Enclosing containers (admonitions, quotes, details). */
		readonly depth: number,
	) {}

	/** Where a block goes: under the innermost open heading, else at the top. */
	container(): OutlineNode[] {
		return this.headings[this.headings.length - 1]?.node.children ?? this.out;
	}

	endList(): void {
		this.items = [];
		this.listBase = -1;
	}

	/** Open a heading, closing the list and any heading at its level or deeper. */
	addHeading(level: number, text: string, line: number): void {
		this.endList();
		const { headings } = this;
		while (headings.length && headings[headings.length - 1]!.level >= level) headings.pop();
		const node: OutlineNode = { type: 'heading', text, line, level, children: [] };
		this.container().push(node);
		headings.push({ level, node });
	}

	warn(line: number, message: string): void {
		this.ctx.diagnostics.push({ file: this.ctx.file, line, severity: 'warning', message });
	}
}
