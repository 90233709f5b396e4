/**
 * The words the block layer reads a block's shape from: the phrases that
 * credit a person, and the table column names that say which cell is the
 * title and which names a topic. The block layer needs them to decide what a
 * line or a row *is shaped like* (a credited section title, the main cell of a
 * row); the catalog reads what they *mean* for an item (the credited person,
 * the row's topic) from the same definitions, so they live here, once, below
 * both.
 */

/** The phrases that credit a person, as a regular-expression source: `recommended by`, `h/t`, … (`h/t` may take a colon). */
export const CREDIT_PHRASE = String.raw`(?:recommended|suggested|shared|curated|compiled|collected)\s+by|h\/t:?|courtesy of|thanks to`;

const CREDIT_IN_LINE = new RegExp(String.raw`\b(?:${CREDIT_PHRASE})\b`, 'i');

/** True if a line credits someone (`**Papers** recommended by [Jing](…)`): such a line titles the list below it. */
export function creditsSomeone(text: string): boolean {
	return CREDIT_IN_LINE.test(text);
}

/** A column of titles: the row's main cell when no column holds links, and the name of the row's link when one does. */
export const TITLE_COLUMN = /^(?:title|name|paper|papers|resource|item|papers? title)$/i;

/** A column naming the section each row is filed under. */
export const TOPIC_COLUMN = /^(?:topics?|categor(?:y|ies)|sections?|area|field|subjects?|themes?|groups?)$/i;

/** A column of tags: several topics per row. */
export const TAG_COLUMN = /^(?:tags?|keywords?|labels?)$/i;
