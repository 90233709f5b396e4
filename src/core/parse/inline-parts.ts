/**
 * What the inline layer makes of an item's text: plain text, links (with how
 * they were written) and wikilinks, in order. `inline.ts` reads them with
 * markdown-it, `forgiving-inline.ts` where markdown-it leaves text alone;
 * the catalog reads only these.
 */

/** A link found in an item. */
export interface InlineLink {
	/** The target as written (may be relative, `mailto:`, or broken by a space). */
	target: string;
	/** Link text for `[text](url)` forms; undefined for bare and autolinks. */
	label?: string;
	form: 'markdown' | 'reference' | 'autolink' | 'bare' | 'html';
	image: boolean;
	/** A link whose text is an image (a badge): the image's source, its alt text being the label. */
	badge?: string;
}

/** A piece of an item's text, in order. */
export type InlinePart =
	| { type: 'text'; text: string }
	| { type: 'link'; link: InlineLink }
	| { type: 'wiki'; target: string; alias?: string };

/** Reference definitions (`[id]: https://…`) of the list, keyed by lower-cased id. */
export type RefDefs = Map<string, string>;
