/**
 * Where each listing of an item sits in its list: the titles of the entries
 * above it, outermost first. A new note's About part says it ("Listed in
 * [[LLM Course]] › The LLM Scientist › Preference Alignment, line 12"), the
 * same path the study plan shows for it (`library/places.ts` reads it back
 * from the list note's block).
 */
import type { Catalog, ListEntry } from '../types';

/** The trail of an item's listing, by list file, line and id; made once, when the first new note needs it. */
export type Trails = (file: string, line: number, id: string) => string[] | undefined;

/** Every listing's trail in the catalog's lists. */
export function catalogTrails(catalog: Catalog): Trails {
	let made: Map<string, string[]> | undefined;
	const make = (): Map<string, string[]> => {
		const out = new Map<string, string[]>();
		// A row above an item reads as its note's title, as the study plan shows it; a line of text as written.
		const titles = new Map<string, string>();
		for (const group of [catalog.topics, catalog.resources, catalog.concepts]) {
			for (const x of group) titles.set(x.id, x.title);
		}
		const titleOf = (e: ListEntry): string => (e.ref.type === 'text' ? e.title : titles.get(e.ref.id) ?? e.title);
		for (const list of catalog.lists) {
			const walk = (entries: ListEntry[], above: string[]): void => {
				for (const e of entries) {
					if (e.ref.type === 'resource' || e.ref.type === 'concept') {
						const key = `${list.file}\u0000${e.line}\u0000${e.ref.id}`;
						if (!out.has(key)) out.set(key, above);
					}
					if (e.children.length) walk(e.children, [...above, titleOf(e)]);
				}
			};
			walk(list.entries, []);
		}
		return out;
	};
	return (file, line, id) => (made ??= make()).get(`${file}\u0000${line}\u0000${id}`);
}
