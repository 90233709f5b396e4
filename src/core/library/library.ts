/**
 * The study plan as it stands in the vault: what each Syllabus note is
 * (resource, concept, topic, list), read from its properties alone. The
 * plugin feeds it from Obsidian's metadata cache; the CLI from a scan. Kept
 * pure so the view's model and the picker's records are tested without an app.
 */
import { STATUSES, type Kind, type Status } from '../types';
import { scalarText } from '../note/frontmatter';
import { linkTarget } from '../note/wikilinks';
import { basenameOf, hasPlaceholderName, safeFileName } from '../note/names';
import { metadataSearchTerms } from '../enrich/search-terms';
import { ID_KEY, idRole, tagFor } from '../note/schema';

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
	/** `started` and `finished` as written (`YYYY-MM-DD`), for Reading now and the weekly chart. */
	started?: string;
	finished?: string;
	/** Set by "Study next": higher comes first in Next up. */
	priority?: number;
}


function values(v: unknown): string[] {
	if (Array.isArray(v)) return v.map(scalarText).filter(Boolean);
	const s = scalarText(v);
	return s ? [s] : [];
}

/**
 * The title a reader knows a note by: its `title` property, else the first
 * alias the file name was made from (`Why 9.11 > 9.9` for `Why 9.11 9.9.md`),
 * else the file name — so a note the reader renamed shows their name. A list
 * named after its source file shows that name without its hash.
 */
export function displayTitle(path: string, properties: Record<string, unknown>, aliases: string[]): string {
	const base = basenameOf(path);
	// A `title` (fetched metadata, say) names the note while its file name is still made from
	// it (`X`, `X (paper)`) or from its URL (`arXiv - 2106.09685`); a name the reader chose stays.
	const own = scalarText(properties.title).trim();
	const url = scalarText(properties.url);
	if (own && (safeFileName(own) === base || base.startsWith(`${safeFileName(own)} (`) || (url && hasPlaceholderName(path, url)))) return own;
	const alias = aliases.find((a) => a !== base && safeFileName(a) === base);
	if (alias) return alias;
	const source = scalarText(properties.source);
	if (source && basenameOf(source) === base) return sourceName(base);
	return base;
}

/** A source file's name without the hash that tools append (`reading_3f9a…` → `reading`). */
export function sourceName(base: string): string {
	const name = base.replace(/[\s._-]*[0-9a-f]{12,}$/i, '').replace(/[_-]+/g, ' ').trim();
	if (!name) return base;
	return /\p{L}/u.test(name) ? name : `List ${name}`;
}

function dateText(v: unknown): string | undefined {
	const s = scalarText(v);
	return /^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : undefined;
}

/** Read a note's properties as a library item; undefined if it is not a Syllabus note. */
export function libraryItem(path: string, properties: Record<string, unknown> | undefined): LibraryItem | undefined {
	if (!properties) return undefined;
	const id = scalarText(properties[ID_KEY]);
	if (!id) return undefined;
	const tags = values(properties.tags).map((t) => t.replace(/^#/, '').toLowerCase());
	// The tag says what a note is; the id's prefix says it where a reader removed the tag.
	const role = idRole(id);
	const type: ItemType = tags.includes(tagFor('topic')) || role === 'topic'
		? 'topic'
		: tags.includes(tagFor('list')) || role === 'list'
			? 'list'
			: role === 'concept' || tags.includes(tagFor('concept'))
				? 'concept'
				: 'resource';
	const status = scalarText(properties.status).toLowerCase() as Status;
	const kind = scalarText(properties.kind);
	const url = scalarText(properties.url);
	const authors = values(properties.authors);
	const year = Number.parseInt(scalarText(properties.year), 10);
	const venue = scalarText(properties.venue);
	const aliases = values(properties.aliases);
	const started = dateText(properties.started);
	const finished = dateText(properties.finished);
	const priority = Number(scalarText(properties.priority));
	return {
		id,
		path,
		title: displayTitle(path, properties, aliases),
		type,
		...(STATUSES.includes(status) ? { status } : type === 'resource' || type === 'concept' ? { status: 'todo' as const } : {}),
		...(kind ? { kind: kind as Kind } : {}),
		...(url ? { url } : {}),
		...(authors.length ? { authors } : {}),
		...(Number.isFinite(year) ? { year } : {}),
		...(venue ? { venue } : {}),
		aliases,
		topicLinks: values(properties.topics).map((v) => linkTarget(v)).filter((t): t is string => !!t),
		listLinks: values(properties.lists).map((v) => linkTarget(v)).filter((t): t is string => !!t),
		...(started ? { started } : {}),
		...(finished ? { finished } : {}),
		...(priority > 0 && Number.isFinite(priority) ? { priority } : {}),
		...fetched(properties),
	};
}

function fetched(properties: Record<string, unknown>): Pick<LibraryItem, 'searchTerms' | 'detail'> {
	const { terms, detail } = metadataSearchTerms(properties);
	return { ...(terms.length ? { searchTerms: terms } : {}), ...(detail ? { detail } : {}) };
}
