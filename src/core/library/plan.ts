/**
 * The shape of the study plan: a tree of lists, topics and items with their
 * counts, the study order and Next up. `tree.ts` builds it; Next up and the
 * progress figures read it, so it stands below all three.
 */
import type { LibraryItem } from './library';

/** A node of the study-plan tree. */
export interface PlanNode {
	/** Stable key for the view: the list path plus the position in it. */
	key: string;
	type: 'list' | 'topic' | 'item' | 'text';
	title: string;
	/** Path of the note this node shows, if any. */
	path?: string;
	item?: LibraryItem;
	done: number;
	total: number;
	/** Items being read under this node (the progress view shows them). */
	reading: number;
	/** Items under this node that pass the filter; equals `total` when nothing is filtered. */
	shown: number;
	children: PlanNode[];
	/** On a topic row: the topic note across every list (`topics.ts`), which the row's own counts are not. */
	topic?: TopicSummary;
}

/**
 * A topic note across every list: the study items filed under its name in
 * any list (their `topics` link it, as the note's base reads them) and the
 * lists whose tree has a row for it. Built by `topics.ts`.
 */
export interface TopicSummary {
	/** The topic note's path. */
	path: string;
	title: string;
	done: number;
	reading: number;
	total: number;
	/** Paths of the study items filed under it, skipped ones too. */
	items: string[];
	/** Paths of the list notes whose tree has a row for it, by list title. */
	lists: string[];
}

/** The whole plan. */
export interface StudyPlan {
	lists: PlanNode[];
	done: number;
	total: number;
	/** Resources and concepts in study order (each once). */
	order: LibraryItem[];
	/** Whether a filter is on; `lists` then holds only what matches. */
	filtered: boolean;
	/** To-do items to study next (see `nextUp`). */
	nextUp: LibraryItem[];
	/** The focus had nothing left to do; Next up comes from every list. */
	focusDone: boolean;
	/** Every topic note across lists, by path. */
	topics: Map<string, TopicSummary>;
}
