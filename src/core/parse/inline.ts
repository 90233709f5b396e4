/**
 * Splits the text of one item into plain text and links, reading CommonMark
 * inline syntax with markdown-it's `parseInline`: links inside brackets
 * (`[[arXiv](u)]`), images inside links (a badge wrapping a video link),
 * entities, emphasis, code and inline HTML are read as CommonMark reads them,
 * not by hand-written patterns. Bare URLs end where markdown-it's linkify-it
 * ends them (`bare-urls.ts` reads the plain ones the same way, faster).
 * `<a href>`, `<img>` and `<br>` inside the text are read as htmlparser2
 * reads them (`html-tag.ts`).
 *
 * What CommonMark leaves as text is still ours to forgive: a link broken by a
 * stray space (`[t](https://exa mple.org)`) and `[[wikilinks]]` are read by
 * the forgiving scanner (`forgiving-inline.ts`), but only on the text
 * pieces markdown-it did not understand.
 *
 * Text parts keep the few marks later steps need as markdown: `**bold**`,
 * `~~struck~~`, and literal `<`, `>`, `&`, `*`, `_` escaped, so that cleaning
 * a title never mistakes a decoded `&lt;b&gt;` for a tag.
 */
import MarkdownIt, { type Token } from 'markdown-it';
import { httpLinkSpans } from './bare-urls';
import { readTag } from './html-tag';
import { simpleParts } from './simple-inline';
import { sourceFor, withPlainTokens } from './plain-tokens';
import { scanInline as scanForgiving } from './forgiving-inline';
import type { InlineLink, InlinePart, RefDefs } from './inline-parts';

export type { InlineLink, InlinePart, RefDefs };

const md = withPlainTokens(new MarkdownIt('default', { html: true, linkify: false, typographer: false }));
// `sourceFor` normalises the few texts that need it; the rule would run two expressions over every one.
md.core.ruler.disable('normalize');
// We decide which schemes are safe (and report the rest); markdown-it would silently drop them.
md.validateLink = (): boolean => true;
// URLs are canonicalised later; percent-encoding them here would change their keys.
md.normalizeLink = (url: string): string => url;
md.normalizeLinkText = (url: string): string => url;
// Only links with a scheme are links (`bare-urls.ts` reads them the way linkify-it does with these options).
md.linkify.set({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false });

/** Longest item text read with markdown-it. */
export const MAX_COMMONMARK = 20_000;

const refEnvs = new WeakMap<RefDefs, Record<string, { href: string; title: string }>>();

/** markdown-it's reference map for a list's `[id]: url` definitions (keys as markdown-it normalises them). */
function envFor(refs: RefDefs | undefined): { references?: Record<string, { href: string; title: string }> } {
	if (!refs || refs.size === 0) return {};
	let env = refEnvs.get(refs);
	if (!env) {
		env = {};
		for (const [id, url] of refs) env[id.trim().replace(/\s+/g, ' ').toUpperCase()] = { href: url, title: '' };
		refEnvs.set(refs, env);
	}
	return { references: env };
}

/** Escape what later cleaning would read as markup in text that was literal. */
function escapeText(text: string): string {
	return /[&<>*_~`\\]/.test(text) ? text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;')).replace(/[*_~`\\]/g, '\\$&') : text;
}

/**
 * linkify-it's `http(s)://` links in `text` as start and end offsets (pairs,
 * flat). Fuzzy links (`www.` hosts) are off, so every other match (`mailto:`,
 * `ftp:`, `//host`) is one we do not take; it still ends where it ends.
 */
export function linkifyHttpSpans(text: string): number[] {
	const spans: number[] = [];
	for (const m of md.linkify.match(text) ?? []) if (m.schema === 'http:' || m.schema === 'https:') spans.push(m.index, m.lastIndex);
	return spans;
}

/** Bare `http(s)://` URLs in a piece of text: by string operations where they can tell, else by linkify-it. */
function linkifyText(text: string, out: InlinePart[]): void {
	const spans = text.includes('://') ? (httpLinkSpans(text) ?? linkifyHttpSpans(text)) : [];
	let at = 0;
	for (let i = 0; i < spans.length; i += 2) {
		const from = spans[i]!;
		// Sentence punctuation after a URL is not part of it (linkify-it keeps a trailing `:`).
		const raw = text.slice(from, spans[i + 1]).replace(/[.,;:!?'"*_~]+$/, '');
		if (from > at) out.push({ type: 'text', text: escapeText(text.slice(at, from)) });
		out.push({ type: 'link', link: { target: raw, form: 'bare', image: false } });
		at = from + raw.length;
	}
	if (at < text.length) out.push({ type: 'text', text: escapeText(text.slice(at)) });
}

/** Text markdown-it left alone: forgiving reading for broken links and wikilinks, linkify for bare URLs. */
function readText(text: string, refs: RefDefs | undefined, out: InlinePart[]): void {
	if (text.includes('](') || text.includes('[[') || text.includes('<http')) {
		for (const p of scanForgiving(text, refs)) {
			if (p.type === 'text') out.push({ type: 'text', text: escapeText(p.text) });
			else out.push(p);
		}
		return;
	}
	linkifyText(text, out);
}

/** A simple link's label as `labelOf` gives it: text escaped, its `**` (strong marks, paired) kept. */
function labelText(label: string): string {
	return label.includes('**') ? label.split('**').map(escapeText).join('**') : escapeText(label);
}

/** A token's attribute as text. */
function attr(t: Token, name: string): string {
	return String(t.attrGet(name) ?? '');
}

/** Plain words of a run of tokens (a link's label): images give their alt text. */
function labelOf(tokens: Token[], from: number, to: number): { label: string; image?: string } {
	let label = '';
	let image: string | undefined;
	for (let k = from; k < to; k++) {
		const t = tokens[k]!;
		if (t.type === 'text' || t.type === 'code_inline') label += escapeText(t.content);
		else if (t.type === 'image') {
			const alt = t.children ? t.children.map((c) => c.content).join('') : t.content;
			image ??= attr(t, 'src');
			label += escapeText(alt);
		} else if (t.type === 'strong_open' || t.type === 'strong_close') label += '**';
		else if (t.type === 's_open' || t.type === 's_close') label += '~~';
		else if (t.type === 'softbreak' || t.type === 'hardbreak') label += ' ';
		else if (t.type === 'html_inline') {
			const tag = readTag(t.content);
			if (tag?.name === 'img' && !tag.closing) label += escapeText(tag.attrs.alt ?? '');
			else if (tag?.name === 'br') label += ' ';
		}
	}
	return image !== undefined ? { label, image } : { label };
}

/** Index of the token closing the link or HTML anchor opened at `k`. */
function closeOf(tokens: Token[], k: number, isHtml: boolean): number {
	let depth = 0;
	for (let j = k; j < tokens.length; j++) {
		const t = tokens[j]!;
		if (isHtml) {
			if (t.type !== 'html_inline') continue;
			const tag = readTag(t.content);
			if (tag?.name !== 'a') continue;
			depth += tag.closing ? -1 : 1;
		} else if (t.type === 'link_open') depth++;
		else if (t.type === 'link_close') depth--;
		if (depth === 0) return j;
	}
	return tokens.length;
}

/** Split one item's text into text, links and wikilinks. */
export function scanInline(text: string, refs?: RefDefs): InlinePart[] {
	const parts: InlinePart[] = [];
	// markdown-it's emphasis and bracket matching grow faster than linearly on runs of
	// thousands of `**` or `[` (about 1 s at 80,000). No reading-list item is that long,
	// so a longer one is pathological input: the linear forgiving scanner reads it.
	if (text.length > MAX_COMMONMARK) return scanForgiving(text, refs);
	// Without any of these characters markdown-it would return the text as one token: skip it.
	if (!/[[\]<>*_`&\\~\n]/.test(text)) {
		linkifyText(text, parts);
		return parts;
	}
	const simple = simpleParts(text, refs !== undefined && refs.size > 0);
	if (!simple) return readWithMarkdownIt(text, refs, parts);
	for (const p of simple) {
		if ('text' in p) readText(p.text, refs, parts);
		else if ('strong' in p) parts.push({ type: 'text', text: '**' });
		else parts.push({ type: 'link', link: { target: p.target, label: labelText(p.label), form: 'markdown', image: false } });
	}
	return parts;
}

/** `scanInline` by markdown-it's `parseInline` (exported for the differential test of `simple-inline.ts`). */
export function readWithMarkdownIt(text: string, refs: RefDefs | undefined, parts: InlinePart[] = []): InlinePart[] {
	let tokens: Token[];
	try {
		tokens = md.parseInline(sourceFor(text), envFor(refs))[0]?.children ?? [];
	} catch {
		// markdown-it does not throw on text; if it ever did, the forgiving scanner still reads the item.
		return scanForgiving(text, refs);
	}
	for (let k = 0; k < tokens.length; k++) {
		const t = tokens[k]!;
		switch (t.type) {
			case 'text':
				readText(t.content, refs, parts);
				break;
			case 'code_inline':
				parts.push({ type: 'text', text: escapeText(t.content) });
				break;
			case 'strong_open':
			case 'strong_close':
				parts.push({ type: 'text', text: '**' });
				break;
			case 's_open':
			case 's_close':
				parts.push({ type: 'text', text: '~~' });
				break;
			case 'softbreak':
			case 'hardbreak':
				parts.push({ type: 'text', text: '\n' });
				break;
			case 'image':
				parts.push({ type: 'link', link: { target: attr(t, 'src'), label: labelOf([t], 0, 1).label, form: 'markdown', image: true } });
				break;
			case 'link_open': {
				const end = closeOf(tokens, k, false);
				const { label, image } = labelOf(tokens, k + 1, end);
				const target = attr(t, 'href');
				const form = t.markup === 'linkify' ? 'bare' : t.markup === 'autolink' ? 'autolink' : 'markdown';
				parts.push({ type: 'link', link: { target, ...(form === 'markdown' ? { label } : {}), form, image: false, ...(image !== undefined ? { badge: image } : {}) } });
				k = end;
				break;
			}
			case 'html_inline': {
				const tag = readTag(t.content);
				if (tag?.name === 'a' && !tag.closing && tag.attrs.href) {
					const end = closeOf(tokens, k, true);
					const { label, image } = labelOf(tokens, k + 1, end);
					parts.push({ type: 'link', link: { target: tag.attrs.href, label, form: 'html', image: false, ...(image !== undefined ? { badge: image } : {}) } });
					k = end;
				} else if (tag?.name === 'br') parts.push({ type: 'text', text: '\n' });
				else if (tag?.name === 'img' && tag.attrs.src) parts.push({ type: 'link', link: { target: tag.attrs.src, label: tag.attrs.alt ?? '', form: 'html', image: true } });
				else parts.push({ type: 'text', text: t.content });
				break;
			}
			default:
				break;
		}
	}
	return parts;
}

/** The text of parts with links replaced by their labels (for titles and search). */
export function partsToText(parts: InlinePart[]): string {
	let out = '';
	for (const p of parts) {
		if (p.type === 'text') out += p.text;
		else if (p.type === 'wiki') out += p.alias ?? p.target;
		else if (!p.link.image && p.link.label !== undefined) out += p.link.label;
	}
	return out;
}
