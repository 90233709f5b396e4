/**
 * Plans an import: which notes to create, which properties to add to notes
 * that exist, which notes are broken or not ours, and which items have left a
 * list. Notes are found by identity — `syllabus-id`, and `url` for resources —
 * wherever the reader moved them and whatever they renamed them to.
 *
 * The source owns `url`, `kind`, `arxiv`, `source`, and membership in
 * `topics`, `lists` and `aliases` (which it only adds to). Everything else —
 * status and its dates, other properties, the title, the body — is the
 * reader's, and is written only when the note is first created.
 */
import { STATUSES, type Catalog, type ListEntry, type Status } from '../types';
import { abstractMentions } from '../mentions/suggest';
import { canonicalize } from '../url/canonical';
import { isAdvance, statusChange } from '../library/library';
import { composeNote, isEmptyPatch, patchChanges, patchFields } from './frontmatter';
import { DEFAULT_SUBFOLDERS, type ImportOptions, type ImportPlan, type ImportReport, type PlannedWrite } from './import-types';
import { linkTarget } from './links';
import { basenameOf, normalizePath, safeFileName } from './names';
import { listId } from './list-identity';
import { baseFile, baseUpgrade } from './base-file';
import { listBlock } from './list-block';
import { conceptBody, listBody, resourceBody, topicBody } from './render';
import { firstOrder, studyPositions } from './study-order';
import { NoteTemplates, otherValues, resourceValues } from './template';
import type { PropertyPatch, VaultScan } from './types';
import { allocatePath, findMissing, legacyListNote, propString, values, VaultIndex, type Wanted } from './vault-index';
import { ID_KEY, tagFor } from '../schema';

export { DEFAULT_SUBFOLDERS, type ImportOptions, type ImportPlan, type ImportReport, type NoteType, type PlannedWrite } from './import-types';

function cleanFolder(path: string, fallback: string): string {
	return normalizePath(path).split('/').filter((s) => s && s !== '.' && s !== '..').join('/') || fallback;
}
const LINK_KEYS = new Set(['topics', 'lists']);

/** Plan the import of a catalog into a scanned vault. Pure: it reads and writes nothing. */
export function planImport(catalog: Catalog, scan: VaultScan, options: ImportOptions): ImportPlan {
	// Folders stay inside the vault whatever the options say.
	const folder = cleanFolder(options.folder, 'Syllabus');
	const subfolders = { ...DEFAULT_SUBFOLDERS };
	for (const [k, v] of Object.entries(options.subfolders ?? {}) as [keyof typeof DEFAULT_SUBFOLDERS, string][]) subfolders[k] = cleanFolder(v, DEFAULT_SUBFOLDERS[k]);
	const index = new VaultIndex(scan);
	const report: ImportReport = { created: [], updated: [], unchanged: 0, skipped: [], missing: [], listChanges: [], advanced: [], removedTemporary: 0 };
	const writes: PlannedWrite[] = [];
	const templates = new NoteTemplates(options.templates, options.templateDate ?? options.today);

	const topicByTitle = new Map(catalog.topics.map((t) => [t.title, t]));
	const wanted: Wanted[] = [
		...catalog.topics.map((t): Wanted => ({ id: t.id, type: 'topic', title: t.title, label: 'topic' })),
		...catalog.lists.map((l): Wanted => ({ id: listId(l), type: 'list', title: l.title, label: 'list', list: l })),
		...catalog.resources.map((r): Wanted => ({ id: r.id, type: 'resource', title: r.title, label: r.kind, url: r.url })),
		...catalog.concepts.map((c): Wanted => ({ id: c.id, type: 'concept', title: c.title, label: 'concept' })),
	];
	const byId = new Map(wanted.map((w) => [w.id, w]));
	// The innermost topic each item is filed under first, for the preview's line per new note.
	const topicOf = new Map([...catalog.resources, ...catalog.concepts].filter((i) => i.topics[0]?.length).map((i) => [i.id, i.topics[0]!.at(-1)!]));

	// Find what exists; name what does not.
	for (const w of wanted) {
		const key = (): string | undefined => (w.urlKey ??= w.url ? canonicalize(w.url)?.key : undefined);
		const found = index.byId.get(w.id) ?? (w.url && key() ? index.byUrl(key()!) : undefined) ?? (w.list ? legacyListNote(w.list, index) : undefined);
		if (found) {
			w.existing = found;
			w.path = found.path;
			continue;
		}
		const brokenPath = index.brokenIds.get(w.id);
		if (brokenPath) {
			report.skipped.push({ path: brokenPath, title: w.title, reason: 'its front matter is not valid YAML; left untouched' });
			continue;
		}
		w.path = allocatePath(`${folder}/${subfolders[w.type]}`, w, index);
		index.resolver.add(w.path);
	}
	for (const b of index.broken) {
		if (![...index.brokenIds.values()].includes(b.path)) report.skipped.push({ path: b.path, reason: `front matter is not valid YAML (${b.error}); left untouched` });
	}

	const pathOf = (id: string): string | undefined => byId.get(id)?.path;
	const linkTo = (id: string, display?: string): string | undefined => {
		const p = pathOf(id);
		return p ? index.resolver.link(p, display) : undefined;
	};
	const listLinks = new Map(catalog.lists.map((l) => [l.file, linkTo(listId(l)) ?? l.title]));
	const topicLink = (title: string): string | undefined => {
		const t = topicByTitle.get(title);
		return t ? linkTo(t.id) : undefined;
	};
	const topicLinks = (paths: string[][]): string[] => unique(paths.map((p) => topicLink(p[p.length - 1]!)).filter((x): x is string => !!x));
	const listsOf = (sources: { file: string }[]): string[] => unique(sources.map((s) => listLinks.get(s.file)).filter((x): x is string => !!x && x.startsWith('[[')));
	// Every label the lists give a note that its file name does not say is an alias, so the
	// picker and links find it by that name too: a title the file name could not hold, a
	// disambiguated name (`X (paper)`), and another list's name for the same thing. A note
	// that exists takes the title only from a list it is joining: a list it is already in
	// said that before, and a note the reader renamed since is theirs to name.
	const aliasesFor = (w: Wanted, labels: string[], lists: string[] = []): string[] => {
		const name = (w.path ? basenameOf(w.path) : safeFileName(w.title)).toLowerCase();
		const had = w.existing ? values(w.existing.properties.lists) : [];
		const joining = !w.existing || lists.some((l) => !had.some((h) => same('lists', h, l)));
		return unique([...(joining ? [w.title] : []), ...labels].filter((l) => l.trim() && l.trim().toLowerCase() !== name));
	};
	const order = studyPositions(catalog, firstOrder(scan));
	// A list that marks an item further along moves its existing note forward, never back.
	const advancedTo = new Map<string, Status>();
	const advance = (w: Wanted, to: Status, set: Record<string, string | number>): void => {
		if (!w.existing || options.statusFromLists === false) return;
		const raw = propString(w.existing.properties.status)?.trim().toLowerCase() ?? 'todo';
		// A status of the reader's own (`paused`, `later`) is theirs: only our statuses move.
		const from = (STATUSES as readonly string[]).includes(raw) ? (raw as Status) : undefined;
		if (!from || !isAdvance(from, to)) return;
		Object.assign(set, statusChange(from, to, options.today, w.existing.properties).set);
		advancedTo.set(w.id, to);
		report.advanced.push({ path: w.path!, title: basenameOf(w.path!), from, to });
	};
	const same = (key: string, a: string, b: string): boolean => {
		if (LINK_KEYS.has(key)) {
			const ta = linkTarget(a);
			const tb = linkTarget(b);
			if (ta && tb) {
				const pa = index.resolver.resolve(ta);
				const pb = index.resolver.resolve(tb);
				if (pa && pb) return pa === pb;
				return ta.toLowerCase() === tb.toLowerCase();
			}
		}
		return a.trim().toLowerCase() === b.trim().toLowerCase();
	};

	const emit = (w: Wanted, owned: PropertyPatch, initial: () => { properties: Record<string, unknown>; body: string }): void => {
		if (!w.path) return;
		if (!w.existing) {
			const { properties, body } = initial();
			writes.push({ op: 'create', path: w.path, type: w.type, content: composeNote(properties, body) });
			const topic = topicOf.get(w.id);
			report.created.push({ path: w.path, type: w.type, title: w.title, kind: w.label, ...(topic ? { topic } : {}) });
			return;
		}
		const change = patchChanges(w.existing.properties, owned, same);
		if (isEmptyPatch(change)) return;
		const fields = patchFields(change);
		writes.push({ op: 'patch', path: w.path, type: w.type, patch: change, fields });
		report.updated.push({ path: w.path, type: w.type, fields });
	};

	for (const t of catalog.topics) {
		const w = byId.get(t.id)!;
		const parents = unique(t.parents.map(topicLink).filter((x): x is string => !!x));
		const lists = listsOf(t.sources);
		const aliases = aliasesFor(w, []);
		const owned: PropertyPatch = { set: {}, add: { topics: parents, lists, aliases } };
		emit(w, owned, () => ({
			properties: compact({ topics: parents, lists, aliases, tags: [tagFor('topic')], [ID_KEY]: t.id }),
			body: topicBody(parents, t.notes, templates.part('topic', otherValues(t, 'topic', parents, lists, templates.today))),
		}));
	}

	// When metadata gives a paper an abstract, the concepts and topics it names are suggested on the new note.
	const suggestMentions = abstractMentions(catalog, (id) => linkTo(id));

	for (const r of catalog.resources) {
		const w = byId.get(r.id)!;
		const topics = topicLinks(r.topics);
		const lists = listsOf(r.sources);
		const aliases = aliasesFor(w, r.aliases, lists);
		const set: Record<string, string | number> = { kind: r.kind };
		const existingUrl = propString(w.existing?.properties.url);
		if (!existingUrl || (existingUrl !== r.url && canonicalize(existingUrl)?.key !== (w.urlKey ??= canonicalize(r.url)?.key))) set.url = r.url;
		if (r.arxiv) set.arxiv = r.arxiv;
		// The paper's PDF, one click from the note (source-owned, added only where the note has none).
		if (r.arxiv && w.existing?.properties.pdf === undefined) set.pdf = arxivPdf(r.arxiv);
		if (w.existing && propString(w.existing.properties[ID_KEY]) === undefined) set[ID_KEY] = r.id;
		advance(w, r.status, set);
		// Bibliographic properties are only ever added: a value already in the note (the list's or the reader's) stays.
		for (const k of ['year', 'venue', 'rating'] as const) if (r[k] !== undefined && w.existing?.properties[k] === undefined) set[k] = r[k]!;
		emit(w, { set, add: { topics, lists, aliases, ...(r.authors?.length ? { authors: r.authors } : {}) } }, () => ({
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
				order: order.get(r.id),
				tags: [tagFor(r.kind)],
				[ID_KEY]: r.id,
			}),
			body: resourceBody(r, listLinks, templates.part('resource', resourceValues(r, topics, lists, templates.today)), suggestMentions(r)),
		}));
	}

	for (const c of catalog.concepts) {
		const w = byId.get(c.id)!;
		const topics = topicLinks(c.topics);
		const lists = listsOf(c.sources);
		const aliases = aliasesFor(w, c.aliases, lists);
		const set: Record<string, string> = {};
		advance(w, c.status, set);
		emit(w, { set, add: { topics, lists, aliases } }, () => ({
			properties: compact({ status: c.status, topics, lists, aliases, added: options.today, order: order.get(c.id), tags: [tagFor('concept')], [ID_KEY]: c.id }),
			body: conceptBody([...c.notes, ...(c.target ? [`See [[${c.target}]].`] : [])], templates.part('concept', otherValues(c, 'concept', topics, lists, templates.today))),
		}));
	}

	const statusOf = statusLookup(byId, catalog, advancedTo);
	for (const l of catalog.lists) {
		const id = listId(l);
		const w = byId.get(id)!;
		const block = listBlock(l, (e) => (e.ref.type === 'text' ? undefined : linkTo(e.ref.id, e.title)), (e) => statusOf(e));
		const aliases = aliasesFor(w, []);
		const set: Record<string, string> = { source: l.file };
		// A note adopted from the old base-name id takes the list's own id from now on.
		if (w.existing && propString(w.existing.properties[ID_KEY]) !== id) set[ID_KEY] = id;
		emit(w, { set, add: { aliases } }, () => ({
			properties: compact({ source: l.file, aliases, tags: [tagFor('list')], [ID_KEY]: id }),
			body: listBody(l.file, block),
		}));
		// Whether the block changed is known only once the note is read; the writer compares.
		if (w.existing && w.path) writes.push({ op: 'block', path: w.path, type: 'list', block });
		if (w.path) findMissing(l, w.path, index, scan, report);
	}

	const basePath = `${folder}/Syllabus.base`;
	if (!index.takenPaths.has(basePath.toLowerCase())) {
		writes.push({ op: 'create', path: basePath, type: 'base', content: baseFile() });
		report.created.push({ path: basePath, type: 'base' });
	} else writes.push(baseUpgrade(basePath, folder));

	const patched = new Set(writes.filter((x) => x.op === 'create' || x.op === 'patch').map((x) => x.path));
	if (templates.problems().length) report.templateProblems = templates.problems();
	report.unchanged = wanted.filter((w) => w.existing && w.path && !patched.has(w.path)).length;
	return { writes, report };
}

/** Each item's status for its list checkbox: the note's own (the reader's), else what the list said. */
function statusLookup(byId: Map<string, Wanted>, catalog: Catalog, advancedTo: Map<string, Status>): (e: ListEntry) => Status | undefined {
	const listed = new Map<string, Status>([...catalog.resources, ...catalog.concepts].map((i) => [i.id, i.status]));
	return (e) => {
		if (e.ref.type !== 'resource' && e.ref.type !== 'concept') return undefined;
		// A status this import moves forward is the one the note will have.
		const moved = advancedTo.get(e.ref.id);
		if (moved) return moved;
		const own = propString(byId.get(e.ref.id)?.existing?.properties.status)?.toLowerCase();
		return own && STATUSES.includes(own as Status) ? (own as Status) : listed.get(e.ref.id) ?? 'todo';
	};
}

function unique(values: string[]): string[] {
	const seen = new Set<string>();
	return values.filter((v) => {
		const k = v.toLowerCase();
		if (seen.has(k)) return false;
		seen.add(k);
		return true;
	});
}

/** Drop empty lists and undefined values, so new notes carry no blank properties. */
function compact(props: Record<string, unknown>): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(props)) {
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
