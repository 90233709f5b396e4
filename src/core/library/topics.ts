/**
 * The second meaning of a topic: a subject across lists. A topic note stands
 * for every study item filed under its name in any list — the items whose
 * `topics` property links it, which is exactly what the note's embedded base
 * shows (`note/topic-base.ts`) — and says in how many lists it appears. The
 * study plan's rows are the first meaning (a path in one list, counting what
 * that list files there and below, `tree.ts`); both are shown, never mixed.
 */
import type { BlockLine } from '../note/list-block';
import type { LinkResolver } from '../note/wikilinks';
import type { LibraryItem } from './library';
import type { TopicSummary } from './plan';
import { tallyItems } from './progress';

export type { TopicSummary } from './plan';

/** Every topic note's summary, by path. */
export function topicSummaries(
	items: ReadonlyMap<string, LibraryItem>,
	blocks: ReadonlyMap<string, BlockLine[]>,
	resolver: LinkResolver,
): Map<string, TopicSummary> {
	const filed = new Map<string, LibraryItem[]>();
	const lists = new Map<string, Set<string>>();
	for (const item of items.values()) {
		if (item.type === 'topic') {
			filed.set(item.path, []);
			lists.set(item.path, new Set());
		}
	}
	for (const item of items.values()) {
		if (item.type !== 'resource' && item.type !== 'concept') continue;
		const seen = new Set<string>();
		for (const link of item.topicLinks) {
			const to = resolver.resolve(link);
			if (to && !seen.has(to)) {
				seen.add(to);
				filed.get(to)?.push(item);
			}
		}
	}
	const byTitle = [...items.values()].filter((i) => i.type === 'list').sort((a, b) => a.title.localeCompare(b.title));
	for (const list of byTitle) {
		for (const line of blocks.get(list.path) ?? []) {
			const to = line.target ? resolver.resolve(line.target) : undefined;
			if (to) lists.get(to)?.add(list.path);
		}
	}
	const out = new Map<string, TopicSummary>();
	for (const [path, under] of filed) {
		const topic = items.get(path)!;
		const where = [...lists.get(path)!];
		out.set(path, { path, title: topic.title, ...tallyItems(under), items: under.map((i) => i.path), lists: where });
	}
	return out;
}
