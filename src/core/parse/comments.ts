/**
 * The prepass over HTML comments (`prepass.ts` runs it first): a document
 * that is mostly one comment is a draft, read with its markers removed; a
 * comment inside a document is blanked, and the links in it counted, since
 * the author took them out. Fenced code is left alone.
 */
import { isBlank, matchFence } from './lines';

/** Share of a document's non-blank lines one comment must hold for the document to be a draft in a comment. */
const DRAFT_SHARE = 0.8;

/** Open a document that is one comment; blank comments inside a document and count their links. */
export function comments(lines: string[]): { lines: string[]; commentedOut: { line: number; url: string }[] } {
	const spans = commentSpans(lines);
	if (!spans.length) return { lines, commentedOut: [] };
	let nonBlank = 0;
	for (const l of lines) if (!isBlank(l)) nonBlank++;
	const out = lines.slice();
	const commentedOut: { line: number; url: string }[] = [];
	for (const s of spans) {
		let inside = 0;
		for (let k = s.from.line; k <= s.to.line; k++) if (!isBlank(lines[k]!)) inside++;
		const draft = inside >= nonBlank * DRAFT_SHARE;
		for (let k = s.from.line; k <= s.to.line; k++) {
			const l = out[k]!;
			const a = k === s.from.line ? s.from.col : 0;
			const b = k === s.to.line ? s.to.col : l.length;
			const body = l.slice(a, b);
			if (draft) {
				// A draft's markers go (with one space each side); its words are the list.
				out[k] = l.slice(0, a) + body.replace(/^<!--[ \t]?/, '').replace(/[ \t]?-->$/, '') + l.slice(b);
				continue;
			}
			for (const m of body.matchAll(/https?:\/\/[^\s)\]>"'|<]+/g)) commentedOut.push({ line: k + 1, url: m[0].replace(/[.,;:!?*_~]+$/, '') });
			out[k] = l.slice(0, a) + l.slice(b);
		}
	}
	return { lines: out, commentedOut };
}

interface Pos {
	line: number;
	col: number;
}

/** Every `<!-- … -->` outside fenced code, from its `<` to just past its `>` (an unclosed one runs to the end). */
function commentSpans(lines: string[]): { from: Pos; to: Pos }[] {
	const spans: { from: Pos; to: Pos }[] = [];
	let open: Pos | undefined;
	let fence: { char: string; size: number } | undefined;
	for (let k = 0; k < lines.length; k++) {
		const l = lines[k]!;
		if (!open) {
			const f = fence ? undefined : matchFence(l);
			if (fence) {
				const t = l.trim();
				if (t.length >= fence.size && t.startsWith(fence.char.repeat(fence.size)) && /^[`~]+$/.test(t)) fence = undefined;
				continue;
			}
			if (f && !l.includes('<!--')) {
				fence = f;
				continue;
			}
		}
		let col = 0;
		for (;;) {
			if (!open) {
				const at = l.indexOf('<!--', col);
				if (at < 0) break;
				open = { line: k, col: at };
				col = at + 4;
			}
			const end = l.indexOf('-->', col);
			if (end < 0) break;
			spans.push({ from: open, to: { line: k, col: end + 3 } });
			open = undefined;
			col = end + 3;
		}
	}
	if (open) spans.push({ from: open, to: { line: lines.length - 1, col: lines[lines.length - 1]!.length } });
	return spans;
}
