/**
 * What an import needs to know about a vault before it plans: every note by
 * `syllabus-id` and by canonical `url`, the names already taken, broken front
 * matter, and which notes say they belong to a list. Also where a new note
 * goes: a safe name no other note in the vault has.
 */
import type { CatalogList } from '../types';
import { canonicalize } from '../url/canonical';
import type { ImportReport, NoteType } from './types';
import { LinkResolver, linkTarget } from '../note/wikilinks';
import { isLegacyNoteOf, legacyListId } from '../note/list-identity';
import { basenameOf, nthName, safeFileName } from '../note/names';
import type { ScannedNote, VaultScan } from '../vault/types';
import { ID_KEY, idRole } from '../note/schema';

/** The id line of front matter too broken to parse: the note is still known as ours. */
const ID_LINE = new RegExp(`^${ID_KEY}:\\s*["']?([\\w-]+)`, 'm');

/** A property's value as text, when it is a string or a number. */
export function propString(v: unknown): string | undefined {
	return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}

/** A note the vault already has. */
export interface Existing {
	path: string;
	properties: Record<string, unknown>;
}

/** Everything an import needs to know about a vault, indexed. */
export class VaultIndex {
	readonly byId = new Map<string, Existing>();
	private urlMap: Map<string, Existing> | undefined;
	private withUrl: Existing[] = [];
	readonly broken: Extract<ScannedNote, { error: string }>[] = [];
	readonly brokenIds = new Map<string, string>();
	/** Every path in the vault, and those new notes take: also what says which paths and names are taken. */
	readonly resolver: LinkResolver;
	/** Empty notes no new note has been put in yet (`VaultScan.empty`). */
	private readonly empty: Set<string>;
	/** Empty notes a new note is put in: its write fills the file rather than making it. */
	readonly finishing = new Set<string>();

	constructor(scan: VaultScan) {
		this.resolver = new LinkResolver(scan.files);
		this.empty = new Set(scan.empty);
		for (const n of scan.notes) {
			if ('error' in n) {
				this.broken.push(n);
				const m = ID_LINE.exec(n.raw);
				if (m) this.brokenIds.set(m[1]!, n.path);
				continue;
			}
			const id = propString(n.properties[ID_KEY]);
			if (id && !this.byId.has(id)) this.byId.set(id, n);
			if (propString(n.properties.url)) this.withUrl.push(n);
		}
	}

	/**
	 * Put a new note in the empty note at exactly this path, if there is one: the
	 * note an interrupted import made there and never wrote. Whether it was put.
	 */
	takeEmpty(path: string): boolean {
		if (!this.empty.delete(path)) return false;
		this.finishing.add(path);
		return true;
	}

	/** The empty notes under a folder that no new note was put in. */
	emptyLeft(folder: string): string[] {
		return [...this.empty].filter((p) => p.startsWith(`${folder}/`)).sort();
	}

	/** Whether any note has a `url`: with none, `byUrl` finds nothing, and a URL need not be canonicalized to ask it. */
	get hasUrls(): boolean {
		return this.withUrl.length > 0;
	}

	/** A note by the canonical key of its `url`; the map is built on the first miss by id. */
	byUrl(key: string): Existing | undefined {
		if (!this.urlMap) {
			this.urlMap = new Map();
			for (const n of this.withUrl) {
				const k = canonicalize(propString(n.properties.url)!)?.key;
				if (k && !this.urlMap.has(k)) this.urlMap.set(k, n);
			}
		}
		return this.urlMap.get(key);
	}
}

/** A note the catalog wants, before we know whether it exists. */
export interface Wanted {
	id: string;
	type: Exclude<NoteType, 'base'>;
	title: string;
	/** Label used to tell apart two notes that want the same name. */
	label: string;
	url?: string;
	/** Computed only when needed: canonicalising 10k URLs is a visible cost. */
	urlKey?: string;
	path?: string;
	existing?: Existing;
	/** For a list note: the list it holds. */
	list?: CatalogList;
}

/** A list note made before lists were known by their source, when it records this list as its source. */
export function legacyListNote(list: CatalogList, index: VaultIndex): Existing | undefined {
	const old = index.byId.get(legacyListId(list.file));
	return old && isLegacyNoteOf(list, propString(old.properties.source)) ? old : undefined;
}

/** A note that says, in its `lists`, that it belongs to a list. */
export interface ListMember {
	id: string;
	path: string;
}

/**
 * The notes each list note has by their own word, by the list note's path, in
 * scan order: every note's `lists` resolved once per import, not once per list.
 * Build it after every new note has its path, as links resolve against those too.
 */
export function listMembers(index: VaultIndex, scan: VaultScan): Map<string, ListMember[]> {
	const members = new Map<string, ListMember[]>();
	for (const n of scan.notes) {
		if ('error' in n) continue;
		const id = propString(n.properties[ID_KEY]);
		if (!id || idRole(id) === 'list') continue;
		// Nearly every note is in one list: a set is made only for a note in two.
		let first: string | undefined;
		let more: Set<string> | undefined;
		for (const v of values(n.properties.lists)) {
			const t = linkTarget(v);
			const p = t === undefined ? undefined : index.resolver.resolve(t);
			if (p === undefined || p === first) continue;
			if (first === undefined) first = p;
			else (more ??= new Set([first])).add(p);
		}
		if (first === undefined) continue;
		if (more) for (const p of more) addMember(members, p, { id, path: n.path });
		else addMember(members, first, { id, path: n.path });
	}
	return members;
}

function addMember(members: Map<string, ListMember[]>, listPath: string, member: ListMember): void {
	const list = members.get(listPath);
	if (list) list.push(member);
	else members.set(listPath, [member]);
}

/** Report the items that notes say are in this list and that it no longer has, and what that does to the list. */
export function findMissing(list: CatalogList, listPath: string, members: ReadonlyMap<string, ListMember[]>, report: Pick<ImportReport, 'missing' | 'listChanges'>): void {
	const claimed = members.get(listPath);
	// A list no note claims yet (a first import) has nothing missing.
	if (!claimed) return;
	const ids = new Set<string>();
	for (const group of [list.resourceIds, list.conceptIds, list.topicIds]) for (const id of group) ids.add(id);
	let leaving = 0;
	let staying = 0;
	for (const m of claimed) {
		if (ids.has(m.id)) {
			staying++;
			continue;
		}
		leaving++;
		// A topic note the list no longer files anything under (a generic sub-heading
		// that no longer makes a topic, say).
		const topic = idRole(m.id) === 'topic';
		report.missing.push({ list: list.title, path: m.path, title: basenameOf(m.path), ...(topic ? { topic } : {}) });
	}
	if (leaving) report.listChanges.push({ list: basenameOf(listPath), path: listPath, leaving, staying });
}

/** A path for a new note: its safe name, else `Name (kind)`, else numbered, never one the vault has. */
export function allocatePath(dir: string, w: Wanted, index: VaultIndex): string {
	const base = safeFileName(w.title);
	// Each further name is built only when the one before it is taken: most notes take the first.
	for (let n = 1; ; n++) {
		const name = nthName(base, w.label, n);
		const path = `${dir}/${name}.md`;
		// The resolver knows every path and note name, in lower case; claiming the path takes both. An empty note at the
		// path is where an interrupted import was making this note (it took the names before it in the same order).
		if (index.resolver.claim(path, name.toLowerCase()) || index.takeEmpty(path)) return path;
	}
}

/**
 * A property's values as strings, whether it holds one value or a list. A
 * list of strings is handed back as it is (a re-import asks this of every
 * note, and nearly every list is one), so the result is read, never changed.
 */
export function values(v: unknown): readonly string[] {
	if (Array.isArray(v)) return v.every((x) => typeof x === 'string') ? v : v.map(String);
	return typeof v === 'string' ? [v] : [];
}
