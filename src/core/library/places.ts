/**
 * Where each study item really sits: for every list that holds it, the list
 * and the rows above it in that list's own tree ("LLM Course › The LLM
 * Scientist › Preference Alignment"). Read from the list notes' generated
 * blocks, the same lines the study plan is built from, so a path shown in the
 * picker, a tooltip or a note is always one its list has. Never joined from
 * topic links: a topic filed in two places has two parents, and joining them
 * gives a path no list has.
 */
import type { BlockLine } from '../note/list-block';
import type { LinkResolver } from '../note/wikilinks';
import type { LibraryItem } from './library';

/** One place of an item: a list and the titles of the rows above the item, outermost first. */
export interface Place {
	/** The list note's path. */
	list: string;
	listTitle: string;
	trail: string[];
}

/** The path a reader reads: `List › Section › Sub-section`. */
export function placeText(place: Place): string {
	return [place.listTitle, ...place.trail].join(' › ');
}

/** The title a block line shows: its note's title when it links one, else its text. */
function rowTitle(
	line: BlockLine,
	items: ReadonlyMap<string, LibraryItem>,
	resolver: LinkResolver,
): { title: string; path?: string } {
	const path = line.target ? resolver.resolve(line.target) : undefined;
	const item = path ? items.get(path) : undefined;
	return { title: item?.title ?? line.text, ...(item ? { path: item.path } : {}) };
}

/**
 * Every item's places, by note path: one per distinct path it has in a list
 * (an item a list files in two sections has two), lists by title.
 */
export function placesOf(
	items: ReadonlyMap<string, LibraryItem>,
	blocks: ReadonlyMap<string, BlockLine[]>,
	resolver: LinkResolver,
): Map<string, Place[]> {
	const out = new Map<string, Place[]>();
	const lists = [...items.values()].filter((i) => i.type === 'list').sort((a, b) => a.title.localeCompare(b.title));
	for (const list of lists) {
		const trail: { depth: number; title: string }[] = [];
		const seen = new Set<string>();
		for (const line of blocks.get(list.path) ?? []) {
			while (trail.length && trail[trail.length - 1]!.depth >= line.depth) trail.pop();
			const { title, path } = rowTitle(line, items, resolver);
			const item = path ? items.get(path) : undefined;
			if (item && (item.type === 'resource' || item.type === 'concept')) {
				const above = trail.map((t) => t.title);
				const key = `${item.path}\u0000${above.join('\u0000')}`;
				if (!seen.has(key)) {
					seen.add(key);
					const place: Place = { list: list.path, listTitle: list.title, trail: above };
					const mine = out.get(item.path);
					if (mine) mine.push(place);
					else out.set(item.path, [place]);
				}
			}
			trail.push({ depth: line.depth, title });
		}
	}
	return out;
}
