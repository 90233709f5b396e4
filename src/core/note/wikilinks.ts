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
 * A wikilink in running text as Obsidian reads it: `[[target#heading|shown]]`,
 * `![[embed]]`, no `]` or line break inside; the target (empty for a link into
 * the same note) stops at `#`, `^` or `|`. Groups: `!`, target, subpath, shown.
 */
const WIKILINK = String.raw`(!?)\[\[([^\]|#^\n]*)((?:[#^][^\]|\n]*)?)(?:\|([^\]\n]*))?\]\]`;

/** A fresh global expression for the wikilinks of a text (groups: `!`, target, subpath, shown text). */
export function wikilinkPattern(): RegExp {
	return new RegExp(WIKILINK, 'g');
}

/** The expression's source, for a scanner that masks wikilinks among other spans. */
export const WIKILINK_SOURCE = WIKILINK;

/** A value that is exactly one wikilink (spaces around allowed): what it links to, as written, and what it shows. */
export interface ReadLink {
	/** Everything before `|`: the note, with any `#heading` or `^block`. */
	target: string;
	/** The text after `|`, if any. */
	shown?: string;
	embed: boolean;
}

/**
 * Read a value that is one `[[target|shown]]` (`![[…]]` too), or undefined.
 * With string operations: a re-import asks this of every list and topic value of every note.
 */
export function readWikilink(value: string): ReadLink | undefined {
	const v = value.trim();
	const open = v.startsWith('![[') ? 3 : v.startsWith('[[') ? 2 : -1;
	if (open < 0 || v.length < open + 3 || !v.endsWith(']]')) return undefined;
	const inner = v.slice(open, -2);
	if (inner.includes(']')) return undefined;
	const bar = inner.indexOf('|');
	const written = bar < 0 ? inner : inner.slice(0, bar);
	if (!written) return undefined;
	const target = written.trim();
	return bar < 0 ? { target, embed: open === 3 } : { target, shown: inner.slice(bar + 1), embed: open === 3 };
}

/** The target of a `[[target|alias]]` value (`![[…]]` too, spaces around allowed), or undefined. */
export function linkTarget(value: string): string | undefined {
	return readWikilink(value)?.target;
}

/** Every wikilink target in a text (the note's name or path, without `#heading`). */
export function linkTargets(text: string): string[] {
	return [...text.matchAll(wikilinkPattern())].map((m) => m[2]!.trim()).filter(Boolean);
}

/** A text with each wikilink as the words it shows: its text after `|`, else its target. */
export function wikilinkWords(text: string): string {
	const words = (_all: string, _embed: string, target: string, sub: string, shown: string | undefined): string => shown ?? `${target}${sub}`;
	return text.replace(wikilinkPattern(), words);
}
