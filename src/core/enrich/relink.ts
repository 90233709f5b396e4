/**
 * Renaming notes without breaking links, for vaults that have no Obsidian to
 * do it (the CLI's folder, memory): every `[[link]]` and `![[embed]]` that
 * resolved to a moved note is rewritten to reach it at its new name, keeping
 * its heading, block reference and display text. Obsidian's
 * `fileManager.renameFile` does the same inside the app.
 */
import { LinkResolver, wikilinkPattern } from '../note/wikilinks';

/** One note moving to a new path. */
export interface Move {
	from: string;
	to: string;
}


/**
 * A function that rewrites a note's text for a set of moves: links are
 * resolved as the vault was before (`before`), and written as the shortest
 * text that reaches the new path in the vault after (`after`).
 */
export function relinker(before: string[], moves: Move[]): (text: string) => string {
	const old = new LinkResolver(before);
	const moved = new Set(moves.map((m) => m.from));
	const after = new LinkResolver(before.filter((p) => !moved.has(p)).concat(moves.map((m) => m.to)));
	const target = new Map(moves.map((m) => [m.from, after.linktext(m.to)]));
	return (text) =>
		text.replace(wikilinkPattern(), (all, embed: string, link: string, sub: string, shown: string | undefined) => {
			const path = link.trim() ? old.resolve(link.trim()) : undefined;
			const next = path ? target.get(path) : undefined;
			return next === undefined ? all : `${embed}[[${next}${sub}${shown === undefined ? '' : `|${shown}`}]]`;
		});
}
