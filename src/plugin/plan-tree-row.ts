/**
 * One row of the study-plan tree, as `plan-tree.ts` builds and repaints it.
 * The row shows its short label among its siblings (a weekly digest's
 * sections read "May 6 - May 12", not "Top ML Papers of the …"); the full
 * title names it for screen readers and heads its tooltip, with the counts, the
 * topic note across lists or an item's places after it (`plan-row-text.ts`).
 * A topic its list only names shows where its note's items are ("in 3
 * lists") instead of an empty 0/0 bar.
 */
import type { PlanNode } from '../core';
import { ICONS } from './icons';
import { icon, iconFor, paintBar, paintStatus, progressBar, statusButton, urlButton } from './plan-rows';
import { countWords, descriptionOf, namedOnly, reachText, tooltipOf, topicNoteText, type Places } from './plan-row-text';

/** A row on screen and what it holds. */
export interface TreeRow {
	node: PlanNode;
	/** What the row shows: the title, or what tells it apart from its siblings. */
	label: string;
	el: HTMLElement;
	row: HTMLElement;
	children?: HTMLElement;
	count?: HTMLElement;
	bar?: HTMLElement;
	status?: HTMLElement;
}

/** What every row of one render shares. */
export interface RowSetting {
	filtered: boolean;
	places: Places;
}

/** Build a node's row (not its children) into `parent`. */
export function buildRow(
	parent: HTMLElement,
	node: PlanNode,
	label: string,
	level: number,
	setting: RowSetting,
): TreeRow {
	// The row is the tree item, named by its own text; the wrapper only nests children for the eye.
	const el = parent.createDiv({ cls: `syllabus-node syllabus-${node.type}`, attr: { 'data-key': node.key } });
	const row = el.createDiv({ cls: 'syllabus-row', attr: { role: 'treeitem', tabindex: '-1', 'aria-level': String(level) } });
	const r: TreeRow = { node, label, el, row };
	// Lists and topics keep the chevron's room; a chevron is drawn only where there is something to fold.
	if (node.type === 'list' || node.type === 'topic') {
		const folds = node.children.length > 0;
		row.createSpan({ cls: 'syllabus-toggle', attr: { 'aria-hidden': 'true', ...(folds ? { 'data-action': 'toggle' } : {}) } });
	}
	icon(row, node.type === 'text' ? ICONS.text : iconFor(node.item));
	const opens: Record<string, string> = node.path && node.item ? { 'data-action': 'open' } : {};
	fullTitle(row, node.title, label, { cls: 'syllabus-title', attr: opens });
	const reach = namedOnly(node);
	if (node.type === 'item' && node.item) {
		row.toggleClass('is-done', node.item.status === 'done');
		if (node.item.url) urlButton(row, false);
		r.status = statusButton(row, node.item.status, false);
	} else if (reach) {
		row.createSpan({ cls: 'syllabus-count syllabus-reach', text: reachText(reach), attr: opens });
	} else if (node.type === 'list' || node.type === 'topic') {
		r.count = row.createSpan({ cls: 'syllabus-count' });
		r.bar = progressBar(row, node.done, node.total, `Progress of ${node.title}`);
		paintCounts(r, setting);
	}
	paintText(r, setting);
	return r;
}

/**
 * A title that shows `label`: when it is short for the title, the label is
 * for the eye and the full title, visually hidden beside it, is what a
 * screen reader reads (and what speech input matches: the label is part of
 * it). Named from content, not `aria-label`, so the row's name stays its text.
 */
function fullTitle(parent: HTMLElement, title: string, label: string, info: DomElementInfo): HTMLElement {
	const short = label !== title;
	const el = parent.createSpan({ ...info, text: label, attr: { ...info.attr, ...(short ? { 'aria-hidden': 'true' } : {}) } });
	if (short) parent.createSpan({ cls: 'syllabus-visually-hidden', text: title });
	return el;
}

/** A list's or topic's count and bar, as the plan now has them. */
function paintCounts(r: TreeRow, { filtered }: RowSetting): void {
	const { done, total, shown } = r.node;
	// Filtered: how many rows the filter shows beside the real progress.
	const text = filtered ? `${shown} of ${total} · ${done} done` : `${done}/${total}`;
	if (r.count && r.count.getText() !== text) r.count.setText(text);
	r.count?.toggleClass('is-filtered', filtered);
	if (r.bar) paintBar(r.bar, done, total);
}

/** The tooltip and the accessible description, which follow the counts and the status. */
function paintText(r: TreeRow, setting: RowSetting): void {
	r.row.setAttr('title', tooltipOf(r.node, setting.filtered, setting.places));
	r.row.setAttr('aria-description', descriptionOf(r.node, setting.filtered, setting.places));
}

/**
 * Repaint a row from a new plan of the same shape: what a status change
 * moves. False when the row must be built again (a topic gained or lost what
 * its list files under it, so it changes between a bar and "in N lists").
 */
export function repaintRow(r: TreeRow, n: PlanNode, setting: RowSetting): boolean {
	const before = r.node;
	if (!namedOnly(before) !== !namedOnly(n)) return false;
	r.node = n;
	if (r.status && before.item?.status !== n.item?.status) {
		paintStatus(r.status, n.item?.status);
		r.row.toggleClass('is-done', n.item?.status === 'done');
	}
	const counts = before.done !== n.done || before.total !== n.total || before.shown !== n.shown;
	if (r.bar && counts) paintCounts(r, setting);
	// A list's or topic's words follow its counts and its topic note's; an item's places do not move.
	const words = (x: PlanNode): string => `${countWords(x, setting.filtered)}${x.topic ? topicNoteText(x.topic) : ''}`;
	if (n.type !== 'item' && words(before) !== words(n)) paintText(r, setting);
	return true;
}
