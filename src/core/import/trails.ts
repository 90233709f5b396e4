/**
 * Where each listing of an item sits in its list: the titles of the entries
 * above it, outermost first (`note/list-trails.ts`). A new note's About part
 * says it ("Listed in [[LLM Course]] › The LLM Scientist › Preference
 * Alignment, line 12"), the same path the study plan shows for it
 * (`library/places.ts` reads it back from the list note's block).
 */
import type { Catalog } from '../types';
import { walkListTrails } from '../note/list-trails';

/** The trail of an item's listing, by list file, line and id; made once, when the first new note needs it. */
export type Trails = (file: string, line: number, id: string) => string[] | undefined;

/** Every listing's trail in the catalog's lists. */
export function catalogTrails(catalog: Catalog): Trails {
	let made: Map<string, string[]> | undefined;
	const make = (): Map<string, string[]> => {
		const out = new Map<string, string[]>();
		walkListTrails(catalog, (list, e, trail) => {
			if (e.ref.type !== 'resource' && e.ref.type !== 'concept') return;
			const key = `${list.file}\u0000${e.line}\u0000${e.ref.id}`;
			if (!out.has(key)) out.set(key, trail);
		});
		return out;
	};
	return (file, line, id) => (made ??= make()).get(`${file}\u0000${line}\u0000${id}`);
}
