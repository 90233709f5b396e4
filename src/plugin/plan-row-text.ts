/**
 * What a study-plan row says besides its short label, the same in the sidebar
 * and the progress view: the full title with its counts on hover and, minus
 * the title, as the screen reader's description. A topic row carries two
 * meanings and says both: what its own list files there ("This list: 1 of 3
 * done") and what the topic note gathers across lists ("Topic note: 5 of 20
 * done, in 3 lists"). An item says where it really sits, one line per place
 * (`placesOf`, computed once per plan). Words only: no DOM here.
 */
import { countOf, placeText, siblingLabels, type Place, type PlanNode, type TopicSummary } from '../core';

/** Where each item sits in each of its lists, by note path (`placesOf`). */
export type Places = ReadonlyMap<string, readonly Place[]>;

/** Each node's label among its siblings: the full title unless a shared series name can go. */
export function labelsOf(nodes: readonly PlanNode[]): string[] {
	return siblingLabels(nodes.map((n) => n.title));
}

/**
 * The topic note of a row its list only names (nothing filed under it there)
 * while the note holds items from elsewhere; such a row shows where they are,
 * not an empty bar.
 */
export function namedOnly(node: PlanNode): TopicSummary | undefined {
	return node.type === 'topic' && node.total === 0 && node.topic && node.topic.total > 0 ? node.topic : undefined;
}

/** `in 3 lists`: where a topic note's items come from. */
export function reachText(topic: TopicSummary): string {
	return `in ${countOf(topic.lists.length, 'list')}`;
}

/** `Topic note: 5 of 20 done, in 3 lists`. */
export function topicNoteText(topic: TopicSummary): string {
	return `Topic note: ${topic.done} of ${topic.total} done, ${reachText(topic)}`;
}

/** A list or topic row's own count in words; with a filter on, how many it shows too. */
export function countWords(node: PlanNode, filtered: boolean): string {
	if (namedOnly(node)) return 'nothing filed here';
	return filtered ? `${node.shown} of ${node.total} shown, ${node.done} done` : `${node.done} of ${node.total} done`;
}

/** What follows the title: counts (and the topic note) for lists and topics, each place in a list for items. */
function details(node: PlanNode, filtered: boolean, places: Places): string[] {
	if (node.type === 'item') return (node.item ? places.get(node.item.path) ?? [] : []).map(placeText);
	if (node.type === 'list') return [countWords(node, filtered)];
	if (node.type !== 'topic') return [];
	const own = `This list: ${countWords(node, filtered)}`;
	return node.topic ? [own, topicNoteText(node.topic)] : [own];
}

/** The row's tooltip: the full title, then one line per detail. */
export function tooltipOf(node: PlanNode, filtered: boolean, places: Places): string {
	return [node.title, ...details(node, filtered, places)].join('\n');
}

/**
 * The row's accessible description (its name is the full title with the
 * count or status it shows): a list's or topic's counts in words with the
 * topic note, an item's places.
 */
export function descriptionOf(node: PlanNode, filtered: boolean, places: Places): string {
	const lines = details(node, filtered, places);
	return node.type === 'item' && lines.length ? `In ${lines.join('; ')}` : lines.join('. ');
}
