/**
 * A paragraph's lines as outline nodes: a lone line that titles what follows
 * (bold, credited, or short and unpunctuated over a list) is a section title;
 * otherwise each line with a link is an item and the lines between them text.
 */
import type { OutlineNode } from '../types';
import { stripMarkup } from '../text/clean';
import { hasLink, type Line } from './lines';
import { BOLD_HEADING, PLAIN_HEADING } from './outline';
import { creditsSomeone } from './vocabulary';

/** What follows a paragraph: the next block's token type, and its first line when it is a paragraph. */
export interface NextBlock {
	type: string;
	firstLine?: string;
}

/** Nodes of one paragraph's lines; `next` is the block after it. */
export function paragraphNodes(para: Line[], next: NextBlock | undefined): OutlineNode[] {
	if (para.length === 1) {
		const t = para[0]!.text.trim();
		const level = titleLevel(t, next);
		if (level) return [{ type: 'heading', text: t, line: para[0]!.line, level, children: [] }];
	}
	const out: OutlineNode[] = [];
	let text: Line[] = [];
	const flush = (): void => {
		const joined = text.map((t) => t.text.trim()).join('\n');
		if (text.length && stripMarkup(joined) !== '') out.push({ type: 'text', text: joined, line: text[0]!.line, children: [] });
		text = [];
	};
	for (const p of para) {
		if (hasLink(p.text)) {
			flush();
			out.push({ type: 'item', text: p.text.trim(), line: p.line, children: [] });
		} else text.push(p);
	}
	flush();
	return out;
}

/** The heading level a lone line takes when it titles what follows, or 0. */
function titleLevel(t: string, next: NextBlock | undefined): number {
	const credit = creditsSomeone(t);
	const bold = t.startsWith('**') || t.startsWith('__');
	if (bold && (credit || !hasLink(t))) return BOLD_HEADING;
	if (credit && !hasLink(t.replace(/\[[^\]]*\]\([^)]*\)\s*$/, ''))) return PLAIN_HEADING;
	if (!next || hasLink(t) || !headingLike(t)) return 0;
	// Over a paragraph, a short line is a title only when that paragraph is not one too (an empty section).
	if (next.type !== 'paragraph_open') return PLAIN_HEADING;
	const following = next.firstLine ?? '';
	return !headingLike(following.trim()) || hasLink(following) ? PLAIN_HEADING : 0;
}

/** Short, unpunctuated, one line: how people title a list without `#`. */
function headingLike(t: string): boolean {
	const plain = stripMarkup(t);
	// `Papers:` titles what follows; `The schedule below lists every lecture:` is a sentence introducing it.
	if (plain.endsWith(':') && plain.split(' ').length >= 4) return false;
	return plain.length > 0 && plain.length <= 120 && !/[.}]$/.test(plain) && !/^[{(]/.test(plain);
}
