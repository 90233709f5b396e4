/**
 * Cleaning the words of an item into a title or a note: markup, struck words
 * and status markers gone, separators trimmed, and for a title the rules of
 * `text/title.ts`. Every reader of items and cells cleans through these.
 */
import { MAX_TITLE, capTitle, dropStruck, isGenericLabel, stripMarkup, takeStatusMarkers, trimSeparators } from '../text/clean';
import { balanceBrackets, tidyTitle } from '../text/title';

/** Clean one line of prose (a child note, a cell): markup, struck words and markers gone, the writer's brackets kept. */
export function cleanLine(text: string): string {
	return capTitle(trimSeparators(stripMarkup(takeStatusMarkers(dropStruck(text)).text)));
}

/** Clean text for a title: markup, struck words and markers gone, separators trimmed, the title rules applied. */
export function cleanTitle(text: string): string {
	// A to-do word in front (`**TODO:** Title`) says what the reader means to do, not what the thing is called.
	const plain = stripMarkup(takeStatusMarkers(dropStruck(text)).text).replace(/^(?:todo|tbd|wip|to read|done)\s*[:：]\s*/i, '');
	// A title keeps at most 200 characters: the rules need not run over a 10 MB line.
	return capTitle(tidyTitle(plain.length > 4 * MAX_TITLE ? plain.slice(0, 4 * MAX_TITLE) : plain));
}

/** Clean the words around a link into a note: brackets balanced, one pair of enclosing parentheses dropped, at most 2000 characters. */
export function cleanNote(text: string): string {
	let t = trimSeparators(balanceBrackets(stripMarkup(takeStatusMarkers(text).text), false));
	if (/^\([^()]*\)$/.test(t)) t = t.slice(1, -1).trim();
	return t.length > 2000 ? `${t.slice(0, 2000)}…` : t;
}

/** The first bold part of an item that names something (`**[12]**` is numbering, `**week01**` a slot, not a name). */
export function boldPart(text: string): string | undefined {
	for (const m of text.matchAll(/\*\*([^*]{1,200})\*\*|__([^_]{1,200})__/g)) {
		const inner = m[1] ?? m[2] ?? '';
		if (/^\s*[[(]?\d{1,4}[\]).]?\s*$/.test(inner)) continue;
		const t = cleanTitle(inner);
		// A generic bold label (`**week01**`) names nothing; a later bold part may.
		if (t && !isGenericLabel(t)) return t;
	}
	return undefined;
}

/** Bracketed keywords after a title (`[PTQ, Quant, CNN]`): tags, not words of the title. */
export const TAG_LIST = /\s*\[(?:(?:\s*(?:\*\*|`)*[^\][,]{1,30}?(?:\*\*|`)*\s*,)+\s*(?:\*\*|`)*[^\][,]{1,30}?(?:\*\*|`)*|\s*(?:\*\*|`)+[^`*\][]{1,30}(?:\*\*|`)+)\s*\]\s*/g;

/** The text with its keyword lists (`TAG_LIST`) made a space; most items have no `[` for one to start at, and skip the expression. */
export function dropTagLists(text: string): string {
	return text.includes('[') ? text.replace(TAG_LIST, ' ') : text;
}
