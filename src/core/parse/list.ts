/**
 * Reads one list file into an outline: repairs the text, runs the named
 * pre-passes (`prepass.ts`: front matter, Liquid tags, comments, admonitions,
 * outline indentation), reads the blocks with markdown-it, walks its tokens
 * into the outline (`tree.ts`), and takes the title from front matter or a
 * lone top heading.
 */
import MarkdownIt, { type Token } from 'markdown-it';
import type { Diagnostic, OutlineNode, ParsedList } from '../types';
import { repairText } from '../text/repair';
import { stripMarkup } from '../text/clean';
import type { RefDefs } from './inline';
import { linksByLine, type LineLinks } from './line-links';
import type { Line } from './lines';
import { prepass } from './prepass';
import { sourceFor, withPlainTokens } from './plain-tokens';
import { readRun, type TreeCtx } from './tree';

/** A parsed list plus what item interpretation needs from the whole file. */
export interface ParsedListWithRefs extends ParsedList {
	refs: RefDefs;
	/** The http(s) links of each line, to check afterwards that each one ended somewhere. */
	links: LineLinks[];
	/** Links the author commented out inside the document, with their lines. */
	commentedOut: { line: number; url: string }[];
}

/** The file name without folders and extension: the title of last resort. */
export function baseName(file: string): string {
	const name = file.split(/[\\/]/).pop() ?? file;
	return name.replace(/\.(?:md|markdown|txt|mdx)$/i, '') || name;
}

// Blocks only: inline content is read later by the catalog, with the list's reference definitions.
// Lists nest up to 64 levels (each two tokens deep) and quotes as deep as they are written.
const md = withPlainTokens(new MarkdownIt('default', { html: true, linkify: false, typographer: false, maxNesting: 2000 }));
// `normalize` too: `sourceFor` does its work, only where a text needs it.
md.core.ruler.disable(['normalize', 'inline', 'linkify', 'replacements', 'smartquotes', 'text_join']);

/** The reference definitions markdown-it collected (`[id]: url`), keyed by lower-cased id. */
function refsOf(env: { references?: Record<string, { href: string }> }): RefDefs {
	const refs: RefDefs = new Map();
	for (const [id, def] of Object.entries(env.references ?? {})) refs.set(id.toLowerCase(), def.href);
	return refs;
}

/** What markdown-it collects while it reads the blocks: the reference definitions. */
export type BlockEnv = { references?: Record<string, { href: string; title: string }> };

/** The pre-passed lines as the one text markdown-it reads. */
export function textOf(lines: Line[]): string {
	return lines.map((l) => l.text).join('\n');
}

/** markdown-it's block tokens of a text (the stages are exported for the benchmark's figures). */
export function blockTokens(text: string, env: BlockEnv): Token[] {
	return md.parse(sourceFor(text), env);
}

/** The outline of a list's block tokens; `lines` are the pre-passed lines they were read from. */
export function outlineOf(tokens: Token[], lines: Line[], file: string, diagnostics: Diagnostic[], env: BlockEnv): OutlineNode[] {
	const at = (row: number): number => lines[row]?.line ?? row + 1;
	const ctx: TreeCtx = {
		file,
		diagnostics,
		sub: (body, firstLine, depth) => {
			const sub = blockTokens(body, env);
			return readRun(sub, 0, sub.length, ctx, (row) => firstLine + row, depth);
		},
	};
	return readRun(tokens, 0, tokens.length, ctx, at, 0);
}

/** Parse one list's text. Never throws; problems become diagnostics. */
export function parseList(file: string, raw: string): ParsedListWithRefs {
	const diagnostics: ParsedList['diagnostics'] = [];
	const pre = prepass(repairText(raw), file, diagnostics);
	const env: BlockEnv = {};
	let nodes = outlineOf(blockTokens(textOf(pre.lines), env), pre.lines, file, diagnostics, env);
	let title = pre.title;
	// A single top-level `# Title` over everything is the list's name, not a topic.
	const h1s = nodes.filter((n) => n.type === 'heading' && n.level === 1);
	if (!title && h1s.length === 1 && nodes[0] === h1s[0]) {
		title = stripMarkup(h1s[0]!.text) || undefined;
		nodes = [...h1s[0]!.children, ...nodes.slice(1)];
	}
	return { file, title: title ?? baseName(file), nodes, diagnostics, refs: refsOf(env), links: linksByLine(pre.lines), commentedOut: pre.commentedOut };
}
