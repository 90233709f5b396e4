/**
 * Item text in the plainest CommonMark shape — words, `[label](url)` links
 * and `**strong**` words, nothing else markdown-it would read — split by
 * string operations into what markdown-it's `parseInline` would give: text
 * runs, links and the strong marks between them. Half of a list's items are
 * this shape, and markdown-it's state and token objects were most of what
 * reading them cost. Brackets around links (`[[pdf](…)]`) and inside labels
 * (`[[pdf]](…)`) are read as markdown-it's link rule reads them. Anything
 * else (single `*`, code, HTML, entities, escapes, images, line breaks,
 * reference links, underscores that could be emphasis, titles or spaces in a
 * target, `**` that could open and close or that do not pair in turn)
 * answers `undefined`, and `inline.ts` asks markdown-it. `simple-inline.test.ts`
 * holds the parts to markdown-it's on every line and cell of the seeds, the
 * wild fixtures, the corpus and the benchmark list, and on generated text.
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
	const scan: Scan = { text, refs, ends: new Map(), closes: new Map() };
	let from = 0;
	let at = 0;
	let brackets = 0;
	for (let open = text.indexOf('['); open >= 0; open = text.indexOf('[', at)) {
		if (++brackets > MAX_BRACKETS) return undefined;
		const end = linkEnd(scan, open);
		if (end === UNSURE) return undefined;
		if (end === NOT) {
			// A `[` that opens no link is text, as is any `]`.
			at = open + 1;
			continue;
		}
		const close = scan.closes.get(open)!;
		if (open > from) parts.push({ text: text.slice(from, open) });
		parts.push({ label: text.slice(open + 1, close), target: text.slice(close + 2, end) });
		if (stars) links.push(open, close, end);
		from = at = end + 1;
	}
	if (from < text.length) parts.push({ text: text.slice(from) });
	if (!stars) return parts;
	const runs = strongRuns(text, links);
	return runs && withStrong(parts, runs);
}

/** A `[` that opens no link; a text only markdown-it can read. */
const NOT = -1;
const UNSURE = -2;
/** Most `[` a text may hold here: each may scan to the text's end, and markdown-it nests no deeper than 100. */
const MAX_BRACKETS = 32;

/** One text's links as they are found: each `[`'s answer, and the `]` of each that opens a link. */
interface Scan {
	text: string;
	refs: boolean;
	ends: Map<number, number>;
	closes: Map<number, number>;
}

/** Where the link a `[` opens ends (its `)`), `NOT` if that `[` is text, `UNSURE` if only markdown-it can tell. */
function linkEnd(scan: Scan, open: number): number {
	let end = scan.ends.get(open);
	if (end === undefined) scan.ends.set(open, (end = readLink(scan, open)));
	return end;
}

/**
 * markdown-it's link rule, on text of this shape: the label runs to the `]`
 * that balances the `[` (`parseLinkLabel`), and a `[` inside it that opens a
 * link of its own makes this one no link (links do not nest); after the label,
 * `(target)` with a plain target makes a link, anything else no link — unless
 * the list defines references, or the target is not plain, when markdown-it decides.
 */
function readLink(scan: Scan, open: number): number {
	const { text } = scan;
	let level = 1;
	let close = -1;
	for (let p = open + 1; p < text.length; p++) {
		const c = text.charCodeAt(p);
		if (c === 93 && --level === 0) {
			close = p;
			break;
		}
		if (c !== 91) continue;
		const inner = linkEnd(scan, p);
		if (inner !== NOT) return inner === UNSURE ? UNSURE : NOT;
		level++;
	}
	if (close < 0) return NOT;
	if (text.charCodeAt(close + 1) !== 40) return scan.refs ? UNSURE : NOT;
	const end = text.indexOf(')', close + 2);
	if (end <= close + 2 || ODD_TARGET.test(text.slice(close + 2, end))) return UNSURE;
	scan.closes.set(open, close);
	return end;
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
