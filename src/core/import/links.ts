/**
 * The links an import writes into notes, once every note has a path: to a
 * note by id, to topics and lists, the aliases a note takes, and whether a
 * property value the note has already says the same as one the list gives.
 */
import type { Catalog } from '../types';
import { linkTarget } from '../note/wikilinks';
import { listId } from '../note/list-identity';
import { basenameOf, safeFileName } from '../note/names';
import { values, type VaultIndex, type Wanted } from './vault-index';

/** Properties whose values are links, compared by the note they reach. */
const LINK_KEYS = new Set(['topics', 'lists']);

/** Links between the notes of one import. */
export class ImportLinks {
	private readonly topicIds: Map<string, string>;
	/** Each list file's link, or its title when its note has no path. */
	readonly listLinks: Map<string, string>;

	constructor(
		catalog: Catalog,
		private readonly byId: Map<string, Wanted>,
		private readonly index: VaultIndex,
	) {
		this.topicIds = new Map(catalog.topics.map((t) => [t.title, t.id]));
		this.listLinks = new Map(catalog.lists.map((l) => [l.file, this.linkTo(listId(l)) ?? l.title]));
	}

	/** A wikilink to the note with this id, showing `display` when its name differs. */
	linkTo(id: string, display?: string): string | undefined {
		const p = this.byId.get(id)?.path;
		return p ? this.index.resolver.link(p, display) : undefined;
	}

	/** Links to topics by title, made once: thousands of items share a few hundred topics, and every note has its path before links are made. */
	private readonly topicLinkMemo = new Map<string, string | undefined>();

	/** A link to the topic with this title. */
	topicLink(title: string): string | undefined {
		if (this.topicLinkMemo.has(title)) return this.topicLinkMemo.get(title);
		const id = this.topicIds.get(title);
		const link = id ? this.linkTo(id) : undefined;
		this.topicLinkMemo.set(title, link);
		return link;
	}

	/** Links to the innermost topic of each topic path, each once. */
	topicLinks(paths: string[][]): string[] {
		const links: string[] = [];
		for (const p of paths) {
			const link = this.topicLink(p[p.length - 1]!);
			if (link) links.push(link);
		}
		return unique(links);
	}

	/** Links to the list notes of these sources, each once. */
	listsOf(sources: { file: string }[]): string[] {
		const links: string[] = [];
		for (const s of sources) {
			const link = this.listLinks.get(s.file);
			if (link && link.startsWith('[[')) links.push(link);
		}
		return unique(links);
	}

	/**
	 * Every label the lists give a note that its file name does not say is an alias, so the
	 * picker and links find it by that name too: a title the file name could not hold, a
	 * disambiguated name (`X (paper)`), and another list's name for the same thing. A note
	 * that exists takes the title only from a list it is joining: a list it is already in
	 * said that before, and a note the reader renamed since is theirs to name.
	 */
	aliasesFor(w: Wanted, labels: string[], lists: string[] = []): string[] {
		const had = w.existing ? values(w.existing.properties.lists) : [];
		// A value spelt the same needs no link resolution (`same` holds for equal strings).
		const joining = !w.existing || lists.some((l) => !had.includes(l) && !had.some((h) => this.same('lists', h, l)));
		// Most notes of a re-import join no list and have no other label: nothing to name.
		if (!joining && !labels.length) return [];
		const name = (w.path ? basenameOf(w.path) : safeFileName(w.title)).toLowerCase();
		return unique([...(joining ? [w.title] : []), ...labels].filter((l) => l.trim() && l.trim().toLowerCase() !== name));
	}

	/** Whether two values of a property say the same: links by the note they reach, text by its words. */
	readonly same = (key: string, a: string, b: string): boolean => {
		if (LINK_KEYS.has(key)) {
			const ta = linkTarget(a);
			const tb = linkTarget(b);
			if (ta && tb) return this.sameTarget(ta, tb);
		}
		return a.trim().toLowerCase() === b.trim().toLowerCase();
	};

	/** Whether two link targets reach the same note (by name when either reaches none). */
	readonly sameTarget = (a: string, b: string): boolean => {
		const pa = this.index.resolver.resolve(a);
		const pb = this.index.resolver.resolve(b);
		if (pa && pb) return pa === pb;
		return a.toLowerCase() === b.toLowerCase();
	};
}

/** Values each once, ignoring case: the array given when it holds one value or none (callers hand in arrays they made). */
export function unique(items: string[]): string[] {
	// Most items have one topic and one list: nothing to compare.
	if (items.length < 2) return items;
	const seen = new Set<string>();
	return items.filter((v) => {
		const k = v.toLowerCase();
		if (seen.has(k)) return false;
		seen.add(k);
		return true;
	});
}
