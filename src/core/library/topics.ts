/**
 * The second meaning of a topic: a subject across lists. A topic note stands
 * for every study item filed under its name in any list — the items whose
 * `topics` property links it, which is exactly what the note's embedded base
 * shows (`note/topic-base.ts`) — and says in how many lists it appears. The
 * study plan's rows are the first meaning (a path in one list, counting what
 * that list files there and below, `tree.ts`); both are shown, never mixed.
 */
import type { LinkResolver } from '../note/wikilinks';
import type { LibraryItem } from './library';
import type { TopicSummary } from './plan';
import { tallyItems } from './progress';

export type { TopicSummary } from './plan';

/**
 * Every topic note's summary, by path. `listsOf` gives, for each topic with a
 * row in some list's tree, the lists that have one, by list title: the study
 * plan collects them while it walks the blocks, so they are not walked twice.
 */
export function topicSummaries(
	items: ReadonlyMap<string, LibraryItem>,
	resolver: LinkResolver,
	listsOf: ReadonlyMap<string, readonly string[]>,
): Map<string, TopicSummary> {
	const filed = new Map<string, LibraryItem[]>();
	for (const item of items.values()) if (item.type === 'topic') filed.set(item.path, []);
	for (const item of items.values()) {
		if (item.type !== 'resource' && item.type !== 'concept') continue;
		const links = item.topicLinks;
		for (let k = 0; k < links.length; k++) {
			const to = resolver.resolve(links[k]!);
			if (to && !reachedBefore(links, k, to, resolver)) filed.get(to)?.push(item);
		}
	}
	const out = new Map<string, TopicSummary>();
	for (const [path, under] of filed) {
		const topic = items.get(path)!;
		const lists = [...(listsOf.get(path) ?? [])];
		out.set(path, { path, title: topic.title, ...tallyItems(under), items: under.map((i) => i.path), lists });
	}
	return out;
}

/** Whether a link before `k` reaches `to` too: most items have one topic, so this looks at few or none. */
function reachedBefore(links: readonly string[], k: number, to: string, resolver: LinkResolver): boolean {
	for (let j = 0; j < k; j++) if (resolver.resolve(links[j]!) === to) return true;
	return false;
}
