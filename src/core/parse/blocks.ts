/**
 * The block parser: lines in, an outline out. Headings nest by level; list
 * items nest by indentation relative to their parent (tabs, two spaces, four,
 * or a mix); admonitions, callouts and `<details>` are parsed as documents of
 * their own and hung under their title. One pass over the lines, plus a
 * bounded look-ahead over blank lines to tell a section title from a paragraph.
 */
import type { Diagnostic, OutlineNode, Status } from '../types';
import { stripMarkup } from '../text/clean';
import {
	dedent,
	hasLink,
	indentOf,
	isBlank,
	isRule,
	isTableRow,
	isTableSeparator,
	matchAdmonition,
	matchAtxHeading,
	matchCheckbox,
	matchFence,
	matchListItem,
	type Line,
} from './lines';
import { takeHtmlTable, takeTable } from './tables';
import { creditsSomeone } from './vocabulary';

/** Deepest list nesting we keep; deeper items hang at this depth. */
export const MAX_LIST_DEPTH = 64;
/** Deepest nesting of admonitions, callouts and quotes parsed as containers. */
export const MAX_CONTAINER_DEPTH = 16;

/** Level given to a plain line that titles the list below it. */
export const PLAIN_HEADING = 7;
/** Level given to a bold line (`**Flash Attention**`). */
export const BOLD_HEADING = 8;

const CHECKBOX_STATUS: Record<string, Status> = { x: 'done', X: 'done', '/': 'reading', '-': 'skipped', ' ': 'todo' };

interface Ctx {
	file: string;
	diagnostics: Diagnostic[];
	warnedDepth: boolean;
}

function isBoldLead(text: string): boolean {
	const t = text.trim();
	return t.startsWith('**') || t.startsWith('__');
}

type Kind = 'blank' | 'rule' | 'atx' | 'fence' | 'admonition' | 'quote' | 'details' | 'table' | 'htmltable' | 'list' | 'plain';

function kindOf(text: string): Kind {
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

/** Parse lines into outline nodes. `depth` counts enclosing containers. */
export function parseBlocks(lines: Line[], ctx: Ctx, depth = 0): OutlineNode[] {
	const out: OutlineNode[] = [];
	const headings: { level: number; node: OutlineNode }[] = [];
	let items: { indent: number; node: OutlineNode }[] = [];
	let listBase = -1;
	let open: { node: OutlineNode; at: number } | undefined;

	const container = (): OutlineNode[] => headings[headings.length - 1]?.node.children ?? out;
	const endList = (): void => {
		items = [];
		listBase = -1;
	};
	const addHeading = (level: number, text: string, line: number): void => {
		endList();
		while (headings.length && headings[headings.length - 1]!.level >= level) headings.pop();
		const node: OutlineNode = { type: 'heading', text, line, level, children: [] };
		container().push(node);
		headings.push({ level, node });
	};
	const nextKind = (from: number): Kind | undefined => {
		for (let j = from; j < lines.length; j++) {
			const k = kindOf(lines[j]!.text);
			if (k !== 'blank') return k;
		}
		return undefined;
	};

	let i = 0;
	while (i < lines.length) {
		const { text, line } = lines[i]!;
		const kind = kindOf(text);
		const indent = indentOf(text);

		if (kind === 'blank') {
			i++;
			continue;
		}

		if (kind === 'fence') {
			const fence = matchFence(text)!;
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
			if (!closed) {
				ctx.diagnostics.push({ file: ctx.file, line, severity: 'warning', message: 'Code block is never closed; the lines after it were kept as code, not read as items.' });
			}
			if (body.some((b) => !isBlank(b))) container().push({ type: 'code', text: body.join('\n'), line, children: [] });
			i = j + 1;
			continue;
		}

		// Lazy continuation: a line right under an item whose link text is still open (`- [Long title`)
		// finishes that item, indented or not, as CommonMark reads it.
		if (open && open.at === i - 1 && kind === 'plain' && text.includes(']') && unclosed(open.node.text)) {
			open.node.text += `\n${text.trim()}`;
			open.at = i;
			i++;
			continue;
		}

		// Inside an open list, deeper lines belong to its items.
		if (items.length && indent > listBase && kind !== 'list') {
			let owner = items[items.length - 1]!;
			for (let k = items.length - 1; k >= 0; k--) {
				if (items[k]!.indent < indent) {
					owner = items[k]!;
					break;
				}
			}
			if (kind !== 'rule' && (stripMarkup(text) !== '' || hasLink(text))) owner.node.children.push({ type: 'text', text: text.trim(), line, children: [] });
			i++;
			continue;
		}

		if (kind === 'list') {
			const m = matchListItem(text)!;
			let content = m.content;
			let checkbox: Status | undefined;
			const cb = matchCheckbox(content);
			if (cb) {
				checkbox = CHECKBOX_STATUS[cb.mark];
				content = cb.rest;
			}
			if (!items.length) listBase = m.indent;
			while (items.length && items[items.length - 1]!.indent >= m.indent) items.pop();
			if (content.trim() === '' || stripMarkup(content) === '' && !hasLink(content)) {
				i++;
				continue;
			}
			const node: OutlineNode = { type: 'item', text: content, line, children: [] };
			if (checkbox) node.checkbox = checkbox;
			if (items.length >= MAX_LIST_DEPTH) {
				if (!ctx.warnedDepth) {
					ctx.warnedDepth = true;
					ctx.diagnostics.push({ file: ctx.file, line, severity: 'warning', message: `List nested deeper than ${MAX_LIST_DEPTH} levels; deeper items were kept at that depth.` });
				}
				items.length = MAX_LIST_DEPTH;
			}
			(items[items.length - 1]?.node.children ?? container()).push(node);
			items.push({ indent: m.indent, node });
			open = { node, at: i };
			i++;
			continue;
		}

		endList();

		if (kind === 'rule') {
			i++;
			continue;
		}
		if (kind === 'atx') {
			const h = matchAtxHeading(text)!;
			addHeading(h.level, h.text, line);
			i++;
			continue;
		}

		if (kind === 'admonition' || kind === 'quote' || kind === 'details') {
			const { title, body, next } =
				kind === 'admonition' ? takeAdmonition(lines, i) : kind === 'quote' ? takeQuote(lines, i) : takeDetails(lines, i);
			const children = depth < MAX_CONTAINER_DEPTH ? parseBlocks(body, ctx, depth + 1) : body.filter((b) => !isBlank(b.text)).map((b): OutlineNode => ({ type: 'text', text: b.text.trim(), line: b.line, children: [] }));
			if (title) container().push({ type: 'heading', text: title, line, level: PLAIN_HEADING, children });
			else container().push(...children);
			i = next;
			continue;
		}

		if (kind === 'table') {
			i = takeTable(lines, i, container());
			continue;
		}
		if (kind === 'htmltable') {
			i = takeHtmlTable(lines, i, container());
			continue;
		}

		// A plain line, or a run of them: a paragraph.
		const para: Line[] = [];
		let j = i;
		while (j < lines.length && kindOf(lines[j]!.text) === 'plain' && (j === i || indentOf(lines[j]!.text) <= indent + 3)) {
			para.push(lines[j]!);
			j++;
		}
		// Setext heading: a paragraph underlined with === or ---.
		const under = lines[j]?.text;
		if (under !== undefined && /^[ \t]{0,3}(?:=+|-+)[ \t]*$/.test(under) && para.length) {
			addHeading(under.trim()[0] === '=' ? 1 : 2, para.map((p) => p.text.trim()).join(' '), para[0]!.line);
			i = j + 1;
			continue;
		}
		// A table whose header row has no leading pipe: `Title | Topic` over `--- | ---`.
		if (para.length >= 1 && under !== undefined && isTableSeparator(under) && para[para.length - 1]!.text.includes('|')) {
			const head = para.pop()!;
			placeParagraph(para, container(), ctx);
			i = takeTable(lines, j - 1, container(), head);
			continue;
		}
		if (para.length === 1) {
			const p = para[0]!;
			const t = p.text.trim();
			const credit = creditsSomeone(t);
			if (isBoldLead(t) && (credit || !hasLink(t))) {
				addHeading(BOLD_HEADING, t, p.line);
				i = j;
				continue;
			}
			if (credit && !hasLink(t.replace(/\[[^\]]*\]\([^)]*\)\s*$/, ''))) {
				addHeading(PLAIN_HEADING, t, p.line);
				i = j;
				continue;
			}
			if (!hasLink(t) && headingLike(t)) {
				const nk = nextKind(j);
				if (nk !== 'plain' || !headingLikeNext(lines, j)) {
					addHeading(PLAIN_HEADING, t, p.line);
					i = j;
					continue;
				}
			}
		}
		placeParagraph(para, container(), ctx);
		i = j;
	}
	return out;
}

/** More `[` than `]` (outside escapes): link text that goes on on the next line. */
function unclosed(text: string): boolean {
	let depth = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '\\') i++;
		else if (c === '[') depth++;
		else if (c === ']' && depth > 0) depth--;
	}
	return depth > 0;
}

/** Short, unpunctuated, one line: how people title a list without `#`. */
function headingLike(t: string): boolean {
	const plain = stripMarkup(t);
	// `Papers:` titles what follows; `The schedule below lists every lecture:` is a sentence introducing it.
	if (plain.endsWith(':') && plain.split(' ').length >= 4) return false;
	return plain.length > 0 && plain.length <= 120 && !/[.}]$/.test(plain) && !/^[{(]/.test(plain);
}

/** The next non-blank plain line is itself a title (so this one is an empty section). */
function headingLikeNext(lines: Line[], from: number): boolean {
	for (let j = from; j < lines.length; j++) {
		const t = lines[j]!.text;
		if (isBlank(t)) continue;
		return !headingLike(t.trim()) || hasLink(t);
	}
	return false;
}

/** Lines of a paragraph: a line with a link is an item; the rest is kept as text. */
function placeParagraph(para: Line[], into: OutlineNode[], _ctx: Ctx): void {
	let text: Line[] = [];
	const flush = (): void => {
		const joined = text.map((t) => t.text.trim()).join('\n');
		if (text.length && stripMarkup(joined) !== '') into.push({ type: 'text', text: joined, line: text[0]!.line, children: [] });
		text = [];
	};
	for (const p of para) {
		if (hasLink(p.text)) {
			flush();
			into.push({ type: 'item', text: p.text.trim(), line: p.line, children: [] });
		} else text.push(p);
	}
	flush();
}

function takeAdmonition(lines: Line[], i: number): { title: string; body: Line[]; next: number } {
	const adm = matchAdmonition(lines[i]!.text)!;
	const body: Line[] = [];
	let j = i + 1;
	for (; j < lines.length; j++) {
		const t = lines[j]!.text;
		if (!isBlank(t) && indentOf(t) < adm.indent + 4) break;
		body.push({ text: dedent(t, adm.indent + 4), line: lines[j]!.line });
	}
	return { title: stripMarkup(adm.title), body, next: j };
}

function takeQuote(lines: Line[], i: number): { title: string; body: Line[]; next: number } {
	const body: Line[] = [];
	let j = i;
	for (; j < lines.length; j++) {
		const t = lines[j]!.text;
		const m = /^[ \t]{0,3}>[ \t]?/.exec(t);
		if (!m) break;
		body.push({ text: t.slice(m[0].length), line: lines[j]!.line });
	}
	let title = '';
	const alert = body[0] ? /^\[!([A-Za-z]+)\][+-]?[ \t]*(.*)$/.exec(body[0].text) : null;
	if (alert) {
		title = stripMarkup(alert[2] ?? '');
		body.shift();
	}
	return { title, body, next: j };
}

function takeDetails(lines: Line[], i: number): { title: string; body: Line[]; next: number } {
	const body: Line[] = [];
	let nesting = 0;
	let j = i;
	let title = '';
	for (; j < lines.length; j++) {
		let t = lines[j]!.text;
		nesting += (t.match(/<details\b/gi) ?? []).length;
		const closes = (t.match(/<\/details>/gi) ?? []).length;
		nesting -= closes;
		const summary = /<summary>([\s\S]*?)<\/summary>/i.exec(t);
		if (summary && !title) {
			title = stripMarkup(summary[1] ?? '');
			t = t.replace(summary[0], '');
		}
		t = t.replace(/<\/?details\b[^>]*>/gi, '');
		body.push({ text: t, line: lines[j]!.line });
		if (nesting <= 0) {
			j++;
			break;
		}
	}
	return { title, body, next: j };
}
