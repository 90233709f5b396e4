/**
 * Reads one list file into an outline: repairs the text, opens HTML comments
 * (a draft wrapped in `<!-- … -->` is still the user's list), drops Liquid
 * tags, takes the title from front matter or a lone top heading, and hands
 * the lines to the block parser.
 */
import { parse as parseYaml } from 'yaml';
import type { Diagnostic, ParsedList } from '../types';
import { repairText, stripLiquid } from '../text/repair';
import { stripMarkup } from '../text/clean';
import { parseBlocks } from './blocks';
import { matchRefDef, type Line } from './lines';
import type { RefDefs } from './inline';
import { linksByLine, type LineLinks } from './line-links';

/** A parsed list plus what item interpretation needs from the whole file. */
export interface ParsedListWithRefs extends ParsedList {
	refs: RefDefs;
	/** The http(s) links of each line, to check afterwards that each one ended somewhere. */
	links: LineLinks[];
}

/** The file name without folders and extension: the title of last resort. */
export function baseName(file: string): string {
	const name = file.split(/[\\/]/).pop() ?? file;
	return name.replace(/\.(?:md|markdown|txt|mdx)$/i, '') || name;
}

function frontMatter(lines: Line[], file: string, diagnostics: Diagnostic[]): { title?: string; end: number } {
	let start = 0;
	while (start < lines.length && lines[start]!.text.trim() === '') start++;
	if (start >= lines.length || lines[start]!.text.trim() !== '---') return { end: 0 };
	let end = start + 1;
	for (; end < lines.length && end < start + 500; end++) {
		const t = lines[end]!.text.trim();
		if (t === '---' || t === '...') break;
	}
	if (end >= lines.length || end >= start + 500) return { end: 0 };
	const body = lines.slice(start + 1, end).map((l) => l.text);
	// A `---` rule above a list is not front matter; front matter is made of `key: value` lines.
	if (!body.some((b) => /^[A-Za-z_][\w-]*\s*:/.test(b))) return { end: 0 };
	let title: string | undefined;
	try {
		const data: unknown = parseYaml(body.join('\n'), { uniqueKeys: false });
		if (data && typeof data === 'object' && 'title' in data) {
			const t = data.title;
			if (typeof t === 'string' || typeof t === 'number') title = String(t);
		}
	} catch (e) {
		diagnostics.push({ file, line: lines[start]!.line, severity: 'warning', message: `Front matter is not valid YAML (${(e as Error).message.split('\n')[0]}); read its title line only.` });
		const m = body.map((b) => /^title\s*:\s*["']?(.*?)["']?\s*$/.exec(b)).find((x) => x);
		if (m) title = m[1];
	}
	return { ...(title && title.trim() ? { title: stripMarkup(title) } : {}), end: end + 1 };
}

/** Parse one list's text. Never throws; problems become diagnostics. */
export function parseList(file: string, raw: string): ParsedListWithRefs {
	const diagnostics: Diagnostic[] = [];
	const text = repairText(raw);
	const refs: RefDefs = new Map();
	const all: Line[] = text.split('\n').map((t, k) => {
		let s = t;
		if (s.includes('<!--') || s.includes('-->')) s = s.replace(/<!--[ \t]?|[ \t]?-->/g, '');
		return { text: stripLiquid(s), line: k + 1 };
	});
	const fm = frontMatter(all, file, diagnostics);
	const lines: Line[] = [];
	for (const l of all.slice(fm.end)) {
		const def = l.text.includes(']:') ? matchRefDef(l.text) : undefined;
		if (def) {
			refs.set(def.id, def.url);
			lines.push({ text: '', line: l.line });
		} else lines.push(l);
	}
	const ctx = { file, diagnostics, warnedDepth: false };
	let nodes = parseBlocks(lines, ctx);
	let title = fm.title;
	// A single top-level `# Title` over everything is the list's name, not a topic.
	const h1s = nodes.filter((n) => n.type === 'heading' && n.level === 1);
	if (!title && h1s.length === 1 && nodes[0] === h1s[0]) {
		title = stripMarkup(h1s[0]!.text) || undefined;
		nodes = [...h1s[0]!.children, ...nodes.slice(1)];
	}
	return { file, title: title ?? baseName(file), nodes, diagnostics, refs, links: linksByLine(lines) };
}
