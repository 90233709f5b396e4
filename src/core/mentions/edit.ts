/**
 * Turns chosen mentions into links and takes them back out. Applying checks
 * that each mention still reads as it did when it was found; undoing removes
 * only the links this change wrote, wherever later edits have moved them, so
 * an Undo after the reader typed elsewhere in the note keeps what they typed.
 */
import type { Mention } from './find';

/** One link a change wrote: where, what it replaced and what it wrote. */
export interface WrittenLink {
	at: number;
	written: string;
	link: string;
}

/** The result of linking mentions in a text. */
export interface LinkEdit {
	text: string;
	links: WrittenLink[];
}

/**
 * Replace each mention with a link. `linkFor` gives the link for a target key
 * and the words as written (`[[Concept|as written]]`). Mentions whose text no
 * longer matches are left alone.
 */
export function linkMentions(text: string, mentions: Mention[], linkFor: (key: string, written: string) => string): LinkEdit {
	const sorted = [...mentions].sort((a, b) => a.start - b.start);
	const parts: string[] = [];
	const links: WrittenLink[] = [];
	let pos = 0;
	let shift = 0;
	for (const m of sorted) {
		if (m.start < pos || text.slice(m.start, m.end) !== m.text) continue;
		const link = inTableRow(text, m.start) ? linkFor(m.key, m.text).replace(/\|/g, '\\|') : linkFor(m.key, m.text);
		parts.push(text.slice(pos, m.start), link);
		links.push({ at: m.start + shift, written: m.text, link });
		shift += link.length - m.text.length;
		pos = m.end;
	}
	parts.push(text.slice(pos));
	return { text: parts.join(''), links };
}

/**
 * Take out the links an edit wrote, putting back the words as written. A link
 * found where it was written is restored there; one that moved is looked for
 * nearest to its old place; one the reader has since changed is left, and
 * counted in `missing`.
 */
export function unlinkMentions(text: string, links: WrittenLink[]): { text: string; missing: number } {
	let out = text;
	let missing = 0;
	// Last first, so earlier offsets stay valid.
	for (const l of [...links].sort((a, b) => b.at - a.at)) {
		const at = out.startsWith(l.link, l.at) ? l.at : nearest(out, l.link, l.at);
		if (at < 0) {
			missing++;
			continue;
		}
		out = out.slice(0, at) + l.written + out.slice(at + l.link.length);
	}
	return { text: out, missing };
}

/** Whether a place is in a table row, where a link's `|` must be written `\|` or it splits the cell. */
function inTableRow(text: string, at: number): boolean {
	const start = text.lastIndexOf('\n', at - 1) + 1;
	return /^[\s>]*\|/.test(text.slice(start, at));
}

function nearest(text: string, needle: string, around: number): number {
	const before = text.lastIndexOf(needle, around);
	const after = text.indexOf(needle, around);
	if (before < 0) return after;
	if (after < 0) return before;
	return around - before <= after - around ? before : after;
}

/** The sentence around a mention, split so the mention can be shown in bold; long sentences are cut to `max` characters each side. */
export function sentenceAround(text: string, m: { start: number; end: number }, max = 90): { before: string; mention: string; after: string } {
	let s = m.start;
	while (s > 0 && m.start - s < max && !/[.!?。！？\n]/.test(text[s - 1]!)) s--;
	let e = m.end;
	while (e < text.length && e - m.end < max && !/[.!?。！？\n]/.test(text[e]!)) e++;
	if (e < text.length && /[.!?。！？]/.test(text[e]!)) e++;
	const cutStart = s > 0 && !/[.!?。！？\n]/.test(text[s - 1]!);
	const cutEnd = e < text.length && !/[.!?。！？\n]/.test(text[e - 1]!);
	return {
		before: (cutStart ? '…' : '') + text.slice(s, m.start).trimStart(),
		mention: text.slice(m.start, m.end),
		after: text.slice(m.end, e).trimEnd() + (cutEnd ? '…' : ''),
	};
}
