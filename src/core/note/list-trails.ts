/**
 * The path each entry of a catalog's lists has in its list: the titles of
 * the rows above it, as the list note's generated block will show them (a
 * row by the title of the note it links, a line of text by its words). A new
 * note's Listed-in lines and the picker's places for a catalog read it here;
 * for a vault, `library/places.ts` reads the same paths back from the blocks.
 */
import type { Catalog, CatalogList, ListEntry } from '../types';

/** Visit every entry of every list with the trail above it, outermost first (the array is the entry's own). */
export function walkListTrails(
	catalog: Catalog,
	visit: (list: CatalogList, entry: ListEntry, trail: string[]) => void,
): void {
	const titles = new Map<string, string>();
	for (const group of [catalog.topics, catalog.resources, catalog.concepts]) {
		for (const x of group) titles.set(x.id, x.title);
	}
	const rowTitle = (e: ListEntry): string => (e.ref.type === 'text' ? e.title : titles.get(e.ref.id) ?? e.title);
	for (const list of catalog.lists) {
		const walk = (entries: ListEntry[], trail: string[]): void => {
			for (const e of entries) {
				visit(list, e, trail);
				if (e.children.length) walk(e.children, [...trail, rowTitle(e)]);
			}
		};
		walk(list.entries, []);
	}
}
