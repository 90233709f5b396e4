/**
 * The first text of each note Syllabus creates. After creation the body and
 * every property but the source-owned ones belong to the reader; re-import
 * never renders these again for an existing note (list notes excepted, and
 * only between their markers).
 */
import type { Resource, SourceRef } from '../types';

function quoteLines(lines: string[]): string {
	return lines.map((l) => (l ? `> ${l}` : '>')).join('\n');
}

/** How the About part's line starts that says where a list files the item: bookkeeping, not prose about it. */
export const LISTED_IN = 'Listed in ';

/**
 * The header of the callout Syllabus writes at the top of a note (what the lists said, the
 * abstract, Listed-in and Mentions lines): `About`, or `From your lists` (concepts, topics, older
 * resource notes). Everyone who finds that callout finds it by this.
 */
export const SAID_HEADER = String.raw`^> \[!quote\] (?:About|From your lists)[ \t]*`;
/** The callout's header line (multiline: `^` and `$` at line ends). */
export const SAID_CALLOUT = new RegExp(`${SAID_HEADER}$`, 'm');

/** The reader's part of a new note when no template shapes it. */
const NOTES = '## Notes\n\n';

/**
 * Body of a new resource note: what the lists said about it, where each list
 * files it (`trailOf` gives the titles above a listing, one line per listing),
 * then room for the reader (`readerPart`, from a template).
 */
export function resourceBody(
	r: Resource,
	listLinks: Map<string, string>,
	readerPart = NOTES,
	mentions?: string,
	trailOf?: (file: string, line: number) => string[] | undefined,
): string {
	const said: string[] = [...r.notes];
	if (r.recommendedBy?.length) said.push(`Recommended by ${r.recommendedBy.join(', ')}.`);
	if (r.links.length) said.push(`Related: ${r.links.map((u) => `<${u}>`).join(', ')}`);
	said.push(...listedIn(r.sources, listLinks, trailOf));
	if (mentions) said.push(mentions);
	// "About": what the lists said, and what fetched metadata adds (the abstract) later.
	return `\n> [!quote] About\n${quoteLines(said)}\n\n${readerPart}`;
}

/** One line per listing: the list, the rows above the item in it, and the line (`Listed in [[L]] › A, line 9.`). */
export function listedIn(
	sources: readonly SourceRef[],
	listLinks: Map<string, string>,
	trailOf?: (file: string, line: number) => string[] | undefined,
): string[] {
	return sources.map((s) => {
		const path = [listLinks.get(s.file) ?? s.file, ...(trailOf?.(s.file, s.line) ?? [])];
		return `${LISTED_IN}${path.join(' › ')}, line ${s.line}.`;
	});
}

/** Body of a new concept note. */
export function conceptBody(notes: string[], readerPart = NOTES): string {
	const said = notes.length ? `> [!quote] From your lists\n${quoteLines(notes)}\n\n` : '';
	return `\n${said}${readerPart}`;
}

/** Body of a new topic note around its generated part (`topic-base.ts`). */
export function topicBody(parentLinks: string[], notes: string[], block: string, readerPart = NOTES): string {
	const up = parentLinks.length ? `Part of ${parentLinks.join(', ')}.\n\n` : '';
	const said = notes.length ? `> [!quote] From your lists\n${quoteLines(notes)}\n\n` : '';
	return `\n${up}${said}Everything filed under this topic, from every list:\n\n${block}\n\n${readerPart}`;
}

/** Body of a new list note around its generated block (`list-block.ts`). */
export function listBody(file: string, block: string): string {
	return `\nImported from \`${file.replace(/`/g, "'")}\`.\n\n${block}\n\n## Notes\n\n`;
}
