/**
 * Where in a note a concept may be linked: everything but front matter,
 * fenced code and math, inline code, existing links and embeds, URLs, HTML
 * tags, comments, headings and Syllabus's generated block. The result
 * is a mask over the note's UTF-16 code units, built in one pass over the
 * lines, so finding mentions stays linear in the note's length.
 *
 * It reads Markdown the way a reader sees it, not as a full CommonMark parser:
 * indented code (four spaces) is not recognised, because in notes four spaces
 * are far more often a nested list item than code.
 */
import { BLOCK_BEGIN_PREFIX, BLOCK_END } from '../note/markers';
import { WIKILINK_SOURCE } from '../note/wikilinks';
import { LISTED_IN } from '../note/render';

/** Inline spans that are never prose: code, links, URLs, tags, HTML, comments. */
const INLINE = new RegExp(
	[
		'(`+)[^`]*?\\1', // inline code
		WIKILINK_SOURCE, // wikilinks and embeds
		'!?\\[[^\\]\\n]*\\]\\([^)\\n]*\\)', // markdown links and images
		'\\[[^\\]\\n]*\\]\\[[^\\]\\n]*\\]', // reference links
		'\\b(?:https?|ftp|file|obsidian|zotero):\\/\\/[^\\s<>]+', // URLs
		'\\bwww\\.[^\\s<>]+',
		'<!--.*?-->', // one-line HTML comments
		'<[^>\\n]*>', // HTML tags and autolinks
		'(?:^|\\s)#[^\\s#]+', // tags (the space before is never part of a name's end)
		'%%[^\\n]*?%%', // one-line comments
		'\\$[^$\\n]+\\$', // inline math
	].join('|'),
	'gu',
);

const FENCE = /^[\s>]*(`{3,}|~{3,})/;
const HEADING = /^[\s>]*#{1,6}(?:\s|$)/;
const REF_DEF = /^\s*\[[^\]]+\]:\s*\S/;
/** The About line that says where a list files the item: its topic names are the list's path, not a mention. */
const LISTED = new RegExp(`^>\\s*${LISTED_IN}`);


/** A mask over `text`: 1 where a mention may be found, 0 where it may not. */
export function prose(text: string): Uint8Array {
	const mask = new Uint8Array(text.length);
	let pos = 0;
	let fence: string | undefined;
	let inMath = false;
	let inComment = false;
	let inHtmlComment = false;
	let inGenerated = false;
	let lineNo = 0;
	let inFrontMatter = false;
	while (pos <= text.length) {
		const nl = text.indexOf('\n', pos);
		const end = nl < 0 ? text.length : nl;
		const line = text.slice(pos, end);
		const trimmed = line.trim();
		let open = false;
		if (lineNo === 0 && trimmed === '---') inFrontMatter = true;
		else if (inFrontMatter) {
			if (trimmed === '---' || trimmed === '...') inFrontMatter = false;
		} else if (inGenerated) {
			if (line.includes(BLOCK_END)) inGenerated = false;
		} else if (line.includes(BLOCK_BEGIN_PREFIX)) {
			inGenerated = !line.includes(BLOCK_END, line.indexOf(BLOCK_BEGIN_PREFIX));
		} else if (fence) {
			const m = FENCE.exec(line);
			if (m && m[1]![0] === fence[0] && m[1]!.length >= fence.length && !line.slice(m[0].length).trim()) fence = undefined;
		} else if (inMath) {
			if (trimmed.endsWith('$$')) inMath = false;
		} else if (inComment) {
			if (countOf(line, '%%') % 2 === 1) inComment = false;
		} else if (inHtmlComment) {
			if (line.includes('-->')) inHtmlComment = false;
		} else if (line.lastIndexOf('<!--') > line.lastIndexOf('-->')) {
			// An HTML comment that closes on a later line: only what precedes it is prose.
			inHtmlComment = true;
			mask.fill(1, pos, pos + line.lastIndexOf('<!--'));
			clearInline(text, mask, pos, pos + line.lastIndexOf('<!--'));
		} else if (FENCE.test(line)) {
			fence = FENCE.exec(line)![1];
		} else if (trimmed.startsWith('$$')) {
			inMath = !(trimmed.length > 2 && trimmed.endsWith('$$'));
		} else if (countOf(line, '%%') % 2 === 1) {
			// A comment that opens here and closes on a later line: only what precedes it is prose.
			inComment = true;
			mask.fill(1, pos, pos + line.indexOf('%%'));
			clearInline(text, mask, pos, pos + line.indexOf('%%'));
		} else if (!HEADING.test(line) && !REF_DEF.test(line) && !LISTED.test(line)) {
			open = true;
		}
		if (open) {
			mask.fill(1, pos, end);
			clearInline(text, mask, pos, end);
		}
		lineNo++;
		if (nl < 0) break;
		pos = nl + 1;
	}
	return mask;
}

function clearInline(text: string, mask: Uint8Array, start: number, end: number): void {
	const line = text.slice(start, end);
	INLINE.lastIndex = 0;
	for (const m of line.matchAll(INLINE)) mask.fill(0, start + m.index, start + m.index + m[0].length);
}

function countOf(line: string, needle: string): number {
	let n = 0;
	for (let i = line.indexOf(needle); i >= 0; i = line.indexOf(needle, i + needle.length)) n++;
	return n;
}
