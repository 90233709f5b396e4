/**
 * The study plan as it stands in the vault: what each Syllabus note is
 * (resource, concept, topic, list), read from its properties alone. The
 * plugin feeds it from Obsidian's metadata cache; the CLI from a scan. Kept
 * pure so the view's model and the picker's records are tested without an app.
 */
import { STATUSES, type Kind, type Status } from '../types';
import { scalarText } from '../vault/frontmatter';
import { linkTarget } from '../vault/links';
import { basenameOf } from '../vault/names';
import { metadataSearchTerms } from '../enrich/search-terms';

/** What a Syllabus note is. */
export type ItemType = 'resource' | 'concept' | 'topic' | 'list';

/** One Syllabus note, as its properties describe it. */
export interface LibraryItem {
	id: string;
	path: string;
	/** The note's name: the reader's title, whatever they renamed it to. */
	title: string;
	type: ItemType;
	status?: Status;
	kind?: Kind;
	url?: string;
	/** Bibliographic properties, when the note has them. */
	authors?: string[];
	year?: number;
	venue?: string;
	aliases: string[];
	/** Link targets as written in `topics` (resolve them with a LinkResolver). */
	topicLinks: string[];
	/** Link targets as written in `lists`. */
	listLinks: string[];
	/** Fetched title and authors, for the picker to search (metadata fetching). */
	searchTerms?: string[];
	/** `authors · year · venue`, for the picker's detail line. */
	detail?: string;
}


function values(v: unknown): string[] {
	if (Array.isArray(v)) return v.map(scalarText).filter(Boolean);
	const s = scalarText(v);
	return s ? [s] : [];
}

/** Read a note's properties as a library item; undefined if it is not a Syllabus note. */
export function libraryItem(path: string, properties: Record<string, unknown> | undefined): LibraryItem | undefined {
	if (!properties) return undefined;
	const id = scalarText(properties['syllabus-id']);
	if (!id) return undefined;
	const tags = values(properties.tags).map((t) => t.replace(/^#/, '').toLowerCase());
	const type: ItemType = tags.includes('syllabus/topic') || id.startsWith('t-')
		? 'topic'
		: tags.includes('syllabus/list') || id.startsWith('l-')
			? 'list'
			: id.startsWith('c-') || tags.includes('syllabus/concept')
				? 'concept'
				: 'resource';
	const status = scalarText(properties.status).toLowerCase() as Status;
	const kind = scalarText(properties.kind);
	const url = scalarText(properties.url);
	const authors = values(properties.authors);
	const year = Number.parseInt(scalarText(properties.year), 10);
	const venue = scalarText(properties.venue);
	return {
		id,
		path,
		title: basenameOf(path),
		type,
		...(STATUSES.includes(status) ? { status } : type === 'resource' || type === 'concept' ? { status: 'todo' as const } : {}),
		...(kind ? { kind: kind as Kind } : {}),
		...(url ? { url } : {}),
		...(authors.length ? { authors } : {}),
		...(Number.isFinite(year) ? { year } : {}),
		...(venue ? { venue } : {}),
		aliases: values(properties.aliases),
		topicLinks: values(properties.topics).map((v) => linkTarget(v)).filter((t): t is string => !!t),
		listLinks: values(properties.lists).map((v) => linkTarget(v)).filter((t): t is string => !!t),
		...fetched(properties),
	};
}

function fetched(properties: Record<string, unknown>): Pick<LibraryItem, 'searchTerms' | 'detail'> {
	const { terms, detail } = metadataSearchTerms(properties);
	return { ...(terms.length ? { searchTerms: terms } : {}), ...(detail ? { detail } : {}) };
}

/** The status after this one when the reader clicks it: todo → reading → done → todo. */
export function nextStatus(status: Status | undefined, cycle: Status[] = ['todo', 'reading', 'done']): Status {
	const i = status ? cycle.indexOf(status) : -1;
	return cycle[(i + 1) % cycle.length] ?? 'todo';
}

/** What a status move does to a note's properties: values to set, properties to remove. */
export interface StatusChange {
	set: Record<string, string>;
	remove: string[];
}

/** How far along todo → reading → done a status is; `skipped` is off that road. */
const PROGRESS: Partial<Record<Status, number>> = { todo: 0, reading: 1, done: 2 };

/** True when `to` is further along todo → reading → done than `from` (never for `skipped`). */
export function isAdvance(from: Status | undefined, to: Status): boolean {
	const a = PROGRESS[from ?? 'todo'];
	const b = PROGRESS[to];
	return a !== undefined && b !== undefined && b > a;
}

/**
 * The property changes for a status move, with the dates that record it.
 * Moving forward sets `started` and `finished`; moving back along
 * todo → reading → done takes away the dates the later status had (back to
 * reading drops `finished`, back to todo drops both), as Tasks drops a done
 * date when a task is unticked. `skipped` leaves the dates as they were.
 */
export function statusChange(from: Status | undefined, to: Status, today: string, props: Record<string, unknown>): StatusChange {
	const set: Record<string, string> = { status: to };
	const remove: string[] = [];
	if (to === 'reading' && from !== 'reading' && !scalarText(props.started)) set.started = today;
	if (to === 'done' && from !== 'done') {
		set.finished = today;
		if (!scalarText(props.started)) set.started = today;
	}
	if (to === 'todo' || to === 'reading') {
		if (props.finished !== undefined) remove.push('finished');
		if (to === 'todo' && props.started !== undefined) remove.push('started');
	}
	return { set, remove };
}

/** Apply a status change to a front-matter object in place (as `processFrontMatter` hands it). */
export function applyStatusChange(fm: Record<string, unknown>, change: StatusChange): void {
	Object.assign(fm, change.set);
	for (const k of change.remove) delete fm[k];
}
