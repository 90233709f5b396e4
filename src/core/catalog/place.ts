/**
 * Reading an outline's nodes and placing what they hold in the store, for
 * the walk (`walk.ts`) that decides what is a topic: each node read once
 * (`resolve.ts`), its readings added under a path of topics, a table row's
 * readings or concept under the topics its cells name, and the links of a
 * section about the list itself left out and counted.
 */
import type { CatalogList, Diagnostic, ListEntry, OutlineNode, Resource, SourceRef } from '../types';
import { moreAdvanced } from '../schema';
import { titleKey } from '../text/clean';
import { finishTitle } from '../text/title';
import type { ListContext } from './context';
import type { ListTally } from './report';
import { resolveItem, type ItemReading, type ResourceDraft } from './resolve';
import { readRow } from './row';
import { isSentence } from './sections';
import type { FurnitureKind } from './roles';
import { pushUnique, type CatalogStore } from './store';
import { cleanTitle } from './words';

/** The first reading's title of an item, as a left-out link's label. */
function d0(r: ItemReading): string {
	return r.resources[0]?.title ?? '';
}

/** Reads each node once and places its readings; `ListWalker` walks the outline on top of it. */
export class ItemPlacer {
	private readonly readings = new Map<OutlineNode, ItemReading>();

	constructor(
		protected readonly store: CatalogStore,
		protected readonly list: CatalogList,
		protected readonly ctx: ListContext,
		protected readonly tally: ListTally,
	) {}

	/** Read a node once, whoever asks first (a section looking for its one reading, or the walk). */
	protected read(node: OutlineNode): ItemReading {
		const known = this.readings.get(node);
		if (known) return known;
		const found: Diagnostic[] = [];
		const reading = resolveItem(node.text, { line: node.line, diagnostics: found }, this.ctx, { rowCell: node.type === 'table-row' });
		for (const d of found) this.store.report(d);
		for (const k of reading.attributed ?? []) this.store.attributed.add(k);
		if (node.checkbox) reading.status = reading.status ? moreAdvanced(reading.status, node.checkbox) : node.checkbox;
		this.readings.set(node, reading);
		this.tally.leftOut(reading.leftOut);
		return reading;
	}

	protected source(node: OutlineNode): SourceRef {
		return { file: this.list.file, line: node.line };
	}

	protected placeResources(reading: ItemReading, node: OutlineNode, path: string[], into: ListEntry[], rec: string[], lines: number[]): ListEntry {
		this.store.ensureTopics(path, lines, this.list.file, this.list);
		// The store only reads the people; most readings credit none, and then the section's array serves as it is.
		const recommended = reading.recommendedBy.length ? [...rec, ...reading.recommendedBy] : rec;
		const placed: Resource[] = [];
		for (const d of reading.resources) {
			const before = this.list.resourceIds.length;
			placed.push(this.store.addResource(d, reading.status, recommended, path, this.source(node), this.list));
			if (this.list.resourceIds.length > before) this.tally.reading(d);
		}
		// Titles once every draft is merged: a later draft of the same resource may have named it.
		let entry: ListEntry | undefined;
		for (let k = 0; k < placed.length; k++) {
			const r = placed[k]!;
			entry = { ref: { type: 'resource', id: r.id }, title: reading.resources[k]!.title ?? r.title, line: node.line, children: [] };
			into.push(entry);
		}
		return entry!;
	}

	/** Badges alone that nothing named are the page's decoration: left out. Returns whether they were. */
	protected badgesLeftOut(reading: ItemReading): boolean {
		if (!reading.badges || reading.resources.some((d) => d.title !== undefined)) return false;
		this.tally.leftOut(reading.badges);
		reading.resources = [];
		reading.furniture = true;
		return true;
	}

	/** Every link under these nodes, left out as one kind of furniture (a section about the list itself). */
	protected leaveOut(nodes: OutlineNode[], kind: FurnitureKind | 'contents'): void {
		const stack = [...nodes];
		while (stack.length) {
			const n = stack.pop()!;
			if (n.type === 'code') continue;
			for (const text of [n.text, ...(n.cells?.map((c) => c.value) ?? [])]) {
				const r = resolveItem(text, { line: n.line, diagnostics: [] }, this.ctx, { rowCell: true });
				this.tally.leftOut(r.leftOut);
				this.tally.leftOut(r.resources.flatMap((d) => [d.canon.url, ...d.links]).map((url) => ({ url, label: d0(r), kind, line: n.line })));
			}
			stack.push(...n.children);
		}
	}

	protected visitRow(node: OutlineNode, path: string[], lines: number[], into: ListEntry[], rec: string[]): void {
		const reading = this.read(node);
		const needTitle = !reading.resources.length || reading.resources.some((d) => d.title === undefined);
		const found: Diagnostic[] = [];
		const where = { line: node.line, diagnostics: found, ctx: this.ctx, ...(path.length ? { parent: path[path.length - 1]! } : {}) };
		const row = readRow(node.cells ?? [], needTitle, where);
		for (const d of found) this.store.report(d);
		this.tally.leftOut(row.leftOut);
		if (row.status) reading.status = reading.status ? moreAdvanced(reading.status, row.status) : row.status;
		// A badge in the main column gives way to a link with a name in another cell: that is the reading, the badge its link.
		const main = reading.resources[0];
		if (main?.badge && reading.resources.length === 1 && main.title === undefined && row.named && row.named.canon.key !== main.canon.key) {
			const named = row.named;
			reading.resources[0] = { ...named, links: [main.canon.url, ...main.links, ...named.links.filter((u) => u !== main.canon.url)], hint: `${named.hint} ${main.hint}` };
			row.links = row.links.filter((u) => u !== named.canon.url);
		}
		if (!reading.resources.length && row.readings.length) reading.resources.push(...row.readings.splice(0));
		if (!reading.resources.length && row.links.length) {
			// A row whose main cell has no link of its own: its first link elsewhere is the resource, named by the row.
			const canon = this.ctx.canon(row.links[0]!);
			const own = cleanTitle(node.text);
			if (canon) reading.resources.push({ canon, ...(own ? { title: own, titleFrom: 'list' as const } : {}), links: row.links.slice(1), notes: [], hint: '' });
		}
		const last = path[path.length - 1];
		const topicPaths = row.topics.map((t) => (last && titleKey(last) === titleKey(t) ? path : [...path, t]));
		if (!topicPaths.length) topicPaths.push(path);
		if (topicPaths.length > 1) dedupePaths(topicPaths);
		if (reading.resources.length) {
			this.fillFromRow(reading.resources, row);
			let entry: ListEntry | undefined;
			for (const p of topicPaths) {
				const pLines = [...lines, ...p.slice(lines.length).map(() => node.line)];
				// Under each topic the row names (`LMs/Research`): the list files it in both.
				const under = this.groupFor(into, path, p, node.line);
				entry = this.placeResources(reading, node, p, entry && under === into ? [] : under, rec, pLines);
			}
			return;
		}
		const title = reading.title || row.title;
		if (!title || reading.furniture || isSentence(title)) return;
		reading.title = title;
		reading.notes.push(...row.notes);
		for (const p of topicPaths) {
			const pLines = [...lines, ...p.slice(lines.length).map(() => node.line)];
			this.store.ensureTopics(p, pLines, this.list.file, this.list);
			const concept = this.store.addConcept(reading, p, this.source(node), this.list);
			if (concept && p === topicPaths[0]) {
				this.groupFor(into, path, p, node.line).push({ ref: { type: 'concept', id: concept.id }, title, line: node.line, children: [] });
			}
		}
	}

	/**
	 * Where a row goes in the list's tree: a row that names its own topic (a
	 * Topic column) sits under that topic inside its section, so the list's
	 * tree has the path the item's topics say. The topic's entry is made at its
	 * first row; rows further down join it.
	 */
	private groupFor(into: ListEntry[], section: string[], path: string[], line: number): ListEntry[] {
		if (path.length <= section.length) return into;
		const title = path[path.length - 1]!;
		const id = this.store.topicId(title);
		// By id per section: a table whose every row names a topic of its own makes one group per row.
		let groups = this.groups.get(into);
		if (!groups) this.groups.set(into, (groups = new Map<string, ListEntry>()));
		let group = groups.get(id);
		if (!group) {
			group = { ref: { type: 'topic', id }, title, line, children: [] };
			groups.set(id, group);
			into.push(group);
		}
		return group.children;
	}

	/** The topic groups made in each section's entries, by topic id. */
	private readonly groups = new WeakMap<ListEntry[], Map<string, ListEntry>>();

	/** What the row's other cells say, onto the readings of its main cell: title, notes, kind hint, meta, related links. */
	private fillFromRow(drafts: ResourceDraft[], row: ReturnType<typeof readRow>): void {
		const first = drafts[0]!;
		for (const d of drafts) {
			if (row.title && d.title === undefined) {
				const f = finishTitle(row.title);
				d.title = f.title;
				d.titleFrom = 'list';
				if (f.alias) (d.aliases ??= []).push(f.alias);
				if (f.note) d.notes.unshift(f.note);
			}
			d.notes.push(...row.notes);
			d.hint += row.hint;
			d.meta = { ...row.meta, ...d.meta };
		}
		drafts.push(...row.readings);
		// Links in the other cells (`[Github](…)`, `[Demo](…)`) belong to the row's first resource.
		for (const u of row.links) if (u !== first.canon.url && this.ctx.canon(u)?.key !== first.canon.key) pushUnique(first.links, u);
	}
}

/** Drop repeated topic paths of one row (`Training` and `training`), in place. */
function dedupePaths(paths: string[][]): void {
	const seen = new Set<string>();
	for (let i = 0; i < paths.length; i++) {
		const key = paths[i]!.map(titleKey).join('\u0000');
		if (seen.has(key)) paths.splice(i--, 1);
		else seen.add(key);
	}
}
