/**
 * The generated block of a list note, both directions: import writes it
 * (the list in its own order and nesting, each study item a task checkbox
 * and a wikilink), the library reads it back for study order, and the
 * checkbox sync rewrites one box character. The markers, the line format
 * (tab indent, `[ ]`/`[/]`/`[x]`/`[-]`, `[[target|display]]`) and the
 * comparison of two blocks live here and nowhere else.
 */
import { STATUSES, type CatalogList, type ListEntry, type Status } from '../types';
import { beginMarker, blockSpan, BLOCK_END, replaceSpan } from './markers';
import { readWikilink, type ReadLink } from './wikilinks';

/** The begin marker of a list note's generated block. */
export const BLOCK_BEGIN = beginMarker('generated from the list; re-import replaces what is between these markers');
export { BLOCK_END };

/** The task checkbox of each status, as the Tasks plugin writes them: `[ ]`, `[/]`, `[x]`, `[-]`. */
export const CHECKBOX: Record<Status, string> = { todo: ' ', reading: '/', done: 'x', skipped: '-' };

/** The status a checkbox character stands for (Obsidian ticks with `x` or `X`). */
export function checkboxStatus(ch: string): Status | undefined {
	if (ch === 'X') return 'done';
	return STATUSES.find((s) => CHECKBOX[s] === ch);
}

/** One line of a list note's generated block. */
export interface BlockLine {
	depth: number;
	/** Link target, or undefined for a line of plain text. */
	target?: string;
	text: string;
	/** The status its task checkbox shows (`- [x] [[…]]`), if it has one. */
	checkbox?: Status;
}

/** A block line: tab indent, a bullet, an optional task box, the rest. */
const ITEM = /^(\t*)- (?:\[(.)\] )?(.*)$/;
/** A line with a box and the rest; the checkbox sync sets the box only when the rest is one link and nothing else. */
const BOXED = /^(\t*- \[)(.)(\] (.*))$/;

/**
 * The generated block of a list note: the list in its own order and nesting.
 * `linkFor` gives each entry's wikilink (undefined writes its title as text);
 * with `statusFor`, each linked item carries its status as a task checkbox.
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

/** The generated block currently in a note (markers included), or null. */
export function currentBlock(text: string, begin?: string): string | null {
	const span = blockSpan(text, begin);
	return span ? text.slice(span.begin, span.end) : null;
}

/** Replace the generated block in a note's text; null if its markers are gone. */
export function replaceBlock(text: string, block: string, begin?: string): string | null {
	const span = blockSpan(text, begin);
	return span ? replaceSpan(text, span, block) : null;
}

/** The raw lines of a list note's generated block (without its markers). */
export function listBlockLines(noteText: string): string[] {
	const block = currentBlock(noteText);
	return block ? block.split('\n').slice(1, -1) : [];
}

/** Read the generated block of a list note into lines with depth. */
export function parseListBlock(noteText: string): BlockLine[] {
	return parseBlockLines(listBlockLines(noteText));
}

/** One raw block line, or undefined when it is not a list line (a blank, a code fence). */
export function parseBlockLine(raw: string): BlockLine | undefined {
	const m = ITEM.exec(raw);
	if (!m) return undefined;
	const link = blockLink(m[3]!);
	const checkbox = m[2] !== undefined && link ? checkboxStatus(m[2]) : undefined;
	const depth = m[1]!.length;
	const line: BlockLine = link
		? { depth, target: link.target, text: link.shown ?? link.target }
		: { depth, text: m[2] === undefined ? m[3]! : raw.replace(/^\t*- /, '') };
	if (checkbox) line.checkbox = checkbox;
	return line;
}

/** A block line's text when it is one wikilink, as the block writes it (never an embed). */
function blockLink(text: string): ReadLink | undefined {
	const link = readWikilink(text);
	return link && !link.embed ? link : undefined;
}

/** Read raw block lines; a long list can be read a slice at a time. */
export function parseBlockLines(lines: string[]): BlockLine[] {
	const out: BlockLine[] = [];
	for (const raw of lines) {
		const line = parseBlockLine(raw);
		if (line) out.push(line);
	}
	return out;
}

/**
 * A block line with its box set to the status `statusOf` gives its link
 * target; the line itself when it has no box and link, `statusOf` says
 * nothing, or the box already shows that status. Only the box character changes.
 */
export function setLineBox(raw: string, statusOf: (target: string) => Status | undefined): string {
	const m = BOXED.exec(raw);
	// Exactly the link, nothing around it: a line the reader added words to is theirs.
	const rest = m?.[4];
	const link = rest !== undefined && rest.trim() === rest ? blockLink(rest) : undefined;
	const want = link ? statusOf(link.target) : undefined;
	if (!m || !want || checkboxStatus(m[2]!) === want) return raw;
	return `${m[1]}${CHECKBOX[want]}${m[3]}`;
}

/** Whether two link targets reach the same note. */
export type SameTarget = (a: string, b: string) => boolean;

/**
 * Whether two blocks say the same: line for line, the same text, or links to
 * the same note at the same depth with the same box. Display text and how a
 * link spells its note do not count: Obsidian rewrites `[[Old]]` to
 * `[[New]]` or `[[New|Old]]` when the reader renames a note.
 */
export function sameBlock(a: string, b: string, sameTarget: SameTarget): boolean {
	const as = a.split('\n');
	const bs = b.split('\n');
	if (as.length !== bs.length) return false;
	return as.every((raw, i) => {
		if (raw === bs[i]) return true;
		const x = parseBlockLine(raw);
		const y = parseBlockLine(bs[i]!);
		return !!x?.target && !!y?.target && x.depth === y.depth && x.checkbox === y.checkbox && sameTarget(x.target, y.target);
	});
}

/**
 * Apply a planned block to a list note's text: null means leave it (it says
 * the same already, or its markers were removed). Without `sameTarget`, only
 * the same text is the same block.
 */
export function blockChange(
	text: string,
	block: string,
	sameTarget?: SameTarget,
	begin?: string,
): { text: string | null; reason?: string } {
	const now = currentBlock(text, begin);
	if (now === null) return { text: null, reason: 'its generated block was removed by the reader; left untouched' };
	if (now === block || (sameTarget && sameBlock(now, block, sameTarget))) return { text: null };
	return { text: replaceBlock(text, block, begin) };
}
