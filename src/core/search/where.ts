/**
 * Where an item sits, as the picker searches and shows it: its places (each
 * list that holds it and the rows above it there, from `library/places.ts`
 * for the vault, from the list's entries for a catalog), the titles on those
 * trails as its topic words, and the words a list line called it by when its
 * title does not have them (a renamed note, one named by its arXiv id). Never
 * a path joined from topic links: every place is one a list has.
 */
import type { BlockLine } from '../note/list-block';
import type { LinkResolver } from '../note/wikilinks';
import { sourceName, type LibraryItem } from '../library/library';
import { basenameOf } from '../note/names';
import type { Place } from '../library/places';
import { placeText } from '../library/places';
import type { Catalog, CatalogList } from '../types';
import { walkListTrails } from '../note/list-trails';
import { countOf } from '../text/count';
import { normalize } from './text';

/** Places and the list lines' own words of one item. */
export interface Whereabouts {
	places: Place[];
	listed: string[];
}

/** The normalized words of a title. */
function wordsOf(title: string): Set<string> {
	return new Set(normalize(title).split(' ').filter(Boolean));
}

/** Whether a list line's text has a word its item's title lacks. */
function saysMore(text: string, own: Set<string>): boolean {
	return normalize(text).split(' ').some((w) => w && !own.has(w));
}

/** Keep what a list line called an item, once, if it says more than the item's title. */
function keepListed(listed: string[], text: string, titleWords: Set<string>): void {
	if (!listed.includes(text) && saysMore(text, titleWords)) listed.push(text);
}

/**
 * What the list lines linking each resource or concept call it, by note path,
 * where that has a word the note's title lacks (an alias the list gave it too).
 */
export function listedAs(
	items: ReadonlyMap<string, LibraryItem>,
	blocks: ReadonlyMap<string, BlockLine[]>,
	resolver: LinkResolver,
): Map<string, string[]> {
	const out = new Map<string, string[]>();
	const titleWords = new Map<string, Set<string>>();
	for (const lines of blocks.values()) {
		for (const line of lines) {
			// A link without its own words shows the note's name: nothing the list said.
			if (!line.target || line.text === line.target) continue;
			const path = resolver.resolve(line.target);
			const item = path ? items.get(path) : undefined;
			if (!item || (item.type !== 'resource' && item.type !== 'concept')) continue;
			let words = titleWords.get(item.path);
			if (!words) titleWords.set(item.path, (words = wordsOf(item.title)));
			const listed = out.get(item.path) ?? [];
			keepListed(listed, line.text, words);
			if (listed.length) out.set(item.path, listed);
		}
	}
	return out;
}

/**
 * Each resource's and concept's places and list-line words in a catalog, by
 * id: a list's entries are its tree, so an entry's place is the rows above
 * it — each the title of what its entry is (as its note will show it), or a
 * line's own words — under the list's name as its note shows it.
 */
export function catalogWhereabouts(catalog: Catalog): Map<string, Whereabouts> {
	const titles = new Map<string, string>();
	for (const r of catalog.resources) titles.set(r.id, r.title);
	for (const c of catalog.concepts) titles.set(c.id, c.title);
	const out = new Map<string, Whereabouts>();
	const titleWords = new Map<string, Set<string>>();
	const seen = new Set<string>();
	// A list named after its file shows the name its note does (`List 000`, not `000_2b7d…`).
	const listTitle = (list: CatalogList): string =>
		basenameOf(list.file) === list.title ? sourceName(list.title) : list.title;
	walkListTrails(catalog, (list, e, trail) => {
		const id = e.ref.type === 'resource' || e.ref.type === 'concept' ? e.ref.id : undefined;
		const title = id ? titles.get(id) : undefined;
		const key = `${list.file}\u0000${id}\u0000${trail.join('\u0000')}`;
		if (!id || title === undefined || seen.has(key)) return;
		seen.add(key);
		let mine = out.get(id);
		if (!mine) out.set(id, (mine = { places: [], listed: [] }));
		mine.places.push({ list: list.file, listTitle: listTitle(list), trail });
		let words = titleWords.get(id);
		if (!words) titleWords.set(id, (words = wordsOf(title)));
		keepListed(mine.listed, e.title, words);
	});
	return out;
}

/** The titles on an item's trails, then `also` (topics its note links), each once, outermost first. */
export function placeTopics(places: readonly Place[], also: readonly string[] = []): string[] {
	const out = new Set<string>();
	for (const p of places) for (const t of p.trail) out.add(t);
	for (const t of also) out.add(t);
	return [...out];
}

/** Most place lines the picker shows under a title before it sums up the rest. */
export const SHOWN_PLACES = 3;

/**
 * The place lines to show, at most `max`, and what sums up the rest ("and 2
 * more lists"). When some must be left out, each list's first place comes
 * before a second place in a list already shown.
 */
export function placeLines(places: readonly Place[], max = SHOWN_PLACES): { lines: string[]; more?: string } {
	if (places.length <= max) return { lines: places.map(placeText) };
	const seen = new Set<string>();
	const firsts: Place[] = [];
	const seconds: Place[] = [];
	for (const p of places) {
		(seen.has(p.list) ? seconds : firsts).push(p);
		seen.add(p.list);
	}
	const order = [...firsts, ...seconds];
	const shown = order.slice(0, max);
	const hidden = order.slice(max);
	const shownLists = new Set(shown.map((p) => p.list));
	const newLists = new Set(hidden.map((p) => p.list).filter((l) => !shownLists.has(l))).size;
	const more = newLists === hidden.length
		? `and ${countOf(newLists, 'more list', 'more lists')}`
		: `and ${countOf(hidden.length, 'more place', 'more places')}${newLists ? ` in ${countOf(newLists, 'more list', 'more lists')}` : ''}`;
	return { lines: shown.map(placeText), more };
}
