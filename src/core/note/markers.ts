/**
 * The markers around every block Syllabus generates inside a note: a list
 * note's entries, a topic note's embedded base, the resources that mention a
 * concept. What is between them is refreshed by Syllabus; everything outside
 * is the reader's. Each kind of block says what it is after the same prefix,
 * and all end the same way, so every reader of a note (the import, the
 * checkbox sync, mention finding, templates) finds them by these alone.
 */

/** Where every generated block begins; the words after it say which block it is. */
export const BLOCK_BEGIN_PREFIX = '%% syllabus:begin';
/** Where every generated block ends. */
export const BLOCK_END = '%% syllabus:end %%';

/** A begin marker: the prefix, what the block is, and who refreshes it. */
export function beginMarker(what: string): string {
	return `${BLOCK_BEGIN_PREFIX} — ${what} %%`;
}

/** Where a generated block lies in a text. */
export interface BlockSpan {
	/** The first character of its begin marker. */
	begin: number;
	/** The first character of its end marker. */
	close: number;
	/** Just after its end marker. */
	end: number;
}

/** The first generated block from `from` that starts with `begin` (a marker or its prefix); null without both. */
export function blockSpan(text: string, begin = BLOCK_BEGIN_PREFIX, from = 0): BlockSpan | null {
	const at = text.indexOf(begin, from);
	const close = at < 0 ? -1 : text.indexOf(BLOCK_END, at);
	return close < 0 ? null : { begin: at, close, end: close + BLOCK_END.length };
}

/** A text with the block in `span` replaced. */
export function replaceSpan(text: string, span: BlockSpan, block: string): string {
	return text.slice(0, span.begin) + block + text.slice(span.end);
}
