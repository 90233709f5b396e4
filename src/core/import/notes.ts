/**
 * What an import wants each note to be, one function per kind: the
 * properties the source owns (added to a note that exists), and the whole
 * first text of a note it creates. Which of the two is written is decided
 * later, by whether the note exists (`import-plan.ts`).
 */
import { abstractMentions } from '../mentions/suggest';
import { canonicalize } from '../url/canonical';
import { isAdvance, statusChange } from '../note/status-moves';
import { STATUSES, type Catalog, type CatalogList, type Concept, type ListEntry, type Resource, type Status, type Topic } from '../types';
import type { Advance, ImportOptions } from './types';
import { unique, type ImportLinks } from './links';
import { listBlock } from '../note/list-block';
import { listId } from '../note/list-identity';
import { basenameOf } from '../note/names';
import { conceptBody, listBody, listedIn, resourceBody, topicBody } from '../note/render';
import type { NoteTemplates } from './template';
import { otherValues, resourceValues } from './template';
import type { PropertyPatch } from '../note/frontmatter';
import { propString, values, type Wanted } from './vault-index';
import { topicBaseBlock } from '../note/topic-base';
import type { Trails } from './trails';
import { ID_KEY, tagFor } from '../note/schema';

/** One note as the import wants it. */
export interface NoteWant {
	w: Wanted;
	/** Source-owned properties: added to a note that exists. */
	owned: PropertyPatch;
	/** The note's first text, made only when it is created. */
	initial: () => { properties: Record<string, unknown>; body: string };
	/** The status the list moves an existing note forward to. */
	advance?: Advance;
}

/** What building notes needs: the catalog's notes with their paths, the links between them, the templates, the study order. */
export interface NoteContext {
	catalog: Catalog;
	options: ImportOptions;
	byId: Map<string, Wanted>;
	links: ImportLinks;
	templates: NoteTemplates;
	/** A new resource or concept's place in the study order. */
	orderOf: (id: string) => number | undefined;
	/** Where each listing sits in its list, for a new note's Listed-in lines. */
	trails: Trails;
}

/** The topic note, and its generated part (`topic-base.ts`), which a re-import refreshes. */
export function topicNote(t: Topic, ctx: NoteContext): { note: NoteWant; block: string } {
	const w = ctx.byId.get(t.id)!;
	const parents = unique(t.parents.map((p) => ctx.links.topicLink(p)).filter((x): x is string => !!x));
	const lists = ctx.links.listsOf(t.sources);
	const aliases = ctx.links.aliasesFor(w, []);
	// The lists its `lists` property will hold once this import adds its own: what the block says it is in.
	const had = w.existing ? values(w.existing.properties.lists).filter((v) => v.startsWith('[[')) : [];
	const joining = lists.filter((l) => !had.some((h) => ctx.links.same('lists', h, l)));
	const block = topicBaseBlock([...had, ...joining]);
	return {
		block,
		note: {
			w,
			owned: { set: {}, add: { topics: parents, lists, aliases } },
			initial: () => ({
				properties: compact({ topics: parents, lists, aliases, tags: [tagFor('topic')], [ID_KEY]: t.id }),
				body: topicBody(parents, t.notes, block, ctx.templates.part('topic', () => otherValues(t, 'topic', parents, lists, ctx.templates.today))),
			}),
		},
	};
}

/**
 * A list that marks an item further along moves its existing note forward,
 * never back; `set` takes the status and its dates. Off when the reader keeps
 * status only in Obsidian.
 */
function advanceStatus(w: Wanted, to: Status, set: Record<string, string | number>, options: ImportOptions): Advance | undefined {
	if (!w.existing || !w.path || options.statusFromLists === false) return undefined;
	const raw = propString(w.existing.properties.status)?.trim().toLowerCase() ?? 'todo';
	// A status of the reader's own (`paused`, `later`) is theirs: only our statuses move.
	const from = (STATUSES as readonly string[]).includes(raw) ? (raw as Status) : undefined;
	if (!from || !isAdvance(from, to)) return undefined;
	Object.assign(set, statusChange(from, to, options.today, w.existing.properties).set);
	return { title: basenameOf(w.path), from, to };
}

/**
 * What makes each resource note; when metadata gives a paper an abstract, the
 * concepts and topics it names are suggested on the new note. One note at a
 * time: a plan keeps only the writes, not 10k wants it has done with.
 */
export function resourceNotes(ctx: NoteContext): (r: Resource) => NoteWant {
	const suggestMentions = abstractMentions(ctx.catalog, (id) => ctx.links.linkTo(id));
	return (r) => resourceNote(r, ctx, suggestMentions);
}

/** The bibliographic properties a list can give a resource. */
const BIBLIOGRAPHIC = ['year', 'venue', 'rating'] as const;

function resourceNote(r: Resource, ctx: NoteContext, suggestMentions: (r: Resource) => string | undefined): NoteWant {
	const { links, options } = ctx;
	const w = ctx.byId.get(r.id)!;
	const topics = links.topicLinks(r.topics);
	const lists = links.listsOf(r.sources);
	const aliases = links.aliasesFor(w, r.aliases, lists);
	const set: Record<string, string | number> = { kind: r.kind };
	const existingUrl = propString(w.existing?.properties.url);
	if (!existingUrl || (existingUrl !== r.url && canonicalize(existingUrl)?.key !== (w.urlKey ??= canonicalize(r.url)?.key))) set.url = r.url;
	if (r.arxiv) set.arxiv = r.arxiv;
	// The paper's PDF, one click from the note (source-owned, added only where the note has none).
	if (r.arxiv && w.existing?.properties.pdf === undefined) set.pdf = arxivPdf(r.arxiv);
	if (w.existing && propString(w.existing.properties[ID_KEY]) === undefined) set[ID_KEY] = r.id;
	const advance = advanceStatus(w, r.status, set, options);
	// Bibliographic properties are only ever added: a value already in the note (the list's or the reader's) stays.
	for (const k of BIBLIOGRAPHIC) if (r[k] !== undefined && w.existing?.properties[k] === undefined) set[k] = r[k]!;
	// Built without spreads: a re-import makes one of these for each of 10k resources.
	const add: Record<string, string[]> = { topics, lists, aliases };
	if (r.authors?.length) add.authors = r.authors;
	const want: NoteWant = {
		w,
		owned: { set, add },
		initial: () => ({
			properties: compact({
				status: r.status,
				kind: r.kind,
				url: r.url,
				topics,
				lists,
				aliases,
				arxiv: r.arxiv,
				pdf: r.arxiv ? arxivPdf(r.arxiv) : undefined,
				authors: r.authors,
				year: r.year,
				venue: r.venue,
				rating: r.rating,
				added: options.today,
				order: ctx.orderOf(r.id),
				tags: [tagFor(r.kind)],
				[ID_KEY]: r.id,
			}),
			body: resourceBody(
				r,
				links.listLinks,
				ctx.templates.part('resource', () => resourceValues(r, topics, lists, ctx.templates.today)),
				suggestMentions(r),
				(file, line) => ctx.trails(file, line, r.id),
			),
		}),
	};
	if (advance) want.advance = advance;
	return want;
}

/** The concept note. */
export function conceptNote(c: Concept, ctx: NoteContext): NoteWant {
	const { links, options } = ctx;
	const w = ctx.byId.get(c.id)!;
	const topics = links.topicLinks(c.topics);
	const lists = links.listsOf(c.sources);
	const aliases = links.aliasesFor(w, c.aliases, lists);
	const set: Record<string, string> = {};
	const advance = advanceStatus(w, c.status, set, options);
	return {
		w,
		...(advance ? { advance } : {}),
		owned: { set, add: { topics, lists, aliases } },
		initial: () => ({
			properties: compact({ status: c.status, topics, lists, aliases, added: options.today, order: ctx.orderOf(c.id), tags: [tagFor('concept')], [ID_KEY]: c.id }),
			body: conceptBody(
				[...c.notes, ...(c.target ? [`See [[${c.target}]].`] : []), ...listedIn(c.sources, ctx.links.listLinks, (f, l) => ctx.trails(f, l, c.id))],
				ctx.templates.part('concept', () => otherValues(c, 'concept', topics, lists, ctx.templates.today)),
			),
		}),
	};
}

/** The list note, and the generated block it holds (`statusOf` gives each item's checkbox). */
export function listNote(l: CatalogList, ctx: NoteContext, statusOf: (e: ListEntry) => Status | undefined): { note: NoteWant; block: string } {
	const id = listId(l);
	const w = ctx.byId.get(id)!;
	const block = listBlock(l, (e) => (e.ref.type === 'text' ? undefined : ctx.links.linkTo(e.ref.id, e.title)), statusOf);
	const aliases = ctx.links.aliasesFor(w, []);
	const set: Record<string, string> = { source: l.file };
	// A note adopted from the old base-name id takes the list's own id from now on.
	if (w.existing && propString(w.existing.properties[ID_KEY]) !== id) set[ID_KEY] = id;
	return {
		block,
		note: {
			w,
			owned: { set, add: { aliases } },
			initial: () => ({ properties: compact({ source: l.file, aliases, tags: [tagFor('list')], [ID_KEY]: id }), body: listBody(l.file, block) }),
		},
	};
}

/** Each item's status for its list checkbox: the status this import moves it to, else the note's own (the reader's), else what the list said. */
export function statusLookup(ctx: NoteContext, advanced: ReadonlyMap<string, Status>): (e: ListEntry) => Status | undefined {
	// What the list said is asked only for items whose note has no status of ours (on re-import, hardly any).
	let listed: Map<string, Status> | undefined;
	const listStatus = (id: string): Status | undefined => (listed ??= new Map([...ctx.catalog.resources, ...ctx.catalog.concepts].map((i) => [i.id, i.status]))).get(id);
	return (e) => {
		if (e.ref.type !== 'resource' && e.ref.type !== 'concept') return undefined;
		const moved = advanced.get(e.ref.id);
		if (moved) return moved;
		const own = propString(ctx.byId.get(e.ref.id)?.existing?.properties.status)?.toLowerCase();
		return own && STATUSES.includes(own as Status) ? (own as Status) : listStatus(e.ref.id) ?? 'todo';
	};
}

/** Drop empty lists and undefined values, so new notes carry no blank properties. */
function compact(props: Record<string, unknown>): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	// Keys, not entries: a first import compacts 10k property sets, and a pair per value was a visible cost.
	for (const k of Object.keys(props)) {
		const v = props[k];
		if (v === undefined || v === null) continue;
		if (Array.isArray(v) && !v.length) continue;
		out[k] = v;
	}
	return out;
}

/** The PDF of an arXiv paper, new-style (`2205.14135`) or old-style (`hep-th/9408099`) id. */
function arxivPdf(id: string): string {
	return `https://arxiv.org/pdf/${id}`;
}
