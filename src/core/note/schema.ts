/**
 * The note format's keys, in one place: the property that marks a Syllabus
 * note, the ids it holds and what their prefixes say, and the tags. Everything
 * that writes or reads a Syllabus note takes these from here; the statuses and
 * kinds they hold are the core's vocabulary (`../schema.ts`).
 */
import { hashString } from '../hash';
import type { Kind } from '../schema';

export { KINDS, STATUSES, moreAdvanced, type Kind, type Status } from '../schema';

/** The property that makes a note a Syllabus note, holding its id. */
export const ID_KEY = 'syllabus-id';

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
