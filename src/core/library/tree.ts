/**
 * The study plan's tree: lists → topics → resources and concepts, in each
 * list's own order (read from the list note's generated block), with
 * done/total on every row — what that list files there and below — and Next
 * up in study order.
 */
import { tallyItems } from './progress';
import type { LinkResolver } from '../note/wikilinks';
import type { BlockLine } from '../note/list-block';
import { isFiltered, matches, type PlanFilter } from './filter';
import type { LibraryItem } from './library';
import { nextUp } from './next';
import { topicSummaries } from './topics';

import type { PlanNode, StudyPlan } from './plan';

export type { PlanFilter } from './filter';
export type { PlanNode, StudyPlan } from './plan';

/** The nodes from a root down to the first node that `match` accepts, or undefined. */
export function trailTo(nodes: PlanNode[], match: (n: PlanNode) => boolean): PlanNode[] | undefined {
	for (const n of nodes) {
		if (match(n)) return [n];
		const below = trailTo(n.children, match);
		if (below) return [n, ...below];
	}
	return undefined;
}

function appendUnplaced(items: Map<string, LibraryItem>, seen: Set<string>, order: LibraryItem[]): void {
	for (const item of [...items.values()].sort((a, b) => a.title.localeCompare(b.title))) {
		if ((item.type === 'resource' || item.type === 'concept') && !seen.has(item.path)) {
			seen.add(item.path);
			order.push(item);
		}
	}
}

/** Resources and concepts in study order: each list's order (lists by title), then the rest. */
export function studyOrder(items: Map<string, LibraryItem>, blocks: Map<string, BlockLine[]>, resolver: LinkResolver): LibraryItem[] {
	const order: LibraryItem[] = [];
	const seen = new Set<string>();
	const lists = [...items.values()].filter((i) => i.type === 'list').sort((a, b) => a.title.localeCompare(b.title));
	for (const list of lists) {
		for (const line of blocks.get(list.path) ?? []) {
			const path = line.target ? resolver.resolve(line.target) : undefined;
			const item = path ? items.get(path) : undefined;
			if (item && (item.type === 'resource' || item.type === 'concept') && !seen.has(item.path)) {
				seen.add(item.path);
				order.push(item);
			}
		}
	}
	appendUnplaced(items, seen, order);
	return order;
}


/**
 * Build the plan from the library (items by path) and each list note's block.
 * Items that no list places still count in the totals and Next up.
 */
export function buildStudyPlan(items: Map<string, LibraryItem>, blocks: Map<string, BlockLine[]>, resolver: LinkResolver, filter: PlanFilter = {}, nextUpCount = 5, focus?: string): StudyPlan {
	const lists: PlanNode[] = [];
	const order: LibraryItem[] = [];
	const seen = new Set<string>();
	const listItems = [...items.values()].filter((i) => i.type === 'list').sort((a, b) => a.title.localeCompare(b.title));
	// The lists each topic has a row in, gathered on this one walk of the blocks (`topics.ts` needs them).
	const topicLists = new Map<string, string[]>();
	for (const list of listItems) {
		const root: PlanNode = { key: list.path, type: 'list', title: list.title, path: list.path, item: list, done: 0, total: 0, reading: 0, shown: 0, children: [] };
		const stack: { depth: number; node: PlanNode }[] = [{ depth: -1, node: root }];
		(blocks.get(list.path) ?? []).forEach((line, i) => {
			while (stack.length > 1 && stack[stack.length - 1]!.depth >= line.depth) stack.pop();
			const parent = stack[stack.length - 1]!.node;
			const path = line.target ? resolver.resolve(line.target) : undefined;
			const item = path ? items.get(path) : undefined;
			const type: PlanNode['type'] = item?.type === 'topic' ? 'topic' : item && item.type !== 'list' ? 'item' : 'text';
			const node: PlanNode = { key: `${list.path}#${i}`, type, title: item?.title ?? line.text, ...(path ? { path } : {}), ...(item ? { item } : {}), done: 0, total: 0, reading: 0, shown: 0, children: [] };
			parent.children.push(node);
			stack.push({ depth: line.depth, node });
			if (type === 'topic') {
				const where = topicLists.get(path!);
				if (!where) topicLists.set(path!, [list.path]);
				else if (where[where.length - 1] !== list.path) where.push(list.path);
			}
			if (item && type === 'item' && !seen.has(item.path)) {
				seen.add(item.path);
				order.push(item);
			}
		});
		lists.push(root);
	}
	appendUnplaced(items, seen, order);

	// Counts cover the whole list, filtered or not: the bars show real progress;
	// `shown` says how many of those the filter lets through. A row counts what its
	// list files under it and below, each item once however often the list repeats
	// it, so a parent is never below a child and a list holds each item once. What a
	// topic holds across every list is its note's, on `node.topic` (`topics.ts`).
	const filtered = isFiltered(filter);
	const counted = (under: Iterable<LibraryItem>): Pick<PlanNode, 'done' | 'total' | 'reading' | 'shown'> => {
		const all = [...under];
		const t = tallyItems(all);
		return { ...t, shown: !filtered ? t.total : tallyItems(all.filter((i) => matches(i, filter))).total };
	};
	const topics = topicSummaries(items, resolver, topicLists);
	const tally = (node: PlanNode): Map<string, LibraryItem> => {
		const under = new Map<string, LibraryItem>();
		for (const c of node.children) for (const [p, i] of tally(c)) under.set(p, i);
		if (node.type === 'item' && node.item) under.set(node.item.path, node.item);
		if (node.type !== 'text') Object.assign(node, counted(under.values()));
		const topic = node.type === 'topic' && node.path ? topics.get(node.path) : undefined;
		if (topic) node.topic = topic;
		return under;
	};
	const prune = (node: PlanNode): boolean => {
		node.children = node.children.filter(prune);
		if (node.type === 'item') return !!node.item && matches(node.item, filter);
		if (node.type === 'text') return false;
		return node.children.length > 0;
	};
	for (const l of lists) tally(l);
	// Next up reads the whole tree: a status filter hides to-do rows, not what to study next.
	const next = nextUp(order, lists, filter, focus, nextUpCount);
	// A filter hides lists and topics with nothing left in them.
	const shownLists = filtered ? lists.filter(prune) : lists;

	const { done, total } = tallyItems(order);
	return { lists: shownLists, done, total, order, filtered, nextUp: next.items, focusDone: next.focusDone, topics };
}
