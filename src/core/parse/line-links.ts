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
		const text = l.text.replace(/!\[[^\]]*\]\([^)]*\)/g, ' ').replace(/<img\b[^>]*>/gi, ' ');
		const urls = [...text.matchAll(/https?:\/\/[^\s)\]>"'|<]+/gi)].map((m) => m[0].replace(/[.,;:!?*_~]+$/, ''));
		if (urls.length) out.push({ line: l.line, urls });
	}
	return out;
}
