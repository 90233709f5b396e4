/**
 * Plans an import: which notes to create, which properties to add to notes
 * that exist, which list blocks to replace, which notes are broken or not
 * ours, and which items have left a list. Notes are found by identity —
 * `syllabus-id`, and `url` for resources — wherever the reader moved them and
 * whatever they renamed them to.
 *
 * The source owns `url`, `kind`, `arxiv`, `source`, and membership in
 * `topics`, `lists` and `aliases` (which it only adds to). Everything else —
 * status and its dates, other properties, the title, the body — is the
 * reader's, and is written only when the note is first created.
 *
 * Two pure phases with a read between them: `locateNotes` finds each note
 * and names the files whose text the plan compares with; `planImport` links
 * the notes, builds each kind, and emits the writes and their report.
 */
import type { Catalog, Status } from '../types';
import { canonicalize } from '../url/canonical';
import { composeNewNote, patchFields, patchNeeded } from '../note/frontmatter';
import { DEFAULT_SUBFOLDERS, type ImportOptions, type ImportPlan, type ImportReport, type NewNote, type PlanFindings, type PlannedWrite } from './types';
import { ImportLinks } from './links';
import { conceptNote, listNote, resourceNotes, statusLookup, topicNote, type NoteContext, type NoteWant } from './notes';
import { importReport } from './report';
import { blockChange } from '../note/list-block';
import { TOPIC_BEGIN } from '../note/topic-base';
import { listId } from '../note/list-identity';
import { normalizePath } from '../note/names';
import { baseFile, baseUpgrade } from './base-file';
import { firstOrder, studyPositions } from './study-order';
import { NoteTemplates } from './template';
import { catalogTrails } from './trails';
import type { VaultScan } from '../vault/types';
import { allocatePath, findMissing, legacyListNote, listMembers, VaultIndex, type Wanted } from './vault-index';

export { DEFAULT_SUBFOLDERS, type ImportOptions, type ImportPlan, type ImportReport, type NoteType, type PlannedWrite } from './types';

/** The texts of the files a plan compares with, by path; null for a file that is gone. */
export type NoteTexts = ReadonlyMap<string, string | null>;

/** The catalog's notes, each found in the vault or given a new path: the first phase of an import. */
export interface Located {
	catalog: Catalog;
	options: ImportOptions;
	scan: VaultScan;
	index: VaultIndex;
	/** Every note the catalog wants, topics, lists, resources and concepts in that order. */
	wanted: Wanted[];
	byId: Map<string, Wanted>;
	/** Notes left untouched because their front matter is broken. */
	skipped: ImportReport['skipped'];
	/** The base file, and whether the vault has it already. */
	base: { path: string; exists: boolean; folder: string };
	/** Files whose text the plan needs: list notes that exist (their block), and the base file. */
	reads: string[];
	/** Empty notes in the folder that no new note is put in (`VaultScan.empty`). */
	emptyLeft: string[];
}

function cleanFolder(path: string, fallback: string): string {
	return normalizePath(path).split('/').filter((s) => s && s !== '.' && s !== '..').join('/') || fallback;
}

/** Every note the catalog wants, before we know whether it exists. */
function wantedNotes(catalog: Catalog): Wanted[] {
	return [
		...catalog.topics.map((t): Wanted => ({ id: t.id, type: 'topic', title: t.title, label: 'topic' })),
		...catalog.lists.map((l): Wanted => ({ id: listId(l), type: 'list', title: l.title, label: 'list', list: l })),
		...catalog.resources.map((r): Wanted => ({ id: r.id, type: 'resource', title: r.title, label: r.kind, url: r.url })),
		...catalog.concepts.map((c): Wanted => ({ id: c.id, type: 'concept', title: c.title, label: 'concept' })),
	];
}

/** Find what exists (by id, by URL, by a list's old id); name what does not. Pure. */
export function locateNotes(catalog: Catalog, scan: VaultScan, options: ImportOptions): Located {
	// Folders stay inside the vault whatever the options say.
	const folder = cleanFolder(options.folder, 'Syllabus');
	const subfolders = { ...DEFAULT_SUBFOLDERS };
	for (const [k, v] of Object.entries(options.subfolders ?? {}) as [keyof typeof DEFAULT_SUBFOLDERS, string][]) subfolders[k] = cleanFolder(v, DEFAULT_SUBFOLDERS[k]);
	const index = new VaultIndex(scan);
	const wanted = wantedNotes(catalog);
	const skipped: ImportReport['skipped'] = [];
	for (const w of wanted) {
		const key = (): string | undefined => (w.urlKey ??= w.url ? canonicalize(w.url)?.key : undefined);
		const found = index.byId.get(w.id) ?? (w.url && index.hasUrls && key() ? index.byUrl(key()!) : undefined) ?? (w.list ? legacyListNote(w.list, index) : undefined);
		if (found) {
			w.existing = found;
			w.path = found.path;
			continue;
		}
		const brokenPath = index.brokenIds.get(w.id);
		if (brokenPath) {
			skipped.push({ path: brokenPath, title: w.title, reason: 'its front matter is not valid YAML; left untouched' });
			continue;
		}
		w.path = allocatePath(`${folder}/${subfolders[w.type]}`, w, index);
	}
	for (const b of index.broken) {
		if (![...index.brokenIds.values()].includes(b.path)) skipped.push({ path: b.path, reason: `front matter is not valid YAML (${b.error}); left untouched` });
	}
	const basePath = `${folder}/Syllabus.base`;
	const base = { path: basePath, exists: index.resolver.hasPath(basePath.toLowerCase()), folder };
	// List and topic notes that exist are read for their generated parts.
	const reads = [...wanted.filter((w) => (w.type === 'list' || w.type === 'topic') && w.existing).map((w) => w.path!), ...(base.exists ? [basePath] : [])];
	const byId = new Map(wanted.map((w) => [w.id, w]));
	return { catalog, options, scan, index, wanted, byId, skipped, base, reads, emptyLeft: index.emptyLeft(folder) };
}

/** The write a wanted note needs: create it, add what the source owns, or nothing. */
function noteWrite(
	want: NoteWant,
	links: ImportLinks,
	about: (w: Wanted) => NewNote,
	finishing: ReadonlySet<string>,
): PlannedWrite | undefined {
	const { w } = want;
	if (!w.path) return undefined;
	if (!w.existing) {
		const { properties, body } = want.initial();
		const { content, readBack } = composeNewNote(properties, body);
		const write: PlannedWrite = { op: 'create', path: w.path, type: w.type, content, ...(readBack ? { properties: readBack } : {}) };
		write.about = about(w);
		if (finishing.has(w.path)) write.finish = true;
		return write;
	}
	const change = patchNeeded(w.existing.properties, want.owned, links.same);
	if (!change) return undefined;
	return { op: 'patch', path: w.path, type: w.type, patch: change, fields: patchFields(change), ...(want.advance ? { advance: want.advance } : {}) };
}

/** The base file: created once, upgraded only while it is exactly what an earlier version wrote. */
function baseWrite(base: Located['base'], texts: NoteTexts): PlannedWrite | undefined {
	if (!base.exists) return { op: 'create', path: base.path, type: 'base', content: baseFile() };
	const upgrade = baseUpgrade(base.path, base.folder);
	const text = texts.get(base.path);
	return upgrade.op === 'upgrade' && text != null && upgrade.from.includes(text) ? upgrade : undefined;
}

/**
 * Link the located notes, build each kind, and emit the writes with their
 * report. `texts` holds the files `located.reads` names; a list note whose
 * block already says what the list says gets no write. Pure.
 */
export function planImport(located: Located, texts: NoteTexts): ImportPlan {
	const { catalog, options, index, byId } = located;
	const links = new ImportLinks(catalog, byId, index);
	const templates = new NoteTemplates(options.templates, options.templateDate ?? options.today);
	// Only new notes record their place in the study order: a re-import that creates none never works it out.
	let positions: Map<string, number> | undefined;
	const orderOf = (id: string): number | undefined =>
		(positions ??= studyPositions(catalog, firstOrder(located.scan, catalog))).get(id);
	const ctx: NoteContext = { catalog, options, byId, links, templates, orderOf, trails: catalogTrails(catalog) };
	const findings: PlanFindings = { skipped: [...located.skipped], missing: [], listChanges: [], existing: located.wanted.filter((w) => w.existing && w.path).map((w) => w.path!) };
	if (located.emptyLeft.length) findings.empty = located.emptyLeft;
	// The innermost topic each item is filed under first, for the preview's line per new note (made on the first new note).
	let topicOf: Map<string, string> | undefined;
	const about = (w: Wanted): NewNote => {
		topicOf ??= new Map([...catalog.resources, ...catalog.concepts].filter((i) => i.topics[0]?.length).map((i) => [i.id, i.topics[0]!.at(-1)!]));
		const topic = topicOf.get(w.id);
		return { title: w.title, kind: w.label, ...(topic ? { topic } : {}) };
	};
	const writes: PlannedWrite[] = [];
	const emit = (want: NoteWant): void => {
		const write = noteWrite(want, links, about, index.finishing);
		if (write) writes.push(write);
	};

	for (const t of catalog.topics) {
		const { note, block } = topicNote(t, ctx);
		emit(note);
		// An existing topic note's generated part follows its lists and the current view;
		// one the reader removed stays removed.
		const text = note.w.existing && note.w.path ? texts.get(note.w.path) : undefined;
		if (text != null && blockChange(text, block, links.sameTarget, TOPIC_BEGIN).text !== null) {
			writes.push({ op: 'block', path: note.w.path!, type: 'topic', block });
		}
	}
	// A status this import moves forward is the one the list's checkbox shows.
	const advanced = new Map<string, Status>();
	const emitItem = (want: NoteWant): void => {
		emit(want);
		if (want.advance) advanced.set(want.w.id, want.advance.to);
	};
	const resourceNote = resourceNotes(ctx);
	for (const r of catalog.resources) emitItem(resourceNote(r));
	for (const c of catalog.concepts) emitItem(conceptNote(c, ctx));
	const statusOf = statusLookup(ctx, advanced);
	// A block that links the same notes in the same order, depth and status is left as it is,
	// however the reader's renames in Obsidian have respelled its links.
	const members = listMembers(index, located.scan);
	for (const l of catalog.lists) {
		const { note, block } = listNote(l, ctx, statusOf);
		emit(note);
		const { path, existing } = note.w;
		if (!path) continue;
		if (existing) {
			const text = texts.get(path);
			const change = text == null ? { text: null } : blockChange(text, block, links.sameTarget);
			if (change.reason) findings.skipped.push({ path, reason: change.reason });
			if (change.text !== null) writes.push({ op: 'block', path, type: 'list', block });
		}
		findMissing(l, path, members, findings);
	}
	const base = baseWrite(located.base, texts);
	if (base) writes.push(base);
	if (templates.problems().length) findings.templateProblems = templates.problems();
	return { writes, findings, report: importReport(writes, findings) };
}
