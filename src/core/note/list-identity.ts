/**
 * Which list note a list is. A list is its source: the vault path of a note,
 * the resolved path of a file, or a fresh key for each clipboard import. Two
 * files that share a name in different folders are two lists; importing the
 * same source again updates its note. Vaults written before lists had this
 * identity are adopted, never duplicated: a list note with the old id (made
 * from the file's base name) is this list only when its `source` says so.
 */
import { countOf } from '../text/count';
import { mintId } from './schema';
import type { CatalogList } from '../types';

/** The identity of a list's source; the file as given when nothing better is known. */
export function listKey(list: Pick<CatalogList, 'file' | 'key'>): string {
	return (list.key ?? list.file).replace(/\\/g, '/');
}

/** The `syllabus-id` of a list note. */
export function listId(list: Pick<CatalogList, 'file' | 'key'>): string {
	return mintId('list', `list-source:${listKey(list)}`);
}

/** The id list notes had when a list was known by its file's base name alone. */
export function legacyListId(file: string): string {
	const name = file.split(/[\\/]/).pop() ?? file;
	return mintId('list', `list:${name.toLowerCase()}`);
}

/** True when a note with the old id records this list as its source. */
export function isLegacyNoteOf(list: Pick<CatalogList, 'file' | 'key'>, source: string | undefined): boolean {
	if (!source) return false;
	const s = source.replace(/\\/g, '/');
	return s === list.file.replace(/\\/g, '/') || s === listKey(list);
}

/** What an import does to a list that is already in the vault. */
export interface ListChange {
	/** The list's title. */
	list: string;
	/** Its note. */
	path: string;
	/** Items whose notes say they are in the list and that the list no longer has. */
	leaving: number;
	/** Items in the list before and after. */
	staying: number;
}

/** The change in words, for the preview and the CLI, before anything is written. */
export function describeListChange(c: ListChange): string {
	const leave = `${countOf(c.leaving, 'item leaves', 'items leave')} it`;
	if (c.staying === 0) return `Replaces the list “${c.list}”: ${leave}.`;
	return `Changes the list “${c.list}”: ${leave}, ${c.staying} ${c.staying === 1 ? 'stays' : 'stay'}.`;
}
