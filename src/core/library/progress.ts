/**
 * The one meaning of progress, used by the study plan, the progress view, the
 * status bar and `syllabus stats`: a list or topic counts each resource and
 * concept under it once, however often the list repeats it, and a topic
 * counts what is filed under its sub-topics too; skipped items are left out.
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

/** Progress of the whole vault, per list and per topic. */
export interface VaultProgress {
	overall: Tally;
	lists: Progress[];
	topics: Progress[];
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
 * Progress per list and per topic from the study plan, for `syllabus stats`.
 * A topic that several lists file things under is one row, with the count
 * every row of it in the study plan shows (the distinct items under it in
 * every list, `buildStudyPlan`).
 */
export function planProgress(plan: StudyPlan): VaultProgress {
	const topics = new Map<string, Progress>();
	const visit = (node: PlanNode): void => {
		if (node.type === 'topic' && node.path && !topics.has(node.path)) topics.set(node.path, { title: node.title, path: node.path, done: node.done, reading: node.reading, total: node.total });
		node.children.forEach(visit);
	};
	plan.lists.forEach(visit);
	return {
		overall: tallyItems(plan.order),
		lists: plan.lists.map((l) => ({ title: l.title, path: l.path ?? l.key, done: l.done, reading: l.reading, total: l.total })),
		topics: [...topics.values()].sort((a, b) => b.total - a.total || a.title.localeCompare(b.title)),
	};
}
