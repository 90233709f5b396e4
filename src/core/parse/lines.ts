/**
 * Recognisers for single lines of a reading list. Each is anchored and free of
 * nested quantifiers that could backtrack, so a pathological line costs time
 * in proportion to its length.
 */

import { isGenericLabel, stripMarkup } from '../text/clean';

/** A line of the source with its 1-based number in the original file. */
export interface Line {
	text: string;
	line: number;
}

/** Columns of leading white space, tabs counted to the next multiple of four. */
export function indentOf(text: string): number {
	let col = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 32) col++;
		else if (c === 9) col += 4 - (col % 4);
		else break;
	}
	return col;
}

/** Remove `cols` columns of leading white space. */
export function dedent(text: string, cols: number): string {
	let col = 0;
	let i = 0;
	while (i < text.length && col < cols) {
		const c = text.charCodeAt(i);
		if (c === 32) col++;
		else if (c === 9) col += 4 - (col % 4);
		else break;
		i++;
	}
	return text.slice(i);
}

/** True if a line may hold a link of any form: a cheap test before inline parsing, shared by the block layer and the catalog. */
export function hasLink(text: string): boolean {
	return /https?:\/\/|www\.|\]\(|\]\[|\[\[|<a\s/i.test(text);
}

/** True if a line holds links and nothing that names them: bare URLs, or labels that are only a medium (`[pdf]`, `[code]`). */
export function wordless(line: string): boolean {
	const rest = line
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, (_m, label: string) => (isGenericLabel(stripMarkup(label)) ? ' ' : label))
		.replace(/<?https?:\/\/[^\s<>]+>?/g, ' ');
	return !/[\p{L}\p{N}]/u.test(stripMarkup(rest).replace(/[[\]()|,;:·•-]/g, ' '));
}

/**
 * Code of the first character that is not a space or tab, or -1. Each
 * recogniser below needs a given first character; checking it first spares
 * its expression on the lines that cannot match (most lines, for all but one).
 */
function firstMark(text: string): number {
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c !== 32 && c !== 9) return c;
	}
	return -1;
}

export function isBlank(text: string): boolean {
	const c = firstMark(text);
	// `\s` holds no character from `!` to `~` or the C1 controls.
	if (c > 32 && c < 160) return false;
	return c === -1 || /^\s*$/.test(text);
}

export interface ListMarker {
	indent: number;
	marker: string;
	content: string;
}

const LIST_RE = /^([ \t]*)([-*+\u2022]|\d{1,9}[.)])(?:[ \t]+|$)/;

/** A bullet or numbered list item: `- x`, `* x`, `+ x`, `1. x`, `1) x`. */
export function matchListItem(text: string): ListMarker | undefined {
	const c = firstMark(text);
	if (!(c === 45 || c === 42 || c === 43 || c === 0x2022 || (c >= 48 && c <= 57))) return undefined;
	const m = LIST_RE.exec(text);
	if (!m) return undefined;
	return { indent: indentOf(m[1]!), marker: m[2]!, content: text.slice(m[0].length).trim() };
}

const CHECKBOX_RE = /^\[([ xX/\-><!?*])\](?:[ \t]+|$)/;

/** A task checkbox at the start of an item, Tasks-plugin style. */
export function matchCheckbox(content: string): { mark: string; rest: string } | undefined {
	const m = CHECKBOX_RE.exec(content);
	return m ? { mark: m[1]!, rest: content.slice(m[0].length) } : undefined;
}

/** `# Title` … `###### Title`. */
export function matchAtxHeading(text: string): { level: number; text: string } | undefined {
	const m = /^ {0,3}(#{1,6})(?:[ \t]+|$)/.exec(text);
	if (!m) return undefined;
	const body = text.slice(m[0].length).replace(/[ \t]+#+[ \t]*$/, '').trim();
	return { level: m[1]!.length, text: body };
}

/** Horizontal rules and `-------` / `=====` separators. */
export function isRule(text: string): boolean {
	const c = firstMark(text);
	if (c !== 45 && c !== 42 && c !== 95 && c !== 61) return false;
	return /^[ \t]*(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:=[ \t]*){3,})$/.test(text);
}

/** Opening of a fenced code block. */
export function matchFence(text: string): { char: string; size: number; indent: number } | undefined {
	const c = firstMark(text);
	if (c !== 96 && c !== 126) return undefined;
	const m = /^([ \t]*)(`{3,}|~{3,})/.exec(text);
	if (!m) return undefined;
	if (m[2]![0] === '`' && text.slice(m[0].length).includes('`')) return undefined;
	return { char: m[2]![0]!, size: m[2]!.length, indent: indentOf(m[1]!) };
}

/** `!!! note "Title"`, `??? tip`, `???+ warning "Title"` (MkDocs / Material). */
export function matchAdmonition(text: string): { indent: number; title: string } | undefined {
	const m = /^([ \t]*)(?:!!!|\?\?\?\+?)[ \t]*(?:[A-Za-z][\w-]*)?(?:[ \t]+(?:inline(?:[ \t]+end)?[ \t]+)?"([^"]*)")?[ \t]*$/.exec(text);
	return m ? { indent: indentOf(m[1]!), title: (m[2] ?? '').trim() } : undefined;
}

/** A table separator row: `| --- | :---: |`, `| :===: |`. */
export function isTableSeparator(text: string): boolean {
	return /^[ \t]*\|?[ \t]*:?[-=]+:?[ \t]*(?:\|[ \t]*:?[-=]+:?[ \t]*)*\|?[ \t]*$/.test(text) && text.includes('|');
}

/** A table row: starts with a pipe. */
export function isTableRow(text: string): boolean {
	return /^[ \t]{0,3}\|/.test(text);
}

/** Cells of a table row; a missing trailing pipe is fine, `\|` stays in its cell. */
export function splitRow(text: string): string[] {
	let t = text.trim();
	if (t.startsWith('|')) t = t.slice(1);
	if (t.endsWith('|') && !t.endsWith('\\|')) t = t.slice(0, -1);
	// Cells are slices between unescaped pipes, not strings grown a character at a time
	// (one intermediate string per character was most of what parsing a table allocated).
	const cells: string[] = [];
	let start = 0;
	let escaped = false;
	for (let i = t.indexOf('|'); i >= 0; i = t.indexOf('|', i + 1)) {
		// Read left to right, a backslash is never taken by another, so `\|` always escapes the pipe.
		if (i > 0 && t.charCodeAt(i - 1) === 92) {
			escaped = true;
			continue;
		}
		cells.push(cellOf(t.slice(start, i), escaped));
		start = i + 1;
		escaped = false;
	}
	cells.push(cellOf(t.slice(start), escaped));
	return cells;
}

/** A cell's text: `\|` unescaped, trimmed. */
function cellOf(raw: string, escaped: boolean): string {
	return (escaped ? raw.replaceAll('\\|', '|') : raw).trim();
}

/** `[id]: https://…` reference definition. */
export function matchRefDef(text: string): { id: string; url: string } | undefined {
	const m = /^ {0,3}\[([^\]]{1,200})\]:[ \t]*<?([^\s>]+)>?/.exec(text);
	return m ? { id: m[1]!.trim().toLowerCase(), url: m[2]! } : undefined;
}

/** What a line starts: the block parser dispatches on this. */
export type LineKind = 'blank' | 'rule' | 'atx' | 'fence' | 'admonition' | 'quote' | 'details' | 'table' | 'htmltable' | 'list' | 'plain';

/** Classify a line by its first character before trying the one recogniser that may match. */
export function kindOf(text: string): LineKind {
	if (isBlank(text)) return 'blank';
	const t = text.trimStart();
	const c = t[0];
	if ((c === '-' || c === '*' || c === '_' || c === '=') && isRule(text)) return 'rule';
	if (c === '#' && matchAtxHeading(text)) return 'atx';
	if ((c === '`' || c === '~') && matchFence(text)) return 'fence';
	if ((c === '!' || c === '?') && matchAdmonition(text)) return 'admonition';
	if (c === '>' && indentOf(text) <= 3) return 'quote';
	if (c === '<' && /^<details\b/i.test(t)) return 'details';
	if (c === '<' && /^<table\b/i.test(t)) return 'htmltable';
	if (c === '|' && isTableRow(text)) return 'table';
	if (matchListItem(text)) return 'list';
	return 'plain';
}
