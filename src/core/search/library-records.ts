/**
 * The picker's records for a vault's library: each resource and concept note
 * with its places read from the list blocks (`library/places.ts`), the words
 * its list lines called it by, its topic words and its About terms. The
 * plugin keeps the library current and calls this per note; tests and the
 * benchmark build a whole index with `libraryIndex`. Nothing here follows a
 * topic note's parent links: a path is only ever one a list has.
 */
import type { LibraryItem } from '../library/library';
import { placesOf, type Place } from '../library/places';
import { studyOrder } from '../library/tree';
import type { BlockLine } from '../note/list-block';
import type { LinkResolver } from '../note/wikilinks';
import { SearchIndex } from './index';
import { bibliography, type SearchRecord } from './record';
import { listedAs, placeTopics } from './where';

/** What the records are read from: the library, and the About terms read so far. */
export interface LibraryView {
	items: Map<string, LibraryItem>;
	blocks: Map<string, BlockLine[]>;
	resolver: LinkResolver;
	about?: ReadonlyMap<string, string[]>;
}

/** Where every item sits, by note path: its places and its list lines' own words. */
export interface Where {
	places: Map<string, Place[]>;
	listed: Map<string, string[]>;
}

/** No places, list words or About terms: one array for every record that has none. */
const NONE: never[] = [];

/** Read every item's places and list-line words from the list blocks. */
export function readWhere(lib: LibraryView): Where {
	const { items, blocks, resolver } = lib;
	return { places: placesOf(items, blocks, resolver), listed: listedAs(items, blocks, resolver) };
}

/**
 * One copy of each topic list, list of places and list of lists: at 50k notes most notes share
 * them (a section's items have the same places), and a copy each costs about a hundred bytes a
 * note. Records never change them in place.
 */
export class Sharing {
	private readonly known = new Map<string, unknown>();

	private one<T>(key: string, value: T): T {
		const had = this.known.get(key);
		if (had !== undefined) return had as T;
		this.known.set(key, value);
		return value;
	}

	/** A shared copy of a list of texts. */
	texts(value: string[]): string[] {
		return value.length ? this.one(`a${value.join('\u0000')}`, value) : NONE;
	}

	/** A shared copy of a list of places. */
	places(value: Place[]): Place[] {
		if (!value.length) return NONE;
		return this.one(`p${value.map((p) => `${p.list}\u0001${p.listTitle}\u0001${p.trail.join('\u0001')}`).join('\u0000')}`, value);
	}

	/** Forget every copy: before a rebuild. */
	clear(): void {
		this.known.clear();
	}
}

function samePlaces(a: readonly Place[], b: readonly Place[]): boolean {
	return a === b || (a.length === b.length && a.every((p, i) => {
		const q = b[i]!;
		return p.list === q.list && p.listTitle === q.listTitle && sameTexts(p.trail, q.trail);
	}));
}

function sameTexts(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((t, i) => t === b[i]);
}

/** Whether a record's places or list words are not what `where` now says. */
export function moved(record: SearchRecord, where: Where): boolean {
	const places = where.places.get(record.id) ?? NONE;
	return !samePlaces(record.places, places) || !sameTexts(record.listed, where.listed.get(record.id) ?? NONE);
}

/** The record the picker searches for one resource or concept note. */
export function libraryRecord(
	item: LibraryItem,
	order: number,
	lib: LibraryView,
	where: Where,
	share = new Sharing(),
): SearchRecord {
	const places = share.places(where.places.get(item.path) ?? NONE);
	// The topics its note links, by title: a reader's own filing counts even where no list puts it.
	const linked: string[] = [];
	for (const link of item.topicLinks) {
		const p = lib.resolver.resolve(link);
		const title = p ? lib.items.get(p)?.title : undefined;
		if (title) linked.push(title);
	}
	const lists: string[] = [];
	for (const link of item.listLinks) {
		const p = lib.resolver.resolve(link);
		if (p) lists.push(lib.items.get(p)?.title ?? p);
	}
	// Below the title, by weight: aliases and fetched titles and authors; apart, what the About callout says.
	const aliases = [...item.aliases, ...(item.searchTerms ?? [])];
	return {
		id: item.path,
		type: item.type === 'concept' ? 'concept' : 'resource',
		title: item.title,
		aliases: aliases.length ? aliases : NONE,
		topics: share.texts(placeTopics(places, linked)),
		places,
		listed: share.texts(where.listed.get(item.path) ?? NONE),
		about: lib.about?.get(item.path) ?? NONE,
		...(item.kind ? { kind: item.kind } : {}),
		status: item.status ?? 'todo',
		...(item.url ? { url: item.url } : {}),
		lists: share.texts(lists),
		...bibliography(item),
		order,
		...(item.detail ? { detail: item.detail } : {}),
	};
}

/** The picker's index over a whole library, in study order. */
export function libraryIndex(lib: LibraryView): SearchIndex {
	const where = readWhere(lib);
	const share = new Sharing();
	const items = studyOrder(lib.items, lib.blocks, lib.resolver);
	return new SearchIndex(items.map((item, i) => libraryRecord(item, i, lib, where, share)));
}
