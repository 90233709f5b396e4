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
	return {
		id,
		path,
		title: basenameOf(path),
		type,
		...(STATUSES.includes(status) ? { status } : type === 'resource' || type === 'concept' ? { status: 'todo' as const } : {}),
		...(kind ? { kind: kind as Kind } : {}),
		...(url ? { url } : {}),
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

/** Properties to set when a note's status moves, with the dates that record it. */
export function statusChange(from: Status | undefined, to: Status, today: string, props: Record<string, unknown>): Record<string, string> {
	const out: Record<string, string> = { status: to };
	if (to === 'reading' && from !== 'reading' && !scalarText(props.started)) out.started = today;
	if (to === 'done' && from !== 'done') {
		out.finished = today;
		if (!scalarText(props.started)) out.started = today;
	}
	return out;
}
