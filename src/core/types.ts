/**
 * The shapes that flow through the core: text → outline → catalog.
 *
 * Everything here is plain data (JSON-serialisable), so the same values can be
 * printed by the CLI, handed to the vault planner, or indexed by the picker.
 */

import type { Kind, Status } from './schema';

export { KINDS, STATUSES, type Kind, type Status } from './schema';

/** A date as `YYYY-MM-DD` in local time: how properties record `added`, `started`, `finished`. */
export function localDate(d: Date = new Date()): string {
	return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A problem found while reading a list; never an exception. */
export interface Diagnostic {
	file: string;
	/** 1-based line in the original file. */
	line: number;
	severity: 'error' | 'warning' | 'info';
	message: string;
}

/** A place in a source file. */
export interface SourceRef {
	file: string;
	line: number;
}

/** One node of a list's outline, as written. */
export interface OutlineNode {
	type: 'heading' | 'item' | 'text' | 'table-row' | 'code';
	/** Markdown text of the node, liquid tags and comment markers already removed. */
	text: string;
	/** 1-based line in the original file. */
	line: number;
	/** Heading depth: 1–6 for ATX, setext and HTML headings, 7 for a plain line over a list, a callout or a fold, 8 for a bold line. */
	level?: number;
	/** A section that is a callout (`> [!note] Title`) or a fold (`<details>`, titled by its summary); an item that is a paragraph's line, not a list item. */
	origin?: 'callout' | 'fold' | 'paragraph';
	/** Status set by a task checkbox (`- [x]`). */
	checkbox?: Status;
	/** Table rows: cells by column name. */
	cells?: { name: string; value: string }[];
	children: OutlineNode[];
}

/** A list after parsing, before interpretation. */
export interface ParsedList {
	file: string;
	title: string;
	nodes: OutlineNode[];
	diagnostics: Diagnostic[];
}

/** What a list entry points at in the catalog. */
export type EntryRef =
	| { type: 'resource'; id: string }
	| { type: 'concept'; id: string }
	| { type: 'topic'; id: string }
	| { type: 'text' };

/** One entry of a list in its own order and nesting: the study order. */
export interface ListEntry {
	ref: EntryRef;
	/** The title as this list wrote it. */
	title: string;
	line: number;
	children: ListEntry[];
}

/** What reading one list found besides its readings: what was left out and why, and where titles came from. */
export interface ListReport {
	/** Readings (resource notes) the list holds. */
	readings: number;
	/** Related links (code, slides, video of a reading) kept on their readings. */
	related: number;
	/** Links left out of the readings: page furniture by kind, and contents links (in-page anchors). */
	leftOut: { url: string; label: string; kind: string; line: number }[];
	/** Links inside comments of the document, which the author took out. */
	commentedOut: { url: string; line: number }[];
	/** Where the readings' titles came from: the list's words, the heading of a section holding only that reading, or the address. */
	titles: { list: number; heading: number; address: number };
}

/** A list in the catalog. */
export interface CatalogList {
	file: string;
	/** What the list is, when its file name does not say it: a resolved path, or one clipboard import. */
	key?: string;
	title: string;
	entries: ListEntry[];
	/** Paragraphs and code blocks that are not study items, kept for the list note. */
	notes: { line: number; text: string }[];
	resourceIds: string[];
	conceptIds: string[];
	topicIds: string[];
	report: ListReport;
}

/** A thing to study that has a URL. */
export interface Resource {
	id: string;
	title: string;
	aliases: string[];
	url: string;
	kind: Kind;
	status: Status;
	arxiv?: string;
	/** Topic paths, outermost section first. */
	topics: string[][];
	/** Other URLs the list gave for the same thing (code, tweet, slides). */
	links: string[];
	notes: string[];
	recommendedBy?: string[];
	sources: SourceRef[];
	/** Authors a citation or an `Authors` column names. */
	authors?: string[];
	/** Year of publication, from a citation or a `Year`/`Date` column. */
	year?: number;
	/** Conference, journal or publisher. */
	venue?: string;
	/** Stars the list gave it (`:star::star::star:` is 3). */
	rating?: number;
}

/** What a list may say about a resource besides its title: the source-owned bibliographic properties. */
export type ResourceMeta = Partial<Pick<Resource, 'authors' | 'year' | 'venue' | 'rating'>>;

/** A thing to study that has no URL (`Cross Encoders`, `LORA`). */
export interface Concept {
	id: string;
	title: string;
	aliases: string[];
	status: Status;
	topics: string[][];
	notes: string[];
	/** The note a `[[wikilink]]` item points at. */
	target?: string;
	sources: SourceRef[];
}

/** A section or an item with children: something other things are filed under. */
export interface Topic {
	id: string;
	title: string;
	/** The first path it was seen at, outermost first, ending with its own title. */
	path: string[];
	/** Titles of every topic it was filed under. */
	parents: string[];
	notes: string[];
	sources: SourceRef[];
}

/** Every list read together, each thing once. */
export interface Catalog {
	lists: CatalogList[];
	resources: Resource[];
	concepts: Concept[];
	topics: Topic[];
	diagnostics: Diagnostic[];
}
