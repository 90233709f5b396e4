/**
 * List notes' checkboxes and the notes' statuses, kept in step both ways, as
 * in the Tasks plugin: a status changed anywhere sets the box on every list
 * note that holds the item; a box ticked in a list note (reading view or live
 * preview) sets that item's status through the plugin's own status change
 * (dates and all). Only a box that changed on a line that kept its link counts
 * as a tick, so a re-import that rewrites the block is never read as one; the
 * status stays the source of truth. Writes go through `vault.process`.
 */
import type { App } from 'obsidian';
import { setBoxes, ticks, type BlockLine, type LibraryItem, type Status } from '../core';
import type { LibraryChange, LibraryStore } from './library-store';

/** Follows library changes and keeps checkboxes and statuses together. */
export class ChecklistSync {
	/** Each list note's block as last seen, to tell a tick from a rewrite. */
	private seen = new Map<string, BlockLine[]>();
	/** Per block (as read), the boxes by the path each line links to: one look-up per status change. */
	private boxes = new WeakMap<BlockLine[], Map<string, Status[]>>();

	constructor(
		private readonly app: App,
		private readonly library: LibraryStore,
		private readonly setStatus: (path: string, status: Status) => Promise<void>,
	) {}

	/** Call with every library change. */
	onChange(change: LibraryChange): void {
		const lib = this.library;
		if (!lib.ready) return;
		if (!change.paths.length) {
			this.seen = new Map([...lib.blocks].map(([p, b]) => [p, b]));
			return;
		}
		for (const path of change.paths) {
			const item = lib.items.get(path);
			if (item?.type === 'list') this.listChanged(path);
			else if (item && (item.type === 'resource' || item.type === 'concept')) void this.statusChanged(item);
		}
	}

	private listChanged(path: string): void {
		const after = this.library.blocks.get(path) ?? [];
		const before = this.seen.get(path);
		this.seen.set(path, after);
		if (!before) return;
		for (const t of ticks(before, after)) {
			const target = this.library.resolver.resolve(t.target);
			const item = target ? this.library.items.get(target) : undefined;
			if (item && (item.type === 'resource' || item.type === 'concept') && (item.status ?? 'todo') !== t.status) void this.setStatus(item.path, t.status);
		}
	}

	private boxesOf(lines: BlockLine[]): Map<string, Status[]> {
		let map = this.boxes.get(lines);
		if (map) return map;
		map = new Map();
		for (const l of lines) {
			const path = l.checkbox && l.target ? this.library.resolver.resolve(l.target) : undefined;
			if (!path || !l.checkbox) continue;
			const list = map.get(path);
			if (list) list.push(l.checkbox);
			else map.set(path, [l.checkbox]);
		}
		this.boxes.set(lines, map);
		return map;
	}

	/** Set the item's box in every list note that holds it, where it shows another status. */
	private async statusChanged(item: LibraryItem): Promise<void> {
		const lib = this.library;
		const status = item.status ?? 'todo';
		for (const link of item.listLinks) {
			const listPath = lib.resolver.resolve(link);
			const lines = listPath ? lib.blocks.get(listPath) : undefined;
			const stale = lines ? this.boxesOf(lines).get(item.path)?.some((s) => s !== status) : false;
			const file = stale && listPath ? this.app.vault.getFileByPath(listPath) : null;
			if (!file) continue;
			await this.app.vault.process(file, (text) => setBoxes(text, (t) => (lib.resolver.resolve(t) === item.path ? status : undefined)) ?? text);
		}
	}
}
