/**
 * What to read next: Reading now (most recently started first) and Next up
 * (to-do items in study order, from the list or topic the reader focuses on,
 * with the items they put first via "Study next" ahead of the rest). Works on
 * the study plan's tree, so Next up follows the same order, filters and
 * nesting as the sidebar. Does not decide the default focus: the view knows
 * which list was imported last.
 */
import type { LibraryItem } from './library';
import { matchesKindAndText, type PlanFilter } from './filter';
import type { PlanNode } from './plan';

/** Items being read, most recently started first (undated ones last, by title). */
export function readingNow(items: Iterable<LibraryItem>): LibraryItem[] {
	return [...items]
		.filter((i) => (i.type === 'resource' || i.type === 'concept') && i.status === 'reading')
		.sort((a, b) => (b.started ?? '').localeCompare(a.started ?? '') || a.title.localeCompare(b.title));
}

/** Every item node under the nodes that show `focus` (a list or topic path), in tree order. */
function itemsUnder(lists: PlanNode[], focus: string): LibraryItem[] {
	const out: LibraryItem[] = [];
	const collect = (n: PlanNode, inside: boolean): void => {
		const here = inside || n.path === focus;
		if (here && n.type === 'item' && n.item) out.push(n.item);
		for (const c of n.children) collect(c, here);
	};
	for (const l of lists) collect(l, false);
	return out;
}

/** Next up's answer: the items, and whether they came from the focus. */
export interface NextUp {
	items: LibraryItem[];
	/** The focus had nothing left to do, so the items come from every list. */
	focusDone: boolean;
}

/**
 * The next `count` to-do items: "Study next" items first (latest first), then
 * the focused list or topic in study order, passing the kind and title filters.
 * With no focus, or nothing left in it, every list in study order.
 */
export function nextUp(order: LibraryItem[], lists: PlanNode[], filter: PlanFilter, focus: string | undefined, count: number): NextUp {
	const todo = (i: LibraryItem): boolean => (i.status ?? 'todo') === 'todo' && matchesKindAndText(i, filter);
	const out: LibraryItem[] = [];
	const seen = new Set<string>();
	const take = (list: LibraryItem[]): void => {
		for (const i of list) {
			if (out.length >= count) return;
			if (seen.has(i.path) || !todo(i)) continue;
			seen.add(i.path);
			out.push(i);
		}
	};
	take(order.filter((i) => i.priority).sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0)));
	const before = out.length;
	if (focus) take(itemsUnder(lists, focus));
	const focusDone = !!focus && out.length === before && out.length < count;
	if (!focus || focusDone) take(order);
	return { items: out, focusDone };
}

/** The highest priority in use, so "Study next" can put an item above all of them. */
export function topPriority(items: Iterable<LibraryItem>): number {
	let top = 0;
	for (const i of items) if (i.priority && i.priority > top) top = i.priority;
	return top;
}
