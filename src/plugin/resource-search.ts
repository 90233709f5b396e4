/**
 * Keeps the picker's search index in step with the library: built once when
 * the library is ready, then one record at a time as notes change — never
 * rebuilt per keystroke or per opening.
 */
import { SearchIndex, studyOrder, type LibraryItem, type SearchRecord, type SearchResult } from '../core';
import type { LibraryChange, LibraryStore } from './library-store';

/** The search side of the library. */
export class ResourceSearch {
	private index = new SearchIndex([]);
	private built = false;

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

	/** The record the picker searches for one note. */
	record(item: LibraryItem, order: number): SearchRecord {
		const { topics, topicPath } = this.topicTitles(item);
		const lists = item.listLinks.map((l) => this.library.resolver.resolve(l)).map((p) => (p ? this.library.items.get(p)?.title ?? p : '')).filter(Boolean);
		return {
			id: item.path,
			type: item.type === 'concept' ? 'concept' : 'resource',
			title: item.title,
			aliases: item.aliases,
			topics,
			topicPath,
			...(item.kind ? { kind: item.kind } : {}),
			status: item.status ?? 'todo',
			...(item.url ? { url: item.url } : {}),
			lists,
			order,
		};
	}

	private rebuild(): void {
		const lib = this.library;
		const records = studyOrder(lib.items, lib.blocks, lib.resolver).map((item, i) => this.record(item, i));
		this.index = new SearchIndex(records);
		this.built = true;
	}

	/** Follow a library change. */
	update(change: LibraryChange): void {
		if (!this.library.ready) return;
		if (!this.built || change.structural) {
			// New, renamed or moved notes change study order and topic paths: rebuild off the keystroke path.
			this.rebuild();
			return;
		}
		for (const path of change.paths) {
			const item = this.library.items.get(path);
			if (item?.status) this.index.setStatus(path, item.status);
		}
	}

	/** Search with the query syntax of the picker. */
	search(query: string, limit = 50): SearchResult[] {
		if (!this.built && this.library.ready) this.rebuild();
		return this.index.search(query, limit);
	}

	/** The first to-do items in study order. */
	nextUp(n: number): SearchRecord[] {
		if (!this.built && this.library.ready) this.rebuild();
		return this.index.nextUp(n);
	}
}
