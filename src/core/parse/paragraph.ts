/**
 * A paragraph's lines as outline nodes: a lone line that titles what follows
 * (bold, credited, or short and unpunctuated over a list) is a section title;
 * otherwise each line with a link is an item and the lines between them text,
 * except that a line of links with no words of their own (a bare URL under a
 * bold title and a byline) is one item with the lines above it.
 */
import type { OutlineNode } from '../types';
import { stripMarkup } from '../text/clean';
import { hasLink, wordless, type Line } from './lines';
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
		// A line that finishes a quote or bold words the line above opened belongs with it (a title broken in two).
		const open = out[out.length - 1];
		if (!text.length && open?.type === 'item' && unbalanced(open.text)) {
			open.text += `\n${p.text.trim()}`;
			continue;
		}
		if (!hasLink(p.text)) {
			text.push(p);
			continue;
		}
		// A line of links without words of their own (a bare URL, `[pdf](…)`) belongs to the words above it.
		if (text.length && wordless(p.text)) {
			const first = text[0]!.line;
			out.push({ type: 'item', text: [...text, p].map((t) => t.text.trim()).join('\n'), line: first, children: [], origin: 'paragraph' });
			text = [];
			continue;
		}
		if (text.length && unbalanced(text.map((t) => t.text).join('\n'))) {
			const first = text[0]!.line;
			out.push({ type: 'item', text: [...text, p].map((t) => t.text.trim()).join('\n'), line: first, children: [], origin: 'paragraph' });
			text = [];
			continue;
		}
		flush();
		out.push({ type: 'item', text: p.text.trim(), line: p.line, children: [], origin: 'paragraph' });
	}
	flush();
	return out;
}


/** An odd number of `**` or of straight double quotes: words opened on this line and closed on the next. */
function unbalanced(text: string): boolean {
	return (text.split('**').length - 1) % 2 === 1 || (text.split('"').length - 1) % 2 === 1 || text.split('“').length !== text.split('”').length;
}

/** The heading level a lone line takes when it titles what follows, or 0. */
function titleLevel(t: string, next: NextBlock | undefined): number {
	// A line wholly in italics is a byline or a remark (`*Vaswani et al. (2017)*`), not a title.
	if (/^[*_](?![*_])[\s\S]*[*_]$/.test(t) && !/^[*_]{2}/.test(t)) return 0;
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
	// A title is a few words; a longer line is a section's description.
	// A number alone (`5、`) counts an entry; it names nothing.
	if (/^\d{1,4}[.)、．]?$/.test(plain)) return false;
	return plain.length > 0 && plain.length <= 120 && plain.split(' ').length <= 12 && !/[.}。！？!]$/.test(plain) && !/^[{(]/.test(plain);
}
