/**
 * The http(s) links written on each line of a list, outside fenced code and
 * image sources, gathered while the list is parsed so the catalog can check
 * afterwards that each one ended somewhere (`catalog/coverage.ts`).
 */
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
	return /<img/i.test(text) ? text.replace(/<img\b[^>]*>/gi, ' ') : text;
}

// The rest of a URL after its `://` (the class of the expression this scan replaces), and what it drops from its end.
const URL_REST = /[^\s)\]>"'|<]*/y;
const TRAILING = '.,;:!?*_~';

/**
 * The `https?://…` runs of a line, as `/https?:\/\/[^\s)\]>"'|<]+/gi` finds
 * them (less trailing punctuation), found from each `://` with `indexOf`:
 * the expression ran over every line with a link and was most of this pass.
 * `line-links.test.ts` holds the two to the same answers.
 */
export function httpLinksIn(text: string): string[] {
	const urls: string[] = [];
	let from = 0;
	for (let p = text.indexOf('://', from); p >= 0; p = text.indexOf('://', from)) {
		const start = schemeStart(text, p);
		URL_REST.lastIndex = p + 3;
		const end = p + 3 + URL_REST.exec(text)![0].length;
		if (start < 0 || end === p + 3) {
			from = p + 1;
			continue;
		}
		let keep = end;
		while (keep > start && TRAILING.includes(text[keep - 1]!)) keep--;
		urls.push(text.slice(start, keep));
		from = end;
	}
	return urls;
}

/** Where `http` or `https` (any case) ends right at `p`, or -1. */
function schemeStart(text: string, p: number): number {
	const s = p >= 5 && (text[p - 1] === 's' || text[p - 1] === 'S') ? p - 5 : p - 4;
	return s >= 0 && text.slice(s, s + 4).toLowerCase() === 'http' ? s : -1;
}
