/**
 * The study plan's filters: status, kind, and a title filter whose matches
 * come from the search index (so it is as typo-tolerant as the picker), with
 * a plain substring test where no index is at hand (the CLI, tests).
 */
import type { Status } from '../types';
import type { LibraryItem } from './library';

/** Which items the tree shows. */
export interface PlanFilter {
	statuses?: Status[];
	kinds?: string[];
	text?: string;
	/**
	 * Paths the title filter matched, from the search index (fuzzy: `atention`
	 * finds the attention papers). When given, `text` is not compared again.
	 */
	matched?: ReadonlySet<string>;
}

/** Whether any filter is on. */
export function isFiltered(filter: PlanFilter): boolean {
	return !!(filter.statuses?.length || filter.kinds?.length || filter.text?.trim());
}

/** Whether an item passes the kind and title filters (status aside). */
export function matchesKindAndText(item: LibraryItem, filter: PlanFilter): boolean {
	if (filter.kinds?.length && !filter.kinds.includes(item.type === 'concept' ? 'concept' : item.kind ?? 'other')) return false;
	if (filter.matched && filter.text?.trim()) return filter.matched.has(item.path);
	if (filter.text?.trim()) {
		const t = filter.text.toLowerCase();
		if (!item.title.toLowerCase().includes(t) && !item.aliases.some((a) => a.toLowerCase().includes(t))) return false;
	}
	return true;
}

/** Whether an item passes every filter. */
export function matches(item: LibraryItem, filter: PlanFilter): boolean {
	if (filter.statuses?.length && !filter.statuses.includes(item.status ?? 'todo')) return false;
	return matchesKindAndText(item, filter);
}

