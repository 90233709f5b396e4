/**
 * The walk and classify phases of building the catalog: one list's outline
 * walked with the path of sections (and their lines) around each node; each
 * node read and classified as a section (topic), resources, a concept, a
 * table row or a note of the list, and added to the store (`store.ts`).
 */
import type { CatalogList, Diagnostic, ListEntry, OutlineNode, Resource, SourceRef } from '../types';
import { moreAdvanced } from '../schema';
import { stripMarkup, titleKey } from '../text/clean';
import { finishTitle } from '../text/title';
import { canonicalize, type Canonicalizer } from '../url/canonical';
import { hasLink } from '../parse/lines';
import type { RefDefs } from '../parse/inline';
import { readItem, type ItemReading } from './item';
import { readRow } from './row';
import { pushUnique, type CatalogStore } from './store';
import { cleanLine, cleanTitle } from './words';

/** A link anywhere in a node or under it: such a node is read as an item, not kept as words. */
function hasLinkDeep(node: OutlineNode): boolean {
	if (hasLink(node.text)) return true;
	return node.children.some(hasLinkDeep);
}

/** A node and its children as note lines. */
function flattenText(node: OutlineNode): string[] {
	const own = cleanLine(node.text);
	return [...(own ? [own] : []), ...node.children.flatMap(flattenText)];
}

/** Walks one list's outline, keeping the path of topics around each node. */
export class ListWalker {
	constructor(
		private readonly store: CatalogStore,
		private readonly list: CatalogList,
		private readonly refs: RefDefs,
		private readonly canon: Canonicalizer = canonicalize,
	) {}

	walk(nodes: OutlineNode[], path: string[], lines: number[], into: ListEntry[], rec: string[] = []): void {
		for (const node of nodes) this.visit(node, path, lines, into, rec);
	}

	private read(node: OutlineNode): ItemReading {
		const found: Diagnostic[] = [];
		const reading = readItem(node.text, this.list.file, node.line, found, this.refs, this.canon);
		for (const d of found) this.store.report(d);
		for (const k of reading.attributed ?? []) this.store.attributed.add(k);
		if (node.checkbox) reading.status = reading.status ? moreAdvanced(reading.status, node.checkbox) : node.checkbox;
		return reading;
	}

	private source(node: OutlineNode): SourceRef {
		return { file: this.list.file, line: node.line };
	}

	private topicEntry(title: string, node: OutlineNode, path: string[], lines: number[], into: ListEntry[], rec: string[]): void {
		const childPath = [...path, title];
		const childLines = [...lines, node.line];
		const entry: ListEntry = { ref: { type: 'topic', id: this.store.topicId(title) }, title, line: node.line, children: [] };
		into.push(entry);
		this.walk(node.children, childPath, childLines, entry.children, rec);
		if (!this.store.hasTopic(entry.ref.type === 'topic' ? entry.ref.id : '')) entry.ref = { type: 'text' };
		else this.store.ensureTopics(childPath, childLines, this.list.file, this.list);
	}

	/** Classify a node: a code block or a plain text line is a note, a heading a section, a row a table row, the rest an item. */
	private visit(node: OutlineNode, path: string[], lines: number[], into: ListEntry[], rec: string[]): void {
		if (node.type === 'code') this.list.notes.push({ line: node.line, text: node.text });
		else if (node.type === 'heading') this.visitHeading(node, path, lines, into, rec);
		else if (node.type === 'text' && !hasLinkDeep(node)) this.visitText(node, into);
		else if (node.type === 'table-row') this.visitRow(node, path, lines, into, rec);
		else this.visitItem(node, path, lines, into, rec);
	}

	/** A heading is a section (a topic), and a resource too when it links one; a credit in it credits everything under it. */
	private visitHeading(node: OutlineNode, path: string[], lines: number[], into: ListEntry[], rec: string[]): void {
		const reading = this.read(node);
		const title = reading.resources.length ? cleanTitle(stripMarkup(node.text.replace(/\]\([^)]*\)/g, ']'))) : reading.title;
		const childRec = reading.recommendedBy.length ? reading.recommendedBy : rec;
		if (!title) {
			// A heading that is only a link (`## <https://…>`) names a resource, not a section.
			if (reading.resources.length) this.placeResources(reading, node, path, into, childRec, lines);
			this.walk(node.children, path, lines, into, childRec);
			return;
		}
		if (reading.resources.length) this.placeResources(reading, node, [...path, title], into, childRec, [...lines, node.line]);
		this.topicEntry(title, node, path, lines, into, childRec);
	}

	/** Words with no link anywhere under them: a note of the list, kept in its place. */
	private visitText(node: OutlineNode, into: ListEntry[]): void {
		const text = cleanLine(node.text.replace(/\n/g, ' '));
		if (!text) return;
		this.list.notes.push({ line: node.line, text: node.text });
		into.push({ ref: { type: 'text' }, title: text, line: node.line, children: [] });
	}

	/** An item: its resources (children without links are their notes), a section if items with links hang under it, or a concept. */
	private visitItem(node: OutlineNode, path: string[], lines: number[], into: ListEntry[], rec: string[]): void {
		const reading = this.read(node);
		if (reading.resources.length) {
			const entry = this.placeResources(reading, node, path, into, rec, lines);
			for (const child of node.children) {
				if (hasLinkDeep(child)) this.visit(child, path, lines, entry.children, rec);
				else for (const r of this.lastResources) for (const n of flattenText(child)) pushUnique(r.notes, n);
			}
			return;
		}
		const structural = node.children.filter((c) => c.type !== 'text' || hasLinkDeep(c));
		if (structural.length && reading.title) {
			this.topicEntry(reading.title, node, path, lines, into, rec);
			return;
		}
		if (!reading.title) {
			this.walk(node.children, path, lines, into, rec);
			return;
		}
		reading.notes.push(...node.children.flatMap(flattenText));
		this.store.ensureTopics(path, lines, this.list.file, this.list);
		const concept = this.store.addConcept(reading, path, this.source(node), this.list);
		if (concept) into.push({ ref: { type: 'concept', id: concept.id }, title: reading.title, line: node.line, children: [] });
	}

	private lastResources: Resource[] = [];

	private placeResources(reading: ItemReading, node: OutlineNode, path: string[], into: ListEntry[], rec: string[], lines: number[]): ListEntry {
		this.store.ensureTopics(path, lines, this.list.file, this.list);
		const recommended = [...rec, ...reading.recommendedBy];
		this.lastResources = reading.resources.map((d) => this.store.addResource(d, reading.status, recommended, path, this.source(node), this.list));
		const entries = this.lastResources.map((r, k): ListEntry => ({
			ref: { type: 'resource', id: r.id },
			title: reading.resources[k]!.title ?? r.title,
			line: node.line,
			children: [],
		}));
		into.push(...entries);
		return entries[entries.length - 1]!;
	}

	private visitRow(node: OutlineNode, path: string[], lines: number[], into: ListEntry[], rec: string[]): void {
		const reading = this.read(node);
		const needTitle = !reading.resources.length || reading.resources.some((d) => d.title === undefined);
		const found: Diagnostic[] = [];
		const where = { file: this.list.file, line: node.line, diagnostics: found, refs: this.refs, canon: this.canon };
		const row = readRow(node.cells ?? [], needTitle, { ...where, ...(path.length ? { parent: path[path.length - 1]! } : {}) });
		for (const d of found) this.store.report(d);
		if (row.status) reading.status = reading.status ? moreAdvanced(reading.status, row.status) : row.status;
		if (!reading.resources.length && row.readings.length) reading.resources.push(...row.readings.splice(0));
		if (!reading.resources.length && row.links.length) {
			// A row whose main cell has no link of its own: its first link elsewhere is the resource, named by the row.
			const canon = this.canon(row.links[0]!);
			const own = cleanTitle(node.text);
			if (canon) reading.resources.push({ canon, ...(own ? { title: own } : {}), links: row.links.slice(1), notes: [], hint: '' });
		}
		const last = path[path.length - 1];
		const topicPaths = row.topics.map((t) => (last && titleKey(last) === titleKey(t) ? path : [...path, t]));
		if (!topicPaths.length) topicPaths.push(path);
		if (reading.resources.length) {
			const first = reading.resources[0]!;
			for (const d of reading.resources) {
				if (row.title && d.title === undefined) {
					const f = finishTitle(row.title);
					d.title = f.title;
					if (f.alias) (d.aliases ??= []).push(f.alias);
					if (f.note) d.notes.unshift(f.note);
				}
				d.notes.push(...row.notes);
				d.hint += row.hint;
				d.meta = { ...row.meta, ...d.meta };
			}
			reading.resources.push(...row.readings);
			// Links in the other cells (`[Github](…)`, `[Demo](…)`) belong to the row's first resource.
			for (const u of row.links) if (u !== first.canon.url && this.canon(u)?.key !== first.canon.key) pushUnique(first.links, u);
			let entry: ListEntry | undefined;
			for (const p of topicPaths) {
				const pLines = [...lines, ...p.slice(lines.length).map(() => node.line)];
				entry = this.placeResources(reading, node, p, entry ? [] : into, rec, pLines);
			}
			return;
		}
		const title = reading.title || row.title;
		if (!title) return;
		reading.title = title;
		reading.notes.push(...row.notes);
		for (const p of topicPaths) {
			const pLines = [...lines, ...p.slice(lines.length).map(() => node.line)];
			this.store.ensureTopics(p, pLines, this.list.file, this.list);
			const concept = this.store.addConcept(reading, p, this.source(node), this.list);
			if (concept && p === topicPaths[0]) into.push({ ref: { type: 'concept', id: concept.id }, title, line: node.line, children: [] });
		}
	}
}
