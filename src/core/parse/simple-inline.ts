/**
 * Item text in the plainest CommonMark shape — words, `[label](url)` links
 * and `**strong**` words, nothing else markdown-it would read — split by
 * string operations into what markdown-it's `parseInline` would give: text
 * runs, links and the strong marks between them. Half of a list's items are
 * this shape, and markdown-it's state and token objects were most of what
 * reading them cost. Anything else (single `*`, code, HTML, entities,
 * escapes, images, line breaks, brackets that are not such a link,
 * underscores that could be emphasis, link titles or spaces, `**` that
 * could open and close or that do not pair in turn) answers `undefined`,
 * and `inline.ts` asks markdown-it. `simple-inline.test.ts` holds the parts
 * to markdown-it's on every line and cell of the seeds, the wild fixtures,
 * the corpus and the benchmark list, and on generated text.
 */
import { strongRuns } from './strong-runs';

/** A run of text, a `[label](target)` link (its label may hold paired `**`), or a `**` that opens or closes strong text. */
export type SimplePart = { text: string } | { label: string; target: string } | { strong: true };

/** Characters that make markdown-it read more than words, links and `**` (`\0` and `\r` it rewrites). */
const SPECIAL = /[<>`&\\~\n\r\0]|!\[/;
/** What a link target of this shape may not hold: spaces, brackets, quotes (a title), `<>`. */
const ODD_TARGET = /[\s()<>"'[\]]/;

const isWordChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** The parts of `text`, or `undefined` when only markdown-it can tell. `refs`: the list defines `[id]: url` references. */
export function simpleParts(text: string, refs: boolean): SimplePart[] | undefined {
	if (SPECIAL.test(text)) return undefined;
	// `_` inside a word is never emphasis; anywhere else it may be.
	for (let u = text.indexOf('_'); u >= 0; u = text.indexOf('_', u + 1)) {
		if (!isWordChar(text.charCodeAt(u - 1)) && text.charCodeAt(u - 1) !== 95) return undefined;
		if (!isWordChar(text.charCodeAt(u + 1)) && text.charCodeAt(u + 1) !== 95) return undefined;
	}
	const stars = text.includes('*');
	const parts: SimplePart[] = [];
	// With `**`: where each link's brackets and parentheses stand (open, close, end), for `strongRuns`.
	const links: number[] = [];
	let from = 0;
	let at = 0;
	for (;;) {
		const open = text.indexOf('[', at);
		const stray = text.indexOf(']', at);
		if (open < 0) {
			if (stray >= 0) return undefined;
			break;
		}
		// The first `]` after the `[`, with no `]` before it and no `[` inside.
		const close = stray;
		const inner = text.indexOf('[', open + 1);
		if (close < open || (inner >= 0 && inner < close)) return undefined;
		if (text.charCodeAt(close + 1) !== 40) {
			// `[words]` is text unless the list defines references (`[id]`, `[a][b]` may be one).
			if (refs || text.charCodeAt(close + 1) === 91) return undefined;
			at = close + 1;
			continue;
		}
		const end = text.indexOf(')', close + 2);
		const target = end < 0 ? '' : text.slice(close + 2, end);
		if (!target || ODD_TARGET.test(target)) return undefined;
		if (open > from) parts.push({ text: text.slice(from, open) });
		parts.push({ label: text.slice(open + 1, close), target });
		if (stars) links.push(open, close, end);
		from = at = end + 1;
	}
	if (from < text.length) parts.push({ text: text.slice(from) });
	if (!stars) return parts;
	const runs = strongRuns(text, links);
	return runs && withStrong(parts, runs);
}

/** The parts with their text cut at the strong marks of the top level (offsets in `runs`, in order). */
function withStrong(parts: SimplePart[], runs: number[]): SimplePart[] {
	if (!runs.length) return parts;
	const out: SimplePart[] = [];
	let offset = 0;
	let r = 0;
	for (const p of parts) {
		if (!('text' in p)) {
			out.push(p);
			// A link's `[`, label, `](`, target and `)`.
			if ('label' in p) offset += p.label.length + p.target.length + 4;
			continue;
		}
		let from = 0;
		for (; r < runs.length && runs[r]! < offset + p.text.length; r++) {
			const at = runs[r]! - offset;
			if (at > from) out.push({ text: p.text.slice(from, at) });
			out.push({ strong: true });
			from = at + 2;
		}
		if (from < p.text.length) out.push({ text: p.text.slice(from) });
		offset += p.text.length;
	}
	return out;
}
