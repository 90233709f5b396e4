/**
 * The row menu of the study plan (tree rows, Reading now, Next up) and of the
 * progress view: every status, "Study next", "Focus on this list/topic", the
 * URL and the note. The same menu opens from the keyboard (the context-menu
 * key or Shift+F10) at the row.
 */
import { Menu } from 'obsidian';
import { STATUSES, type LibraryItem } from '../core';
import { ICONS } from './icons';
import type { PlanContext } from './plan-context';
import { setStudyNext } from './priority';

/** What the menu can do beyond the plugin's note actions. */
export interface MenuHost {
	focusOn(path: string | undefined): void;
	focus: string | undefined;
}

/** Open the menu for one library item. */
export function showItemMenu(ctx: PlanContext, host: MenuHost, item: LibraryItem, at: MouseEvent | { x: number; y: number }): void {
	const path = item.path;
	const m = new Menu();
	if (item.type === 'resource' || item.type === 'concept') {
		for (const s of STATUSES) {
			m.addItem((mi) => mi.setTitle(`Mark as ${s}`).setChecked((item.status ?? 'todo') === s).onClick(() => void ctx.setStatus(path, s)));
		}
		m.addSeparator();
		if (item.priority) m.addItem((mi) => mi.setTitle('Remove from study next').setIcon(ICONS.notNext).onClick(() => void setStudyNext(ctx.app, ctx.library.items.values(), path, false)));
		else m.addItem((mi) => mi.setTitle('Study next').setIcon(ICONS.studyNext).onClick(() => void setStudyNext(ctx.app, ctx.library.items.values(), path, true)));
	} else if (item.type === 'list' || item.type === 'topic') {
		if (host.focus === path) m.addItem((mi) => mi.setTitle('Stop focusing here').setIcon(ICONS.focus).onClick(() => host.focusOn(undefined)));
		else m.addItem((mi) => mi.setTitle(`Focus on this ${item.type}`).setIcon(ICONS.focus).onClick(() => host.focusOn(path)));
	}
	m.addSeparator();
	if (item.url) {
		const url = item.url;
		m.addItem((mi) => mi.setTitle('Open URL').setIcon(ICONS.openUrl).onClick(() => window.open(url)));
	}
	m.addItem((mi) => mi.setTitle('Open note').setIcon(ICONS.openNote).onClick(() => void ctx.openNote(path, false)));
	m.addItem((mi) => mi.setTitle('Reveal note in navigation').setIcon(ICONS.revealNote).onClick(() => ctx.revealNote(path)));
	if (at instanceof MouseEvent) m.showAtMouseEvent(at);
	else m.showAtPosition(at);
}
