/**
 * The merge phase of building the catalog: what every list said so far, one
 * resource per canonical URL and one concept or topic per title, keeping
 * every label (as aliases), topic path, note, related link, source line and
 * the most advanced status. The walker (`walk.ts`) adds to it; the builder
 * (`build.ts`) turns it into the catalog.
 */
import type { CatalogList, Concept, Diagnostic, Resource, ResourceMeta, SourceRef, Status, Topic } from '../types';
import { mintId, moreAdvanced } from '../note/schema';
import { titleKey } from '../text/clean';
import { kindOf, titleFromUrl } from '../url/kind';
import type { ItemReading, ResourceDraft } from './resolve';

/** A resource while lists are still being merged into it. */
export interface ResourceRec extends Resource {
	derivedTitle: boolean;
	/** The title came from a link inside a sentence; a list item's words replace it. */
	proseTitle: boolean;
	/** `titleKey` of every alias: a link repeated on thousands of lines is checked against them in O(1), not one key per alias per line. */
	aliasKeys: Set<string> | undefined;
}

/**
 * Lists longer than this get a membership set, so adding to them stays O(1):
 * a link repeated on 50,000 lines has 50,000 sources, and checking each new
 * one against all of them made building that catalog quadratic. The lists
 * given to `pushUnique`, `pushSource` and `pushPath` grow only through them.
 */
const INDEX_FROM = 32;
const indexes = new WeakMap<unknown[], Set<string>>();

function indexOf<T>(list: T[], keyOf: (x: T) => string): Set<string> {
	let seen = indexes.get(list);
	if (!seen) {
		seen = new Set(list.map(keyOf));
		indexes.set(list, seen);
	}
	return seen;
}

/** Add the item `make` gives unless the list has one with this key; `keyOf` gives the key of an item already in it. */
function addOnce<T>(list: T[], key: string, keyOf: (x: T) => string, make: () => T): void {
	if (list.length < INDEX_FROM) {
		if (!list.some((x) => keyOf(x) === key)) list.push(make());
		return;
	}
	const seen = indexOf(list, keyOf);
	if (seen.has(key)) return;
	seen.add(key);
	list.push(make());
}

const same = (x: string): string => x;

export function pushUnique(list: string[], value: string): void {
	if (!value) return;
	// Short lists (nearly all of them) by the native search.
	if (list.length < INDEX_FROM) {
		if (!list.includes(value)) list.push(value);
	} else addOnce(list, value, same, () => value);
}

const sourceKey = (s: SourceRef): string => `${s.file}\u0000${s.line}`;

export function pushSource(list: SourceRef[], ref: SourceRef): void {
	// A short list is searched field by field: building every member's key to compare made a string per member per call.
	if (list.length < INDEX_FROM) {
		if (!list.some((x) => sameSource(x, ref))) list.push(ref);
		return;
	}
	addOnce(list, sourceKey(ref), sourceKey, () => ref);
}

/** Whether two sources have one key: the line is a number, so the key's last NUL splits it from the file (and `NaN` is written as itself). */
function sameSource(a: SourceRef, b: SourceRef): boolean {
	return a.file === b.file && (a.line === b.line || (Number.isNaN(a.line) && Number.isNaN(b.line)));
}

const pathKey = (p: string[]): string => p.join('\u0000');

/** Add a topic path (a copy: the walker reuses its arrays) unless the list has it. */
export function pushPath(list: string[][], path: string[]): void {
	if (!path.length) return;
	// As in pushSource: a short list is compared with the key without joining each member into one.
	if (list.length < INDEX_FROM) {
		const key = pathKey(path);
		if (!list.some((x) => joinsTo(x, key))) list.push([...path]);
		return;
	}
	addOnce(list, pathKey(path), pathKey, () => [...path]);
}

/** Whether `parts.join('\u0000') === key`, without joining. */
function joinsTo(parts: string[], key: string): boolean {
	let at = 0;
	for (let k = 0; k < parts.length; k++) {
		if (k > 0) {
			if (key.charCodeAt(at) !== 0) return false;
			at++;
		}
		const p = parts[k]!;
		if (!key.startsWith(p, at)) return false;
		at += p.length;
	}
	return at === key.length;
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

function addAlias(r: ResourceRec, alias: string, key: string): void {
	r.aliases.push(alias);
	(r.aliasKeys ??= new Set()).add(key);
}

/** A new title for a resource replaces one derived from its URL or read from a sentence; otherwise it is an alias. */
function mergeTitle(r: ResourceRec, d: ResourceDraft): void {
	if (d.title === undefined) return;
	const key = titleKey(d.title);
	if (r.derivedTitle || (r.proseTitle && !d.prose)) {
		if (!r.derivedTitle) {
			const old = titleKey(r.title);
			if (old !== key) addAlias(r, r.title, old);
		}
		r.title = d.title;
		r.derivedTitle = false;
		r.proseTitle = d.prose === true;
	} else if (key !== titleKey(r.title) && !r.aliasKeys?.has(key)) {
		addAlias(r, d.title, key);
	}
}

export class CatalogStore {
	readonly resources = new Map<string, ResourceRec>();
	readonly concepts = new Map<string, Concept>();
	readonly topics = new Map<string, Topic>();
	readonly diagnostics: Diagnostic[] = [];
	/** Canonical keys of the links that credited a person (`recommended by [Jing](…)`) in the list being added. */
	readonly attributed = new Set<string>();
	private readonly topicIds = new Set<string>();
	/** Membership of each list's id arrays, so adding stays O(1) at 50k items. */
	private readonly members = new Map<CatalogList, Set<string>>();

	/** Record a problem found while reading an item. */
	report(d: Diagnostic): void {
		this.diagnostics.push(d);
	}

	/** Whether a list names this id (as a resource, concept or topic). */
	isMember(list: CatalogList, id: string): boolean {
		return this.members.get(list)?.has(id) ?? false;
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

	/** The last path ensured, as given: every item of a section passes the same arrays, and ensuring them again changes nothing. */
	private lastEnsured?: { path: string[]; lines: number[]; file: string; list: CatalogList; id: string | undefined };

	/** Ensure a topic exists for each step of a path; returns the innermost topic's id. The walker never changes a path array in place. */
	ensureTopics(path: string[], lines: number[], file: string, list: CatalogList): string | undefined {
		const last = this.lastEnsured;
		if (last && last.path === path && last.lines === lines && last.file === file && last.list === list) return last.id;
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
		this.lastEnsured = { path, lines, file, list, id };
		return id;
	}

	topicId(title: string): string {
		return mintId('topic', `topic:${titleKey(title) || title}`);
	}

	hasTopic(id: string): boolean {
		return this.topicIds.has(id);
	}

	addResource(d: ResourceDraft, status: Status | undefined, recommendedBy: string[], path: string[], source: SourceRef, list: CatalogList): Resource {
		const key = d.canon.key;
		let r = this.resources.get(key);
		if (!r) {
			r = {
				id: mintId('resource', `url:${key}`),
				title: d.title ?? titleFromUrl(d.canon),
				aliases: [],
				url: d.canon.url,
				kind: kindOf(d.canon, d.hint, path),
				status: status ?? 'todo',
				topics: [],
				links: [],
				notes: [],
				sources: [],
				derivedTitle: d.title === undefined,
				proseTitle: d.prose === true,
				// Made with the first alias: most resources never get one.
				aliasKeys: undefined,
			};
			if (d.canon.arxiv) r.arxiv = d.canon.arxiv;
			this.resources.set(key, r);
		} else {
			mergeTitle(r, d);
			if (status) r.status = moreAdvanced(r.status, status);
			if (r.url.startsWith('http:') && d.canon.url.startsWith('https:')) r.url = d.canon.url;
		}
		pushPath(r.topics, path);
		if (d.aliases?.length) {
			const own = titleKey(r.title);
			for (const a of d.aliases) {
				const key = titleKey(a);
				if (key !== own && !r.aliasKeys?.has(key)) addAlias(r, a, key);
			}
		}
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
		pushPath(c.topics, path);
		for (const n of reading.notes) pushUnique(c.notes, n);
		pushSource(c.sources, source);
		this.member(list, list.conceptIds, c.id);
		return c;
	}
}
