/**
 * The small named passes that run on a list's text before markdown-it reads
 * it: what made the old reader forgiving, kept where CommonMark is stricter
 * than the people who write reading lists. Each pass keeps the line count, so
 * line keeps the number it has in the original file; a pass may add a blank
 * line (numbered as the line after it), never remove one.
 *
 * - `frontMatter`: YAML front matter blanked (its title kept).
 * - `liquid`: Liquid/Jekyll tags (`{% cite x %}`) removed.
 * - `comments` (`comments.ts`): a document that is mostly one HTML comment (a
 *   draft) is read with its markers removed; comments inside a document are
 *   blanked and the links in them counted, since the author took them out.
 * - `admonitions`: MkDocs `!!! note "Title"` blocks (an indented body CommonMark
 *   would read as code) become GitHub callouts, `> [!note] Title`.
 * - `outlineIndent`: list items nest under the nearest less indented item,
 *   whatever the width (tabs, two spaces under `1.`, eight under `-`), as the
 *   writer meant; CommonMark would make them siblings, lazy text or code.
 */
import { parse as parseYaml } from 'yaml';
import type { Diagnostic } from '../types';
import { stripMarkup } from '../text/clean';
import { stripLiquid } from '../text/repair';
import { comments } from './comments';
import { dedent, hasLink, indentOf, isBlank, isRule, matchAdmonition, matchFence, matchListItem, wordless, type Line } from './lines';

/** What the passes found besides the text. */
export interface Prepassed {
	/** The text markdown-it reads, each line with its number in the original file. */
	lines: Line[];
	/** The `title` of the front matter. */
	title?: string;
	/** Links inside comments of a document that is not itself a comment, with their lines. */
	commentedOut: { line: number; url: string }[];
}

/** Run every pass, in order, over the lines of a repaired text. */
export function prepass(text: string, file: string, diagnostics: Diagnostic[]): Prepassed {
	// Comments first: a draft wrapped in a comment may start with its front matter.
	const split = text.split('\n');
	const c = comments(split);
	const fm = frontMatter(c.lines, file, diagnostics);
	// Admonitions only if a line has `!!!` or `???`: the text had one, or a pass made one by taking text out of a line.
	let marked = text.includes('!!!') || text.includes('???');
	const liquidFree = fm.lines.map((l, k) => {
		const out = stripLiquid(l);
		if (!marked && out !== split[k] && (out.includes('!!!') || out.includes('???'))) marked = true;
		return out;
	});
	const lines = marked ? admonitions(liquidFree) : liquidFree;
	const warn = (line: number, message: string): void => void diagnostics.push({ file, line, severity: 'warning', message });
	return { lines: outlineIndent(lines, warn), ...(fm.title ? { title: fm.title } : {}), commentedOut: c.commentedOut };
}

/** Blank YAML front matter (a block of `key: value` lines between `---` at the top), keeping its title. */
export function frontMatter(lines: string[], file: string, diagnostics: Diagnostic[]): { lines: string[]; title?: string } {
	let start = 0;
	while (start < lines.length && lines[start]!.trim() === '') start++;
	if (start >= lines.length || lines[start]!.trim() !== '---') return { lines };
	let end = start + 1;
	for (; end < lines.length && end < start + 500; end++) {
		const t = lines[end]!.trim();
		if (t === '---' || t === '...') break;
	}
	if (end >= lines.length || end >= start + 500) return { lines };
	const body = lines.slice(start + 1, end);
	// A `---` rule above a list is not front matter; front matter is made of `key: value` lines.
	if (!body.some((b) => /^[A-Za-z_][\w-]*\s*:/.test(b))) return { lines };
	let title: string | undefined;
	try {
		const data: unknown = parseYaml(body.join('\n'), { uniqueKeys: false });
		if (data && typeof data === 'object' && 'title' in data) {
			const t = data.title;
			if (typeof t === 'string' || typeof t === 'number') title = String(t);
		}
	} catch (e) {
		diagnostics.push({ file, line: start + 1, severity: 'warning', message: `Front matter is not valid YAML (${(e as Error).message.split('\n')[0]}); read its title line only.` });
		const m = body.map((b) => /^title\s*:\s*["']?(.*?)["']?\s*$/.exec(b)).find((x) => x);
		if (m) title = m[1];
	}
	const out = lines.slice();
	for (let k = start; k <= end; k++) out[k] = '';
	const clean = title?.trim() ? stripMarkup(title) : '';
	return clean ? { lines: out, title: clean } : { lines: out };
}

/** MkDocs admonitions as GitHub callouts: `!!! note "Title"` and its indented body become `> [!note] Title` and `> ` lines. */
export function admonitions(lines: string[]): string[] {
	if (!lines.some((l) => l.includes('!!!') || l.includes('???'))) return lines;
	const out: string[] = [];
	for (let i = 0; i < lines.length; i++) {
		const adm = matchAdmonition(lines[i]!);
		if (!adm) {
			out.push(lines[i]!);
			continue;
		}
		const lead = lines[i]!.slice(0, lines[i]!.length - lines[i]!.trimStart().length);
		const kind = /(?:!!!|\?\?\?\+?)[ \t]*([A-Za-z][\w-]*)?/.exec(lines[i]!)?.[1] ?? 'note';
		out.push(`${lead}> [!${kind}]${adm.title ? ` ${adm.title}` : ''}`);
		let last = i;
		for (let j = i + 1; j < lines.length; j++) {
			const t = lines[j]!;
			if (!isBlank(t) && indentOf(t) < adm.indent + 4) break;
			if (!isBlank(t)) last = j;
		}
		// The body may hold admonitions of its own.
		const body = admonitions(lines.slice(i + 1, last + 1).map((l) => dedent(l, adm.indent + 4)));
		for (const b of body) out.push(`${lead}>${isBlank(b) ? '' : ` ${b}`}`);
		i = last;
	}
	return out;
}

/** Deepest list nesting kept; deeper items hang at this depth. */
export const MAX_LIST_DEPTH = 64;

interface OpenItem {
	/** Columns of indentation as written. */
	indent: number;
	/** Column where the item's content starts once re-indented. */
	content: number;
	/** Items nested under it so far. */
	children: number;
}

/**
 * Re-indent list items and the lines under them so each nests under the
 * nearest less indented item, as the writer meant it, and a list may start at
 * any number. Lines outside lists, and every line's words, are left as they are.
 */
export function outlineIndent(lines: string[], warn: (line: number, message: string) => void = () => {}): Line[] {
	const out: Line[] = [];
	const open: OpenItem[] = [];
	let fence: { char: string; size: number } | undefined;
	let fenceLine = 0;
	let fenceShift = 0;
	let warnedDepth = false;
	for (let k = 0; k < lines.length; k++) {
		const l = lines[k]!;
		const line = k + 1;
		if (fence) {
			const t = l.trim();
			if (t.length >= fence.size && t.startsWith(fence.char.repeat(fence.size)) && /^[`~]+$/.test(t)) fence = undefined;
			out.push({ text: fenceShift ? reindent(l, indentOf(l) + fenceShift) : l, line });
			continue;
		}
		const blank = isBlank(l);
		const m = blank || isRule(l) ? undefined : matchListItem(l);
		if (blank || (!open.length && !m)) {
			fence = matchFence(l);
			fenceLine = line;
			fenceShift = 0;
			out.push({ text: l, line });
			continue;
		}
		const indent = indentOf(l);
		if (!m) {
			if (indent <= open[0]!.indent) {
				// Back at the list's margin: the list is over, unless the line goes on with the item's text (a lazy line).
				const prev = lines[k - 1] ?? '';
				if (!isBlank(prev) && !continuesItem(prev, l)) out.push({ text: '', line });
				open.length = 0;
				fence = matchFence(l);
				fenceLine = line;
				fenceShift = 0;
				out.push({ text: l, line });
				continue;
			}
			let owner = open[open.length - 1]!;
			for (let j = open.length - 1; j >= 0; j--) {
				if (open[j]!.indent < indent) {
					owner = open[j]!;
					break;
				}
			}
			const f = matchFence(l);
			if (f) {
				fence = f;
				fenceLine = line;
				fenceShift = owner.content - indent;
			}
			out.push({ text: reindent(l, owner.content), line });
			continue;
		}
		while (open.length && open[open.length - 1]!.indent >= indent) open.pop();
		if (open.length >= MAX_LIST_DEPTH) {
			if (!warnedDepth) warn(line, `List nested deeper than ${MAX_LIST_DEPTH} levels; deeper items were kept at that depth.`);
			warnedDepth = true;
			open.length = MAX_LIST_DEPTH - 1;
		}
		const parent = open[open.length - 1];
		const at = parent ? parent.content : Math.min(indent, 3);
		let marker = m.marker === '\u2022' ? '-' : m.marker;
		// A list that starts right after text must start at 1 to be a list in CommonMark; the numbers are not kept.
		const first = parent ? parent.children === 0 : k > 0 && !isBlank(lines[k - 1]!) && !matchListItem(lines[k - 1]!);
		if (first && /^\d/.test(marker)) marker = `1${marker.slice(-1)}`;
		if (parent) parent.children++;
		out.push({ text: `${' '.repeat(at)}${marker}${m.content ? ` ${m.content}` : ''}`, line });
		open.push({ indent, content: at + marker.length + 1, children: 0 });
	}
	if (fence) warn(fenceLine, 'Code block is never closed; the lines after it were kept as code, not read as items.');
	return out;
}

/**
 * True if a line at the list's margin goes on with the item text above it: after a hard break (`  `, `\\`,
 * `<br>`, the writer's own line break), inside link text still open, or as links with no words of their own
 * (`[(link)](…)` under a title). Any other line at the margin starts something new, though CommonMark would
 * read it as the item's text.
 */
function continuesItem(prev: string, line: string): boolean {
	return /(?: {2}|\\|<br\s*\/?>)$/i.test(prev) || (line.includes(']') && unclosed(prev)) || (hasLink(line) && wordless(line));
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

function reindent(line: string, cols: number): string {
	return ' '.repeat(Math.max(0, cols)) + line.trimStart();
}
