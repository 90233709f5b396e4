/**
 * List items and the lines that belong to them: an item nests under the
 * nearest item less indented than it; a deeper line of any other kind is text
 * under its owner; a line finishing an item's open link text (`- [Long title`
 * then `continued](…)`) joins that item, indented or not, as CommonMark
 * reads it.
 */
import type { OutlineNode, Status } from '../types';
import { stripMarkup } from '../text/clean';
import { hasLink, indentOf, matchCheckbox, matchListItem, type LineKind } from './lines';
import { MAX_LIST_DEPTH, type Outline } from './outline';

const CHECKBOX_STATUS: Record<string, Status> = { x: 'done', X: 'done', '/': 'reading', '-': 'skipped', ' ': 'todo' };

/** Read the list item at line `i` into the open list; returns the next line. */
export function readListItem(o: Outline, i: number): number {
	const { text, line } = o.lines[i]!;
	const m = matchListItem(text)!;
	let content = m.content;
	let checkbox: Status | undefined;
	const cb = matchCheckbox(content);
	if (cb) {
		checkbox = CHECKBOX_STATUS[cb.mark];
		content = cb.rest;
	}
	const { items } = o;
	if (!items.length) o.listBase = m.indent;
	while (items.length && items[items.length - 1]!.indent >= m.indent) items.pop();
	// An empty item (`-`, `- [ ]`, `- **`) closes deeper items but is not kept.
	if (content.trim() === '' || stripMarkup(content) === '' && !hasLink(content)) return i + 1;
	const node: OutlineNode = { type: 'item', text: content, line, children: [] };
	if (checkbox) node.checkbox = checkbox;
	if (items.length >= MAX_LIST_DEPTH) {
		if (!o.ctx.warnedDepth) {
			o.ctx.warnedDepth = true;
			o.warn(line, `List nested deeper than ${MAX_LIST_DEPTH} levels; deeper items were kept at that depth.`);
		}
		items.length = MAX_LIST_DEPTH;
	}
	(items[items.length - 1]?.node.children ?? o.container()).push(node);
	items.push({ indent: m.indent, node });
	o.open = { node, at: i };
	return i + 1;
}

/** Take line `i` into the open list if it belongs there (see the file comment); returns the next line, or -1 if it does not. */
export function continueList(o: Outline, i: number, kind: LineKind): number {
	const { text, line } = o.lines[i]!;
	const { open, items } = o;
	if (open && open.at === i - 1 && kind === 'plain' && text.includes(']') && unclosed(open.node.text)) {
		open.node.text += `\n${text.trim()}`;
		open.at = i;
		return i + 1;
	}
	if (!items.length || kind === 'list') return -1;
	const indent = indentOf(text);
	if (indent <= o.listBase) return -1;
	let owner = items[items.length - 1]!;
	for (let k = items.length - 1; k >= 0; k--) {
		if (items[k]!.indent < indent) {
			owner = items[k]!;
			break;
		}
	}
	if (kind !== 'rule' && (stripMarkup(text) !== '' || hasLink(text))) owner.node.children.push({ type: 'text', text: text.trim(), line, children: [] });
	return i + 1;
}

/** More `[` than `]` (outside escapes): link text that goes on on the next line. */
function unclosed(text: string): boolean {
	let depth = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '\\') i++;
		else if (c === '[') depth++;
		else if (c === ']' && depth > 0) depth--;
	}
	return depth > 0;
}
