/**
 * Builds the catalog: walks each list's outline with the path of sections
 * around it, reads every item, and merges what different lists say about the
 * same thing — one resource per canonical URL, one concept or topic per title
 * — keeping every label, topic path, note, source line and the most advanced
 * status. The phases: walk and classify (`walk.ts`), merge (`store.ts`), and
 * here, per list, the coverage check, then at the end concepts that are also
 * topics folded into them and each list's entries pointed at what remains.
 */
import type { Catalog, CatalogList, ListEntry } from '../types';
import type { ParsedListWithRefs } from '../parse/list';
import { canonicalMemo, type Canonicalizer } from '../url/canonical';
import { coverageDiagnostic } from './coverage';
import { listContext, type KeepLinks } from './context';
import { ListTally } from './report';
import { CatalogStore, pushSource, pushUnique } from './store';
import { ListWalker } from './walk';

/** How lists are read: links to keep though they read as furniture, and each list's own address. */
export interface ReadOptions {
	keep?: KeepLinks;
	/** The list's address, for its relative links (`papers/x.pdf`). */
	base?: string;
}

/** Merges readings of many lists into one catalog. */
export class CatalogBuilder {
	private readonly store = new CatalogStore();
	private readonly lists: CatalogList[] = [];

	/** Add one parsed list. */
	addList(parsed: ParsedListWithRefs, opts: ReadOptions = {}): void {
		// One by one: spreading a list's diagnostics as arguments overflows the stack past about 120,000 of them.
		for (const d of parsed.diagnostics) this.store.diagnostics.push(d);
		const tally = new ListTally();
		const list: CatalogList = { file: parsed.file, title: parsed.title, entries: [], notes: [], resourceIds: [], conceptIds: [], topicIds: [], report: tally.report([]) };
		// One memo per list: its links are canonicalised by the items, the rows and the coverage check.
		const canon = canonicalMemo();
		const ctx = listContext(parsed.file, parsed.nodes, parsed.refs, canon, opts);
		new ListWalker(this.store, list, ctx, tally).walk(parsed.nodes, [], [], list.entries);
		list.report = tally.report(parsed.commentedOut);
		this.lists.push(list);
		this.checkCoverage(parsed, list, canon);
	}

	/** Warn when many of a list's links ended nowhere (see coverage.ts). */
	private checkCoverage(parsed: ParsedListWithRefs, list: CatalogList, canon: Canonicalizer): void {
		const { store } = this;
		if (!parsed.links?.length) return;
		const kept = new Set<string>(store.attributed);
		for (const l of list.report.leftOut) kept.add(canon(l.url)?.key ?? l.url);
		for (const [key, r] of store.resources) {
			if (!store.isMember(list, r.id)) continue;
			kept.add(key);
			for (const l of r.links) kept.add(canon(l)?.key ?? l);
		}
		store.attributed.clear();
		const reported = store.diagnostics.filter((d) => d.file === list.file).map((d) => d.message).join('\n');
		const d = coverageDiagnostic(list.file, parsed.links, kept, reported, canon);
		if (d) store.diagnostics.push(d);
	}

	/** The catalog of every list added so far. */
	build(): Catalog {
		const { store } = this;
		const merged = this.foldConceptsIntoTopics();
		const lists = this.lists.map((l) => retarget(l, merged));
		const resources = [...store.resources.values()].map(({ derivedTitle: _d, proseTitle: _p, aliasKeys: _a, ...r }) => r);
		return { lists, resources, concepts: [...store.concepts.values()], topics: [...store.topics.values()], diagnostics: store.diagnostics };
	}

	/** A concept that is also a topic somewhere is that topic: one note, not two. Returns concept id → topic id. */
	private foldConceptsIntoTopics(): Map<string, string> {
		const { concepts, topics } = this.store;
		const merged = new Map<string, string>();
		for (const [key, c] of concepts) {
			const topic = topics.get(key);
			if (!topic) continue;
			for (const n of c.notes) pushUnique(topic.notes, n);
			for (const s of c.sources) pushSource(topic.sources, s);
			merged.set(c.id, topic.id);
			concepts.delete(key);
		}
		return merged;
	}
}

/** A list with its entries and ids pointing at the topics that folded concepts became. */
function retarget(l: CatalogList, merged: Map<string, string>): CatalogList {
	const fix = (entries: ListEntry[]): ListEntry[] =>
		entries.map((e) => {
			const ref = e.ref.type === 'concept' && merged.has(e.ref.id) ? { type: 'topic' as const, id: merged.get(e.ref.id)! } : e.ref;
			return { ...e, ref, children: fix(e.children) };
		});
	const conceptIds = l.conceptIds.filter((id) => !merged.has(id));
	const topicIds = [...l.topicIds];
	for (const id of l.conceptIds) if (merged.has(id)) pushUnique(topicIds, merged.get(id)!);
	return { ...l, entries: fix(l.entries), conceptIds, topicIds };
}
