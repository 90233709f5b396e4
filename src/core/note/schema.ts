/**
 * The note format, in one place: the property that marks a Syllabus note,
 * the ids it holds and what their prefixes say, the statuses in the order a
 * reader moves through them, the kinds of resource, and the tags. Everything
 * that writes or reads a Syllabus note takes these from here.
 */
import { hashString } from '../hash';

/** The property that makes a note a Syllabus note, holding its id. */
export const ID_KEY = 'syllabus-id';

/** Every status, in the order a reader moves through them. */
export const STATUSES = ['todo', 'reading', 'done', 'skipped'] as const;

/** Where a study item stands for the reader. */
export type Status = (typeof STATUSES)[number];

const RANK: Record<Status, number> = { todo: 0, skipped: 1, reading: 2, done: 3 };

/** The more advanced of two statuses, when lists disagree about one item: done > reading > skipped > todo. */
export function moreAdvanced(a: Status, b: Status): Status {
	return RANK[b] > RANK[a] ? b : a;
}

/** Every kind of resource, decided from its URL and nearby hints. */
export const KINDS = ['paper', 'repo', 'video', 'post', 'course', 'docs', 'book', 'article', 'site', 'other'] as const;

/** What kind of thing a resource is. */
export type Kind = (typeof KINDS)[number];

/** The roles a Syllabus note plays. */
export type NoteRole = 'resource' | 'concept' | 'topic' | 'list';

const PREFIX: Record<NoteRole, string> = { resource: 'r-', concept: 'c-', topic: 't-', list: 'l-' };

/** A stable id for a note of this role, from what identifies it (a canonical URL, a title key, a list's source). */
export function mintId(role: NoteRole, key: string): string {
	return `${PREFIX[role]}${hashString(key)}`;
}

/** The prefixes as pairs, made once: `idRole` runs for every note of a re-import. */
const PREFIXES = Object.entries(PREFIX) as [NoteRole, string][];

/** The role an id was minted for, if it is one of ours. */
export function idRole(id: string): NoteRole | undefined {
	for (const [role, prefix] of PREFIXES) if (id.startsWith(prefix)) return role;
	return undefined;
}

/** The tag a note carries for its role or kind (`syllabus/paper`, `syllabus/topic`). */
export function tagFor(roleOrKind: NoteRole | Kind): string {
	return `syllabus/${roleOrKind}`;
}
