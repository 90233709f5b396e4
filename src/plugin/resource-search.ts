/**
 * Keeps the picker's search index in step with the library: built once when
 * the library is ready, then one record at a time as notes change (a rename
 * removes one record and adds one) — never rebuilt per keystroke, per opening
 * or per note of an import.
 */
import { SearchIndex, bibliography, studyOrder, type LibraryItem, type SearchRecord, type SearchResult } from '../core';
import type { LibraryChange, LibraryStore } from './library-store';

/** The search side of the library. */
export class ResourceSearch {
	private index = new SearchIndex([]);
	private built = false;
	private orderDirty = false;
	/**
	 * One copy of each topic list, topic path and list of lists: at 50k notes most notes share
	 * them, and a copy each cost about a hundred bytes a note. Records never change them in place.
	 */
	private readonly shared = new Map<string, string | string[]>();

	constructor(private readonly library: LibraryStore) {}

	private topicTitles(item: LibraryItem): { topics: string[]; topicPath: string } {
		const lib = this.library;
		const own = item.topicLinks.map((t) => lib.resolver.resolve(t)).filter((p): p is string => !!p);
		const titles: string[] = [];
		let path = '';
		for (const [i, p] of own.entries()) {
			const chain: string[] = [];
			let cur: string | undefined = p;
			const seen = new Set<string>();
			while (cur && !seen.has(cur)) {
				seen.add(cur);
				const t = lib.items.get(cur);
				chain.unshift(t?.title ?? cur);
				const up = t?.topicLinks[0];
				cur = up ? lib.resolver.resolve(up) : undefined;
			}
			titles.push(...chain);
			if (i === 0) path = chain.join(' › ');
		}
		return { topics: [...new Set(titles)], topicPath: path };
	}

	private one<T extends string | string[]>(value: T): T {
		const key = typeof value === 'string' ? `s${value}` : `a${value.join('\u0000')}`;
		const known = this.shared.get(key);
		if (known !== undefined) return known as T;
		this.shared.set(key, value);
		return value;
	}

	/** The record the picker searches for one note. */
	record(item: LibraryItem, order: number): SearchRecord {
		const { topics, topicPath } = this.topicTitles(item);
		const lists = item.listLinks.map((l) => this.library.resolver.resolve(l)).map((p) => (p ? this.library.items.get(p)?.title ?? p : '')).filter(Boolean);
		// Below the title, by weight: aliases, fetched titles and authors, and what the About callout says.
		const aliases = [...item.aliases, ...(item.searchTerms ?? []), ...(this.library.about.get(item.path) ?? [])];
		return {
			id: item.path,
			type: item.type === 'concept' ? 'concept' : 'resource',
			title: item.title,
			aliases: aliases.length ? aliases : this.one(aliases),
			topics: this.one(topics),
			topicPath: this.one(topicPath),
			...(item.kind ? { kind: item.kind } : {}),
			status: item.status ?? 'todo',
			...(item.url ? { url: item.url } : {}),
			lists: this.one(lists),
			...bibliography(item),
			order,
			...(item.detail ? { detail: item.detail } : {}),
		};
	}

	private rebuild(): void {
		const lib = this.library;
		const records = studyOrder(lib.items, lib.blocks, lib.resolver).map((item, i) => this.record(item, i));
		this.index = new SearchIndex(records);
		this.built = true;
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
				if (item?.type === 'list' || item?.type === 'topic') this.orderDirty = true;
				continue;
			}
			if (change.structural || !this.index.get(path)) {
				this.index.upsert(this.record(item, this.index.get(path)?.order ?? Number.MAX_SAFE_INTEGER));
				this.orderDirty = true;
			} else if (item.status) this.index.setStatus(path, item.status);
		}
	}

	/** Search with the query syntax of the picker. */
	search(query: string, limit = 50): SearchResult[] {
		if (!this.built && this.library.ready) this.rebuild();
		this.refreshOrder();
		return this.index.search(query, limit);
	}

	/** The first to-do items in study order. */
	nextUp(n: number): SearchRecord[] {
		if (!this.built && this.library.ready) this.rebuild();
		this.refreshOrder();
		return this.index.nextUp(n);
	}
}
