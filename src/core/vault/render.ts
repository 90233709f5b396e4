/**
 * The first text of each note Syllabus creates. After creation the body and
 * every property but the source-owned ones belong to the reader; re-import
 * never renders these again for an existing note (list notes excepted, and
 * only between their markers).
 */
import { STATUSES, type CatalogList, type ListEntry, type Resource, type Status } from '../types';
import { topicBaseBlock } from './topic-base';

/** Markers around the generated part of a list note. */
export const BLOCK_BEGIN = '%% syllabus:begin — generated from the list; re-import replaces what is between these markers %%';
export const BLOCK_END = '%% syllabus:end %%';

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

/** The task checkbox of each status, as the Tasks plugin writes them: `[ ]`, `[/]`, `[x]`, `[-]`. */
export const CHECKBOX: Record<Status, string> = { todo: ' ', reading: '/', done: 'x', skipped: '-' };

/** The status a checkbox character stands for (Obsidian ticks with `x` or `X`). */
export function checkboxStatus(ch: string): Status | undefined {
	if (ch === 'X') return 'done';
	return STATUSES.find((s) => CHECKBOX[s] === ch);
}

/**
 * The generated block of a list note: the list in its own order and nesting.
 * With `statusFor`, each study item carries its status as a task checkbox.
 */
export function listBlock(list: CatalogList, linkFor: (e: ListEntry) => string | undefined, statusFor?: (e: ListEntry) => Status | undefined): string {
	const lines: string[] = [];
	const walk = (entries: ListEntry[], depth: number): void => {
		for (const e of entries) {
			const link = linkFor(e);
			const text = link ?? e.title.replace(/\n/g, ' ');
			const status = link ? statusFor?.(e) : undefined;
			lines.push(`${'\t'.repeat(depth)}- ${status ? `[${CHECKBOX[status]}] ` : ''}${text}`);
			walk(e.children, depth + 1);
		}
	};
	walk(list.entries, 0);
	const code = list.notes.filter((n) => n.text.includes('\n') || /^[\s\S]{200,}$/.test(n.text));
	for (const c of code) lines.push('', '```', c.text.replace(/```/g, "'''"), '```');
	return `${BLOCK_BEGIN}\n${lines.join('\n')}\n${BLOCK_END}`;
}

/** Body of a new list note. */
export function listBody(file: string, block: string): string {
	return `\nImported from \`${file.replace(/`/g, "'")}\`.\n\n${block}\n\n## Notes\n\n`;
}

/** Replace the generated block in a list note's text; null if its markers are gone. */
export function replaceBlock(text: string, block: string): string | null {
	const begin = text.indexOf('%% syllabus:begin');
	const end = text.indexOf(BLOCK_END, begin);
	if (begin < 0 || end < 0) return null;
	return text.slice(0, begin) + block + text.slice(end + BLOCK_END.length);
}

/** The generated block currently in a list note, or null. */
export function currentBlock(text: string): string | null {
	const begin = text.indexOf('%% syllabus:begin');
	const end = text.indexOf(BLOCK_END, begin);
	return begin < 0 || end < 0 ? null : text.slice(begin, end + BLOCK_END.length);
}
