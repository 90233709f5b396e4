/**
 * Wikilinks the way Obsidian resolves them: a link names a note by its file
 * name when that name is unique in the vault, otherwise by its path. Links in
 * properties are compared by the note they resolve to, so re-import does not
 * add `[[Attention]]` next to an existing `[[Syllabus/Topics/Attention|Attention]]`.
 */
import { basenameOf } from './names';

/** Finds notes by link text over a fixed set of vault paths. */
export class LinkResolver {
	private byPath = new Map<string, string>();
	private byName = new Map<string, string[]>();
	/** Answers already given: a re-import resolves the same few list and topic links thousands of times. */
	private memo = new Map<string, string | undefined>();

	constructor(paths: Iterable<string>) {
		for (const p of paths) this.add(p);
	}

	/** Register a path (a note about to be created counts too). */
	add(path: string): void {
		const lower = path.toLowerCase();
		if (this.byPath.has(lower)) return;
		this.forget();
		this.byPath.set(lower, path);
		if (!lower.endsWith('.md')) return;
		const name = basenameOf(path).toLowerCase();
		const list = this.byName.get(name);
		if (list) list.push(path);
		else this.byName.set(name, [path]);
	}

	/** Remove a path (a note that moved). */
	remove(path: string): void {
		const lower = path.toLowerCase();
		this.forget();
		this.byPath.delete(lower);
		const name = basenameOf(path).toLowerCase();
		const list = this.byName.get(name)?.filter((p) => p.toLowerCase() !== lower);
		if (list?.length) this.byName.set(name, list);
		else this.byName.delete(name);
	}

	/** Whether a file has this path, given in lower case (paths differing only in case collide on some file systems). */
	hasPath(lowerPath: string): boolean {
		return this.byPath.has(lowerPath);
	}

	/**
	 * Add a new note's path (`….md`) unless a file has that path or a note that
	 * name (`lowerName`: its file name without `.md`, in lower case); whether it
	 * was added. One look-up of each, for the 10k names a first import takes.
	 */
	claim(path: string, lowerName: string): boolean {
		const lower = path.toLowerCase();
		if (!lower.endsWith('.md')) throw new Error(`only a note's path can be claimed: ${path}`);
		if (this.byPath.has(lower) || this.byName.has(lowerName)) return false;
		this.forget();
		this.byPath.set(lower, path);
		this.byName.set(lowerName, [path]);
		return true;
	}

	/** A path added or removed changes what links resolve to and which names are unique. */
	private forget(): void {
		if (this.memo.size) this.memo.clear();
	}

	/** The path a link target (`Name`, `Folder/Name`, `Name.md`, `Name#Heading`) points at. */
	resolve(linkpath: string): string | undefined {
		const known = this.memo.get(linkpath);
		if (known !== undefined || this.memo.has(linkpath)) return known;
		const found = this.lookup(linkpath);
		this.memo.set(linkpath, found);
		return found;
	}

	private lookup(linkpath: string): string | undefined {
		const target = linkpath.split(/[#^]/)[0]!.trim();
		if (!target) return undefined;
		const lower = target.toLowerCase();
		const withExt = /\.[a-z0-9]+$/i.test(lower) && this.byPath.has(lower) ? lower : `${lower}.md`;
		if (target.includes('/')) return this.byPath.get(withExt) ?? this.byPath.get(lower);
		const named = this.byName.get(lower.replace(/\.md$/, ''));
		return named?.[0];
	}

	/** The shortest link text that reaches `path`: its name if unique, else its path. */
	linktext(path: string): string {
		// Not remembered: the links made again and again (topics, lists) are remembered by the import (`ImportLinks`),
		// and the list block asks once for each of 10k notes, where remembering only cost a map entry each.
		const name = basenameOf(path);
		const same = this.byName.get(name.toLowerCase());
		return same && same.length > 1 ? path.replace(/\.md$/i, '') : name;
	}

	/** A wikilink to `path`, showing `display` if the link text differs. */
	link(path: string, display?: string): string {
		const text = this.linktext(path);
		return display && display !== text ? `[[${text}|${display.replace(/[|\]]/g, ' ')}]]` : `[[${text}]]`;
	}
}

/**
 * The target of a `[[target|alias]]` value (`![[…]]` too, spaces around
 * allowed), or undefined if it is not one wikilink. Read with string
 * operations: a re-import asks this of every list and topic value of every note.
 */
export function linkTarget(value: string): string | undefined {
	const v = value.trim();
	const open = v.startsWith('![[') ? 3 : v.startsWith('[[') ? 2 : -1;
	if (open < 0 || v.length < open + 3 || !v.endsWith(']]')) return undefined;
	const inner = v.slice(open, -2);
	if (inner.includes(']')) return undefined;
	const bar = inner.indexOf('|');
	const target = bar < 0 ? inner : inner.slice(0, bar);
	return target ? target.trim() : undefined;
}

/** Every wikilink target in a text. */
export function linkTargets(text: string): string[] {
	return [...text.matchAll(/\[\[([^\]|#^]+)(?:[#^][^\]|]*)?(?:\|[^\]]*)?\]\]/g)].map((m) => m[1]!.trim());
}
