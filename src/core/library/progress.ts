/**
 * The one meaning of progress, used by the study plan, the progress view, the
 * status bar and `syllabus stats`: a list's row counts each resource and
 * concept its list files under it and below once, however often the list
 * repeats it; a topic note counts what any list files under its name
 * (`topics.ts`); skipped items are left out.
 */
import type { Status } from '../types';
import type { LibraryItem } from './library';
import type { PlanNode, StudyPlan } from './plan';

/** Done, reading and total of some study items. */
export interface Tally {
	done: number;
	reading: number;
	total: number;
}

/** Progress of one list or topic, for `syllabus stats`. */
export interface Progress extends Tally {
	title: string;
	path: string;
}

/** One row of a list's tree: its path in the list (without the list), and what the list files there and below. */
export interface RowProgress extends Tally {
	trail: string[];
}

/** A list, with every row of its tree in the list's order. */
export interface ListProgress extends Progress {
	rows: RowProgress[];
}

/** A topic note across lists: what is filed under its name anywhere, and in how many lists it appears. */
export interface TopicProgress extends Progress {
	lists: number;
}

/** Progress of the whole vault: per list (each row a path in it) and per topic note (across lists). */
export interface VaultProgress {
	overall: Tally;
	lists: ListProgress[];
	topics: TopicProgress[];
}

/** What one item adds: nothing when skipped. */
export function tallyOf(status: Status | undefined): Tally {
	return status === 'skipped' ? { done: 0, total: 0, reading: 0 } : { done: status === 'done' ? 1 : 0, total: 1, reading: status === 'reading' ? 1 : 0 };
}

/** The tally of some items, each counted once. */
export function tallyItems(items: Iterable<Pick<LibraryItem, 'path' | 'type' | 'status'>>): Tally {
	const out: Tally = { done: 0, reading: 0, total: 0 };
	const seen = new Set<string>();
	for (const i of items) {
		if ((i.type !== 'resource' && i.type !== 'concept') || seen.has(i.path)) continue;
		seen.add(i.path);
		const t = tallyOf(i.status);
		out.done += t.done;
		out.reading += t.reading;
		out.total += t.total;
	}
	return out;
}

/**
 * Progress per list and per topic from the study plan, for `syllabus stats`,
 * with the numbers the sidebar and the progress view show: each list's rows
 * as the plan counts them (a path in that list), and each topic note as
 * `topics.ts` counts it (its name in any list, as its base shows it).
 */
export function planProgress(plan: StudyPlan): VaultProgress {
	const tally = (n: Tally): Tally => ({ done: n.done, reading: n.reading, total: n.total });
	const rowsOf = (node: PlanNode, above: string[], out: RowProgress[]): RowProgress[] => {
		for (const c of node.children) {
			const trail = [...above, c.title];
			if (c.type === 'topic') out.push({ trail, ...tally(c) });
			if (c.children.length) rowsOf(c, trail, out);
		}
		return out;
	};
	return {
		overall: tallyItems(plan.order),
		lists: plan.lists.map((l) => ({ title: l.title, path: l.path ?? l.key, ...tally(l), rows: rowsOf(l, [], []) })),
		topics: [...plan.topics.values()]
			.map((t) => ({ title: t.title, path: t.path, ...tally(t), lists: t.lists.length }))
			.sort((a, b) => b.total - a.total || a.title.localeCompare(b.title)),
	};
}
