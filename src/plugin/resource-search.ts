/**
 * Keeps the picker's search index in step with the library: built once when
 * the library is ready, then one record at a time as notes change (a rename
 * removes one record and adds one) — never rebuilt per keystroke, per opening
 * or per note of an import.
 */
import {
	SearchIndex, libraryRecord, moved, readWhere, Sharing, studyOrder,
	type LibraryItem, type SearchRecord, type SearchResult, type Where,
} from '../core';
import type { LibraryChange, LibraryStore } from './library-store';

/** The search side of the library. */
export class ResourceSearch {
	private index = new SearchIndex([]);
	private built = false;
	private orderDirty = false;
	/**
	 * Notes to index again, and whether where items sit must be read again from the list blocks (after a
	 * list, a topic or a title changed): both done once before the next search, not per note of an import.
	 */
	private readonly pending = new Set<string>();
	private whereDirty = false;
	/** One copy of the arrays most notes share (see core/search/library-records.ts). */
	private readonly sharing = new Sharing();

	constructor(private readonly library: LibraryStore) {}

	/**
	 * The record the picker searches for one note; placed as `where` says, else where its record
	 * already sits. `where` is read for a rebuild or a refresh and let go after: the records keep
	 * their places, shared.
	 */
	record(item: LibraryItem, order: number, where?: Where): SearchRecord {
		if (!where) {
			const now = this.index.get(item.path);
			where = { places: new Map(), listed: new Map() };
			if (now) {
				where.places.set(now.id, now.places);
				where.listed.set(now.id, now.listed);
			}
		}
		return libraryRecord(item, order, this.library, where, this.sharing);
	}

	/** Index the pending notes, and renew the records whose places moved, reading the blocks once. */
	private refreshWhere(): void {
		if (!this.whereDirty && !this.pending.size) return;
		const lib = this.library;
		const where = this.whereDirty ? readWhere(lib) : undefined;
		for (const path of this.pending) {
			const item = lib.items.get(path);
			if (item?.type === 'resource' || item?.type === 'concept') {
				this.index.upsert(this.record(item, this.index.get(path)?.order ?? Number.MAX_SAFE_INTEGER, where));
			}
		}
		if (where) {
			for (const [path, item] of lib.items) {
				const now = this.pending.has(path) ? undefined : this.index.get(path);
				if (now && moved(now, where)) this.index.upsert(this.record(item, now.order, where));
			}
		}
		this.pending.clear();
		this.whereDirty = false;
	}

	private rebuild(): void {
		const lib = this.library;
		this.sharing.clear();
		const where = readWhere(lib);
		const records = studyOrder(lib.items, lib.blocks, lib.resolver).map((item, i) => this.record(item, i, where));
		this.index = new SearchIndex(records);
		this.built = true;
		this.pending.clear();
		this.whereDirty = false;
		this.orderDirty = false;
	}

	/** Study order follows the list notes; recomputed when one changed, before it is needed. */
	private refreshOrder(): void {
		if (!this.orderDirty) return;
		const lib = this.library;
		studyOrder(lib.items, lib.blocks, lib.resolver).forEach((item, i) => this.index.setOrder(item.path, i));
		this.orderDirty = false;
	}

	/** Take in the About terms read after the build. */
	refreshAbout(paths: string[]): void {
		if (!this.built) return;
		for (const path of paths) {
			const item = this.library.items.get(path);
			const now = this.index.get(path);
			if (item && now) this.index.upsert(this.record(item, now.order));
		}
	}

	/** Follow a library change, one note at a time. */
	update(change: LibraryChange): void {
		if (!this.library.ready) return;
		if (!this.built) {
			this.rebuild();
			return;
		}
		for (const path of change.paths) {
			const item = this.library.items.get(path);
			if (!item || (item.type !== 'resource' && item.type !== 'concept')) {
				this.index.remove(path);
				this.pending.delete(path);
				if (item?.type === 'list' || item?.type === 'topic') this.orderDirty = true;
				// A list's lines, a topic's title or a removed note may move where others sit.
				if (change.structural) this.whereDirty = true;
				continue;
			}
			if (change.structural || !this.index.get(path)) {
				// Its title may name a row others sit under, or now hold a list line's words.
				this.pending.add(path);
				this.whereDirty = true;
				this.orderDirty = true;
			} else if (item.status) this.index.setStatus(path, item.status);
		}
	}

	/** Search with the query syntax of the picker. */
	search(query: string, limit = 50): SearchResult[] {
		if (!this.built && this.library.ready) this.rebuild();
		this.refreshWhere();
		this.refreshOrder();
		return this.index.search(query, limit);
	}

	/** The first to-do items in study order. */
	nextUp(n: number): SearchRecord[] {
		if (!this.built && this.library.ready) this.rebuild();
		this.refreshWhere();
		this.refreshOrder();
		return this.index.nextUp(n);
	}
}
