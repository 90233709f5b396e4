/**
 * The first text of each note Syllabus creates. After creation the body and
 * every property but the source-owned ones belong to the reader; re-import
 * never renders these again for an existing note (list notes excepted, and
 * only between their markers).
 */
import type { Resource } from '../types';
import { topicBaseBlock } from './topic-base';

function quoteLines(lines: string[]): string {
	return lines.map((l) => (l ? `> ${l}` : '>')).join('\n');
}

/** The reader's part of a new note when no template shapes it. */
const NOTES = '## Notes\n\n';

/** Body of a new resource note: what the lists said about it, then room for the reader (`readerPart`, from a template). */
export function resourceBody(r: Resource, listLinks: Map<string, string>, readerPart = NOTES, mentions?: string): string {
	const said: string[] = [...r.notes];
	if (r.recommendedBy?.length) said.push(`Recommended by ${r.recommendedBy.join(', ')}.`);
	if (r.links.length) said.push(`Related: ${r.links.map((u) => `<${u}>`).join(', ')}`);
	const where = r.sources.map((s) => `${listLinks.get(s.file) ?? s.file}, line ${s.line}`);
	said.push(`Listed in ${where.join('; ')}.`);
	if (mentions) said.push(mentions);
	// "About": what the lists said, and what fetched metadata adds (the abstract) later.
	return `\n> [!quote] About\n${quoteLines(said)}\n\n${readerPart}`;
}

/** Body of a new concept note. */
export function conceptBody(notes: string[], readerPart = NOTES): string {
	const said = notes.length ? `> [!quote] From your lists\n${quoteLines(notes)}\n\n` : '';
	return `\n${said}${readerPart}`;
}

/** Body of a new topic note. */
export function topicBody(parentLinks: string[], notes: string[], readerPart = NOTES): string {
	const up = parentLinks.length ? `Part of ${parentLinks.join(', ')}.\n\n` : '';
	const said = notes.length ? `> [!quote] From your lists\n${quoteLines(notes)}\n\n` : '';
	return `\n${up}${said}Everything filed under this topic links here:\n\n${topicBaseBlock()}\n\n${readerPart}`;
}

/** Body of a new list note around its generated block (`list-block.ts`). */
export function listBody(file: string, block: string): string {
	return `\nImported from \`${file.replace(/`/g, "'")}\`.\n\n${block}\n\n## Notes\n\n`;
}
