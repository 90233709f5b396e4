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
		if (this.memo.size) this.memo.clear();
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
		if (this.memo.size) this.memo.clear();
		this.byPath.delete(lower);
		const name = basenameOf(path).toLowerCase();
		const list = this.byName.get(name)?.filter((p) => p.toLowerCase() !== lower);
		if (list?.length) this.byName.set(name, list);
		else this.byName.delete(name);
	}

	/** The path a link target (`Name`, `Folder/Name`, `Name.md`, `Name#Heading`) points at. */
	resolve(linkpath: string): string | undefined {
		if (this.memo.has(linkpath)) return this.memo.get(linkpath);
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

/** The target of a `[[target|alias]]` value, or undefined if it is not a wikilink. */
export function linkTarget(value: string): string | undefined {
	const m = /^\s*!?\[\[([^\]|]+)(?:\|[^\]]*)?\]\]\s*$/.exec(value);
	return m?.[1]?.trim();
}

/** Every wikilink target in a text. */
export function linkTargets(text: string): string[] {
	return [...text.matchAll(/\[\[([^\]|#^]+)(?:[#^][^\]|]*)?(?:\|[^\]]*)?\]\]/g)].map((m) => m[1]!.trim());
}
