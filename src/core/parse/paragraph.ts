/**
 * A run of plain lines: a setext heading (underlined with `===` or `---`), a
 * table whose header has no leading pipe, a lone line that titles the list
 * below it (bold, credited, or short and unpunctuated), or a paragraph whose
 * lines with links are items and the rest text.
 */
import type { OutlineNode } from '../types';
import { stripMarkup } from '../text/clean';
import { hasLink, indentOf, isBlank, isTableSeparator, kindOf, type Line, type LineKind } from './lines';
import { BOLD_HEADING, PLAIN_HEADING, type Outline } from './outline';
import { takeTable } from './tables';
import { creditsSomeone } from './vocabulary';

/** Read the plain lines from line `i`; returns the next line. */
export function readParagraph(o: Outline, i: number): number {
	const { lines } = o;
	const indent = indentOf(lines[i]!.text);
	const para: Line[] = [];
	let j = i;
	while (j < lines.length && kindOf(lines[j]!.text) === 'plain' && (j === i || indentOf(lines[j]!.text) <= indent + 3)) {
		para.push(lines[j]!);
		j++;
	}
	const under = lines[j]?.text;
	if (under !== undefined && /^[ \t]{0,3}(?:=+|-+)[ \t]*$/.test(under) && para.length) {
		o.addHeading(under.trim()[0] === '=' ? 1 : 2, para.map((p) => p.text.trim()).join(' '), para[0]!.line);
		return j + 1;
	}
	// A table whose header row has no leading pipe: `Title | Topic` over `--- | ---`.
	if (para.length >= 1 && under !== undefined && isTableSeparator(under) && para[para.length - 1]!.text.includes('|')) {
		const head = para.pop()!;
		placeParagraph(para, o.container());
		return takeTable(lines, j - 1, o.container(), head);
	}
	if (para.length === 1) {
		const level = titleLevel(para[0]!.text.trim(), lines, j);
		if (level) {
			o.addHeading(level, para[0]!.text.trim(), para[0]!.line);
			return j;
		}
	}
	placeParagraph(para, o.container());
	return j;
}

/** The heading level a lone line takes when it titles what follows (`next` is the line after it), or 0. */
function titleLevel(t: string, lines: Line[], next: number): number {
	const credit = creditsSomeone(t);
	const bold = t.startsWith('**') || t.startsWith('__');
	if (bold && (credit || !hasLink(t))) return BOLD_HEADING;
	if (credit && !hasLink(t.replace(/\[[^\]]*\]\([^)]*\)\s*$/, ''))) return PLAIN_HEADING;
	if (!hasLink(t) && headingLike(t) && (nextKind(lines, next) !== 'plain' || !headingLikeNext(lines, next))) return PLAIN_HEADING;
	return 0;
}

/** Short, unpunctuated, one line: how people title a list without `#`. */
function headingLike(t: string): boolean {
	const plain = stripMarkup(t);
	// `Papers:` titles what follows; `The schedule below lists every lecture:` is a sentence introducing it.
	if (plain.endsWith(':') && plain.split(' ').length >= 4) return false;
	return plain.length > 0 && plain.length <= 120 && !/[.}]$/.test(plain) && !/^[{(]/.test(plain);
}

function nextKind(lines: Line[], from: number): LineKind | undefined {
	for (let j = from; j < lines.length; j++) {
		const k = kindOf(lines[j]!.text);
		if (k !== 'blank') return k;
	}
	return undefined;
}

/** The next non-blank plain line is itself a title (so this one is an empty section). */
function headingLikeNext(lines: Line[], from: number): boolean {
	for (let j = from; j < lines.length; j++) {
		const t = lines[j]!.text;
		if (isBlank(t)) continue;
		return !headingLike(t.trim()) || hasLink(t);
	}
	return false;
}

/** Lines of a paragraph: a line with a link is an item; the rest is kept as text. */
function placeParagraph(para: Line[], into: OutlineNode[]): void {
	let text: Line[] = [];
	const flush = (): void => {
		const joined = text.map((t) => t.text.trim()).join('\n');
		if (text.length && stripMarkup(joined) !== '') into.push({ type: 'text', text: joined, line: text[0]!.line, children: [] });
		text = [];
	};
	for (const p of para) {
		if (hasLink(p.text)) {
			flush();
			into.push({ type: 'item', text: p.text.trim(), line: p.line, children: [] });
		} else text.push(p);
	}
	flush();
}
