/**
 * The http(s) links written on each line of a list, outside fenced code and
 * image sources, gathered while the list is parsed so the catalog can check
 * afterwards that each one ended somewhere (`catalog/coverage.ts`).
 */
import { isSpace } from '../text/clean';
import { matchFence, type Line } from './lines';

/** The http(s) links written on one line. */
export interface LineLinks {
	line: number;
	urls: string[];
}

/** Links per line, outside fenced code and image sources. */
export function linksByLine(lines: Line[]): LineLinks[] {
	const out: LineLinks[] = [];
	let fence: { char: string; size: number } | undefined;
	for (const l of lines) {
		const f = l.text.includes('```') || l.text.includes('~~~') ? matchFence(l.text) : undefined;
		if (fence) {
			if (f && f.char === fence.char && f.size >= fence.size) fence = undefined;
			continue;
		}
		if (f) {
			fence = f;
			continue;
		}
		if (!l.text.includes('://')) continue;
		const urls = httpLinksIn(withoutImages(l.text));
		if (urls.length) out.push({ line: l.line, urls });
	}
	return out;
}

/** The line with image sources blanked: an image is not a link the reader meant to import. */
function withoutImages(text: string): string {
	if (text.includes('![')) text = text.replace(/!\[[^\]]*\]\([^)]*\)/g, ' ');
	return text.includes('<') && /<img/i.test(text) ? text.replace(/<img\b[^>]*>/gi, ' ') : text;
}

/** Ends a URL for `[^\s)\]>"'|<]`: white space (as `\s` has it), `)`, `]`, `>`, `"`, `'`, `|`, `<`. */
function endsUrl(c: number): boolean {
	return c === 41 || c === 93 || c === 62 || c === 34 || c === 39 || c === 124 || c === 60 || isSpace(c);
}

/** Dropped from a URL's end: `.,;:!?*_~`. */
function isTrailing(c: number): boolean {
	return c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 42 || c === 95 || c === 126;
}

/**
 * The `https?://…` runs of a line, as `/https?:\/\/[^\s)\]>"'|<]+/gi` finds
 * them (less trailing punctuation), found from each `://` with `indexOf`
 * and read by character codes: the expression ran over every line with a
 * link and was most of this pass. `line-links.test.ts` holds the two to the
 * same answers.
 */
export function httpLinksIn(text: string): string[] {
	const urls: string[] = [];
	let from = 0;
	for (let p = text.indexOf('://', from); p >= 0; p = text.indexOf('://', from)) {
		const start = schemeStart(text, p);
		let end = p + 3;
		while (end < text.length && !endsUrl(text.charCodeAt(end))) end++;
		if (start < 0 || end === p + 3) {
			from = p + 1;
			continue;
		}
		let keep = end;
		while (keep > start && isTrailing(text.charCodeAt(keep - 1))) keep--;
		urls.push(text.slice(start, keep));
		from = end;
	}
	return urls;
}

/** Code of an ASCII letter in lower case (`| 32` maps only `H`/`h` to `h`, and so on for `t`, `p`, `s`). */
const lower = (text: string, i: number): number => text.charCodeAt(i) | 32;

/** Where `http` or `https` (any case) ends right at `p`, or -1. */
function schemeStart(text: string, p: number): number {
	const s = p >= 5 && lower(text, p - 1) === 115 ? p - 5 : p - 4;
	return s >= 0 && lower(text, s) === 104 && lower(text, s + 1) === 116 && lower(text, s + 2) === 116 && lower(text, s + 3) === 112 ? s : -1;
}
