/**
 * Small pieces the study plan, its header and the progress view share: kind
 * icons, progress bars and the status control. Built with createEl/setText
 * only: titles come from lists and may hold markup.
 */
import { setIcon } from 'obsidian';
import { KINDS, STATUSES, type LibraryItem, type Status } from '../core';
import { iconFor, ICONS, type IconId } from './icons';

export { iconFor } from './icons';

/** The kind filter's choices: every kind of resource, and concepts. */
export const KIND_CHOICES: string[] = [...KINDS, 'concept'];

/** A decorative icon (the row's text says what it is). */
export function icon(parent: HTMLElement, name: IconId): HTMLElement {
	const el = parent.createSpan({ cls: 'syllabus-icon', attr: { 'aria-hidden': 'true' } });
	setIcon(el, name);
	return el;
}

const percent = (done: number, total: number): number => (total ? Math.round((done / total) * 100) : 0);

/** A progress bar: a track and a fill whose width is a CSS variable. */
export function progressBar(parent: HTMLElement, done: number, total: number, label: string): HTMLElement {
	const pct = percent(done, total);
	const bar = parent.createDiv({ cls: 'syllabus-bar', attr: { role: 'progressbar', 'aria-label': label, 'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuenow': String(pct) } });
	bar.createDiv({ cls: 'syllabus-bar-fill' }).setCssProps({ '--syllabus-progress': `${pct}%` });
	return bar;
}

/** Move a bar to a new value; nothing happens when it did not change. */
export function paintBar(bar: HTMLElement, done: number, total: number): void {
	const pct = percent(done, total);
	if (bar.getAttr('aria-valuenow') === String(pct)) return;
	bar.setAttr('aria-valuenow', String(pct));
	(bar.firstElementChild as HTMLElement | null)?.setCssProps({ '--syllabus-progress': `${pct}%` });
}

/** The status control: a button showing the status, clicked to move it on. */
export function statusButton(parent: HTMLElement, status: Status | undefined, focusable: boolean): HTMLElement {
	const el = parent.createEl('button', { cls: 'syllabus-status', attr: { 'data-action': 'status', ...(focusable ? {} : { tabindex: '-1' }) } });
	paintStatus(el, status);
	return el;
}

/** Show a status on its control. */
export function paintStatus(el: HTMLElement, status: Status | undefined): void {
	const s = status ?? 'todo';
	// Unchanged rows are left alone: a status change touches only what moved.
	if (el.getText() === s) return;
	el.setText(s);
	for (const x of STATUSES) el.toggleClass(`is-${x}`, x === s);
	el.setAttr('aria-label', `Status: ${s}`);
}

/** A small button that opens the item's URL in the browser (shown on hover and focus). */
export function urlButton(parent: HTMLElement, focusable: boolean): HTMLElement {
	const el = parent.createEl('button', { cls: 'clickable-icon syllabus-url', attr: { 'aria-label': 'Open URL', 'data-action': 'url', ...(focusable ? {} : { tabindex: '-1' }) } });
	setIcon(el, ICONS.openUrl);
	return el;
}

/** One row of Reading now or Next up: icon, title that opens the note, URL, status control. */
export function itemRow(parent: HTMLElement, item: LibraryItem): HTMLElement {
	const row = parent.createDiv({ cls: 'syllabus-row syllabus-next-item', attr: { role: 'listitem', 'data-path': item.path } });
	icon(row, iconFor(item));
	row.createSpan({ text: item.title, cls: 'syllabus-title', attr: { tabindex: '0', role: 'link', 'data-action': 'open', title: item.title } });
	if (item.url) urlButton(row, true);
	statusButton(row, item.status, true);
	return row;
}
