/**
 * Builds the catalog: walks each list's outline with the path of sections
 * around it, reads every item, and merges what different lines and lists say
 * about the same thing — one resource per canonical URL, one concept or topic
 * per title — keeping every label, topic path, note, source line and the most
 * advanced status.
 */
import type { Catalog, CatalogList, Concept, Diagnostic, ListEntry, OutlineNode, Resource, ResourceMeta, SourceRef, Status, Topic } from '../types';
import { moreAdvanced } from '../schema';
import { stripMarkup, titleKey } from '../text/clean';
import { kindOf, titleFromUrl } from '../url/kind';
import { hasLink } from '../parse/lines';
import type { ParsedListWithRefs } from '../parse/list';
import { canonicalize } from '../url/canonical';
import { coverageDiagnostic } from './coverage';
import type { RefDefs } from '../parse/inline';
import { readItem, type ItemReading, type ResourceDraft } from './item';
import { cleanLine, cleanTitle } from './words';
import { readRow } from './row';
import { finishTitle } from '../text/title';
import { mintId } from '../schema';

interface ResourceRec extends Resource {
	derivedTitle: boolean;
	/** The title came from a link inside a sentence; a list item's words replace it. */
	proseTitle: boolean;
	topicKeys: Set<string>;
}

function pushUnique(list: string[], value: string): void {
	if (value && !list.includes(value)) list.push(value);
}

function pushSource(list: SourceRef[], ref: SourceRef): void {
	if (!list.some((s) => s.file === ref.file && s.line === ref.line)) list.push(ref);
}

/** Add what a reading says about authors, year, venue and rating; the first value given stays. */
function mergeMeta(r: Resource, meta: ResourceMeta): void {
	if (meta.authors?.length) {
		r.authors ??= [];
		for (const a of meta.authors) pushUnique(r.authors, a);
	}
	if (meta.year !== undefined) r.year ??= meta.year;
	if (meta.venue) r.venue ??= meta.venue;
	if (meta.rating !== undefined) r.rating ??= meta.rating;
}

/** Merges readings of many lists into one catalog. */
export class CatalogBuilder {
	private resources = new Map<string, ResourceRec>();
	private concepts = new Map<string, Concept>();
	private topics = new Map<string, Topic>();
	private topicIds = new Set<string>();
	private lists: CatalogList[] = [];
	/** Membership of each list's id arrays, so adding stays O(1) at 50k items. */
	private members = new Map<CatalogList, Set<string>>();
	private diagnostics: Diagnostic[] = [];

	/** Add one parsed list. */
	addList(parsed: ParsedListWithRefs): void {
		this.diagnostics.push(...parsed.diagnostics);
		const list: CatalogList = { file: parsed.file, title: parsed.title, entries: [], notes: [], resourceIds: [], conceptIds: [], topicIds: [] };
		const walker = new ListWalker(this, list, parsed.refs);
		walker.walk(parsed.nodes, [], [], list.entries);
		this.lists.push(list);
		this.checkCoverage(parsed, list);
	}

	/** Warn when many of a list's links ended nowhere (see coverage.ts). */
	private checkCoverage(parsed: ParsedListWithRefs, list: CatalogList): void {
		if (!parsed.links?.length) return;
		const kept = new Set<string>(this.attributed);
		const members = this.members.get(list);
		for (const [key, r] of this.resources) {
			if (!members?.has(r.id)) continue;
			kept.add(key);
			for (const l of r.links) kept.add(canonicalize(l)?.key ?? l);
		}
		this.attributed.clear();
		const reported = this.diagnostics.filter((d) => d.file === list.file).map((d) => d.message).join('\n');
		const d = coverageDiagnostic(list.file, parsed.links, kept, reported);
		if (d) this.diagnostics.push(d);
	}

	/** The catalog of every list added so far. */
	build(): Catalog {
		// A concept that is also a topic somewhere is that topic: one note, not two.
		const mergedConcepts = new Map<string, string>();
		for (const [key, c] of this.concepts) {
			const topic = this.topics.get(key);
			if (!topic) continue;
			for (const n of c.notes) pushUnique(topic.notes, n);
			for (const s of c.sources) pushSource(topic.sources, s);
			mergedConcepts.set(c.id, topic.id);
			this.concepts.delete(key);
		}
		const lists = this.lists.map((l) => {
			const fix = (entries: ListEntry[]): ListEntry[] =>
				entries.map((e) => {
					const ref = e.ref.type === 'concept' && mergedConcepts.has(e.ref.id) ? { type: 'topic' as const, id: mergedConcepts.get(e.ref.id)! } : e.ref;
					return { ...e, ref, children: fix(e.children) };
				});
			const conceptIds = l.conceptIds.filter((id) => !mergedConcepts.has(id));
			const topicIds = [...l.topicIds];
			for (const id of l.conceptIds) if (mergedConcepts.has(id)) pushUnique(topicIds, mergedConcepts.get(id)!);
			return { ...l, entries: fix(l.entries), conceptIds, topicIds };
		});
		const resources = [...this.resources.values()].map(({ derivedTitle: _d, proseTitle: _p, topicKeys: _t, ...r }) => r);
		return { lists, resources, concepts: [...this.concepts.values()], topics: [...this.topics.values()], diagnostics: this.diagnostics };
	}

	/** Add an id to one of a list's id arrays once. */
	private member(list: CatalogList, ids: string[], id: string): void {
		let seen = this.members.get(list);
		if (!seen) {
			seen = new Set();
			this.members.set(list, seen);
		}
		if (seen.has(id)) return;
		seen.add(id);
		ids.push(id);
	}

	/** Ensure a topic exists for each step of a path; returns the innermost topic's id. */
	ensureTopics(path: string[], lines: number[], file: string, list: CatalogList): string | undefined {
		let id: string | undefined;
		for (let k = 0; k < path.length; k++) {
			const title = path[k]!;
			const key = titleKey(title) || title;
			let topic = this.topics.get(key);
			if (!topic) {
				topic = { id: mintId('topic', `topic:${key}`), title, path: path.slice(0, k + 1), parents: [], notes: [], sources: [] };
				this.topics.set(key, topic);
				this.topicIds.add(topic.id);
			}
			if (k > 0) pushUnique(topic.parents, path[k - 1]!);
			pushSource(topic.sources, { file, line: lines[k] ?? 0 });
			this.member(list, list.topicIds, topic.id);
			id = topic.id;
		}
		return id;
	}

	topicId(title: string): string {
		return mintId('topic', `topic:${titleKey(title) || title}`);
	}

	hasTopic(id: string): boolean {
		return this.topicIds.has(id);
	}

	/** Canonical keys of the links that credited a person (`recommended by [Jing](…)`) in the list being added. */
	readonly attributed = new Set<string>();

	/** Record a problem found while reading an item. */
	report(d: Diagnostic): void {
		this.diagnostics.push(d);
	}

	addResource(d: ResourceDraft, status: Status | undefined, recommendedBy: string[], path: string[], source: SourceRef, list: CatalogList): Resource {
		const key = d.canon.key;
		let r = this.resources.get(key);
		const title = d.title ?? titleFromUrl(d.canon);
		if (!r) {
			r = {
				id: mintId('resource', `url:${key}`),
				title,
				aliases: [],
				url: d.canon.url,
				kind: kindOf(d.canon, d.hint, path),
				status: status ?? 'todo',
				...(d.canon.arxiv ? { arxiv: d.canon.arxiv } : {}),
				topics: [],
				links: [],
				notes: [],
				sources: [],
				derivedTitle: d.title === undefined,
				proseTitle: d.prose === true,
				topicKeys: new Set(),
			};
			this.resources.set(key, r);
		} else {
			if (d.title !== undefined) {
				if (r.derivedTitle || (r.proseTitle && !d.prose)) {
					if (!r.derivedTitle && titleKey(r.title) !== titleKey(d.title)) r.aliases.push(r.title);
					r.title = d.title;
					r.derivedTitle = false;
					r.proseTitle = d.prose === true;
				} else if (titleKey(d.title) !== titleKey(r.title) && !r.aliases.some((a) => titleKey(a) === titleKey(d.title!))) {
					r.aliases.push(d.title);
				}
			}
			if (status) r.status = moreAdvanced(r.status, status);
			if (r.url.startsWith('http:') && d.canon.url.startsWith('https:')) r.url = d.canon.url;
		}
		const pathKey = path.join('\u0000');
		if (path.length && !r.topicKeys.has(pathKey)) {
			r.topicKeys.add(pathKey);
			r.topics.push([...path]);
		}
		for (const a of d.aliases ?? []) if (titleKey(a) !== titleKey(r.title) && !r.aliases.some((x) => titleKey(x) === titleKey(a))) r.aliases.push(a);
		if (d.meta) mergeMeta(r, d.meta);
		for (const l of d.links) if (l !== r.url) pushUnique(r.links, l);
		for (const n of d.notes) pushUnique(r.notes, n);
		if (recommendedBy.length) {
			r.recommendedBy ??= [];
			for (const p of recommendedBy) pushUnique(r.recommendedBy, p);
		}
		pushSource(r.sources, source);
		this.member(list, list.resourceIds, r.id);
		return r;
	}

	addConcept(reading: ItemReading, path: string[], source: SourceRef, list: CatalogList): Concept | undefined {
		const key = titleKey(reading.title);
		if (!key) return undefined;
		let c = this.concepts.get(key);
		if (!c) {
			c = { id: mintId('concept', `concept:${key}`), title: reading.title, aliases: [], status: reading.status ?? 'todo', topics: [], notes: [], sources: [], ...(reading.wikiTarget ? { target: reading.wikiTarget } : {}) };
			this.concepts.set(key, c);
		} else {
			if (reading.title !== c.title) pushUnique(c.aliases, reading.title);
			if (reading.status) c.status = moreAdvanced(c.status, reading.status);
		}
		if (path.length && !c.topics.some((p) => p.join('\u0000') === path.join('\u0000'))) c.topics.push([...path]);
		for (const n of reading.notes) pushUnique(c.notes, n);
		pushSource(c.sources, source);
		this.member(list, list.conceptIds, c.id);
		return c;
	}
}

function hasLinkDeep(node: OutlineNode): boolean {
	if (hasLink(node.text)) return true;
	return node.children.some(hasLinkDeep);
}

function flattenText(node: OutlineNode): string[] {
	const own = cleanLine(node.text);
	return [...(own ? [own] : []), ...node.children.flatMap(flattenText)];
}

/** Walks one list's outline, keeping the path of topics around each node. */
class ListWalker {
	constructor(
		private readonly catalog: CatalogBuilder,
		private readonly list: CatalogList,
		private readonly refs: RefDefs,
	) {}

	walk(nodes: OutlineNode[], path: string[], lines: number[], into: ListEntry[], rec: string[] = []): void {
		for (const node of nodes) this.visit(node, path, lines, into, rec);
	}

	private read(node: OutlineNode): ItemReading {
		const found: Diagnostic[] = [];
		const reading = readItem(node.text, this.list.file, node.line, found, this.refs);
		for (const d of found) this.catalog.report(d);
		for (const k of reading.attributed ?? []) this.catalog.attributed.add(k);
		if (node.checkbox) reading.status = reading.status ? moreAdvanced(reading.status, node.checkbox) : node.checkbox;
		return reading;
	}

	private source(node: OutlineNode): SourceRef {
		return { file: this.list.file, line: node.line };
	}

	private topicEntry(title: string, node: OutlineNode, path: string[], lines: number[], into: ListEntry[], rec: string[]): void {
		const childPath = [...path, title];
		const childLines = [...lines, node.line];
		const entry: ListEntry = { ref: { type: 'topic', id: this.catalog.topicId(title) }, title, line: node.line, children: [] };
		into.push(entry);
		this.walk(node.children, childPath, childLines, entry.children, rec);
		if (!this.catalog.hasTopic(entry.ref.type === 'topic' ? entry.ref.id : '')) entry.ref = { type: 'text' };
		else this.catalog.ensureTopics(childPath, childLines, this.list.file, this.list);
	}

	private visit(node: OutlineNode, path: string[], lines: number[], into: ListEntry[], rec: string[]): void {
		if (node.type === 'code') {
			this.list.notes.push({ line: node.line, text: node.text });
			return;
		}
		if (node.type === 'heading') {
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
			return;
		}
		if (node.type === 'text' && !hasLinkDeep(node)) {
			const text = cleanLine(node.text.replace(/\n/g, ' '));
			if (text) {
				this.list.notes.push({ line: node.line, text: node.text });
				into.push({ ref: { type: 'text' }, title: text, line: node.line, children: [] });
			}
			return;
		}
		if (node.type === 'table-row') {
			this.visitRow(node, path, lines, into, rec);
			return;
		}
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
		this.catalog.ensureTopics(path, lines, this.list.file, this.list);
		const concept = this.catalog.addConcept(reading, path, this.source(node), this.list);
		if (concept) into.push({ ref: { type: 'concept', id: concept.id }, title: reading.title, line: node.line, children: [] });
	}

	private lastResources: Resource[] = [];

	private placeResources(reading: ItemReading, node: OutlineNode, path: string[], into: ListEntry[], rec: string[], lines: number[]): ListEntry {
		this.catalog.ensureTopics(path, lines, this.list.file, this.list);
		const recommended = [...rec, ...reading.recommendedBy];
		this.lastResources = reading.resources.map((d) => this.catalog.addResource(d, reading.status, recommended, path, this.source(node), this.list));
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
		const row = readRow(node.cells ?? [], needTitle, { file: this.list.file, line: node.line, diagnostics: found, refs: this.refs, ...(path.length ? { parent: path[path.length - 1]! } : {}) });
		for (const d of found) this.catalog.report(d);
		if (row.status) reading.status = reading.status ? moreAdvanced(reading.status, row.status) : row.status;
		if (!reading.resources.length && row.readings.length) reading.resources.push(...row.readings.splice(0));
		if (!reading.resources.length && row.links.length) {
			// A row whose main cell has no link of its own: its first link elsewhere is the resource, named by the row.
			const canon = canonicalize(row.links[0]!);
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
			for (const u of row.links) if (u !== first.canon.url && canonicalize(u)?.key !== first.canon.key) pushUnique(first.links, u);
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
			this.catalog.ensureTopics(p, pLines, this.list.file, this.list);
			const concept = this.catalog.addConcept(reading, p, this.source(node), this.list);
			if (concept && p === topicPaths[0]) into.push({ ref: { type: 'concept', id: concept.id }, title, line: node.line, children: [] });
		}
	}
}
