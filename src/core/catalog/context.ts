/**
 * What reading one item needs to know about its whole list, gathered in one
 * pass over the outline before any item is read: every text's inline parts
 * (parsed once, kept for the item readers), the link labels that repeat
 * across the list with different targets (`Link to Course`, `thecvf`: a
 * label repeated on three or more different links names none of them), the
 * section titles that repeat under many sections (`References`, `2024`), and
 * the repositories the list is about itself (those whose stars, contributors
 * or CONTRIBUTING it links).
 */
import type { OutlineNode } from '../types';
import { labelWords, titleKey } from '../text/clean';
import type { CanonicalUrl, Canonicalizer } from '../url/canonical';
import { scanInline, type InlinePart, type RefDefs } from '../parse/inline';
import { githubRepo, isRepoMeta, type ListLinks } from './roles';

/** A label used on this many different links is a label, not a name. */
const GENERIC_FROM = 3;
/** A link this many times in a list's paragraphs and callouts, and never in its lists, is a banner (a book's promotion). */
const BANNER_FROM = 3;
/** A section title used this many times in a list names no section of its own. */
const REPEATED_FROM = 3;

/** A text's inline parts, with what the context pass worked out of each of its links, by the part's index. */
export interface TextLinks {
	parts: InlinePart[];
	/** The canonical URL of a link whose target is an `http(s)://` or `//` address as written (null: not a valid one). */
	canons: (CanonicalUrl | null | undefined)[];
	/** A link label's words (`labelWords`). */
	words: (string | undefined)[];
}

export interface ListContext extends ListLinks {
	file: string;
	refs: RefDefs;
	canon: Canonicalizer;
	/** The list's own address, against which its relative links are read (unknown for a local file). */
	base?: string;
	/** True for a link the reader asked to keep as a reading though it reads as furniture. */
	keep(url: string): boolean;
	/** The inline parts of a text of this list (each text parsed once), with what the context pass read of its links. */
	links(text: string): TextLinks;
	/** True if these label words (`labelWords`) repeat on many different links of the list. */
	repeatedLabel(words: string): boolean;
	/** How many times a section title (`titleKey`) stands in the list. */
	headingCount(key: string): number;
	/** True if links to this page (canonical key) are told apart by their `#anchor`: each anchor is a reading of its own. */
	byAnchor(key: string): boolean;
	/** True if this address (canonical key) is a banner: repeated in three or more places, never as an item of a list. */
	banner(key: string): boolean;
	/** The name each link label gives in this list (null: none), filled in by the resolver: lists repeat their labels. */
	labelNames: Map<string, string | null>;
}

/** Every text of a node and its cells, with the node. */
function eachText(nodes: OutlineNode[], f: (text: string, node: OutlineNode) => void): void {
	const stack = [...nodes].reverse();
	while (stack.length) {
		const n = stack.pop()!;
		if (n.type !== 'code') {
			f(n.text, n);
			if (n.cells) for (const c of n.cells) f(c.value, n);
		}
		for (let k = n.children.length - 1; k >= 0; k--) stack.push(n.children[k]!);
	}
}

/** Which left-out links to keep as readings: all of them, or those the reader ticked (by address). */
export type KeepLinks = 'all' | ReadonlySet<string>;

/** Gather what the items of one list need to know about the whole list. */
export function listContext(file: string, nodes: OutlineNode[], refs: RefDefs, canon: Canonicalizer, opts: { base?: string; keep?: KeepLinks } = {}): ListContext {
	const texts = new Map<string, TextLinks>();
	const links = (text: string): TextLinks => {
		let t = texts.get(text);
		if (!t) {
			t = { parts: scanInline(text, refs), canons: [], words: [] };
			texts.set(text, t);
		}
		return t;
	};
	// Per label's words, its first target, then (from a second) up to GENERIC_FROM of them: most labels stand once.
	const labelTargets = new Map<string, string | string[]>();
	// Lists repeat their labels (`Paper`, `Code`, `Link to Course`): each one's words are worked out once.
	const labels = new Map<string, string>();
	const wordsOf = (label: string): string => {
		let w = labels.get(label);
		if (w === undefined) labels.set(label, (w = labelWords(label)));
		return w;
	};
	// Per page, the anchors its links carry and the words they carry them with.
	const anchors = new Map<string, Map<string, string>>();
	// Per address, how often it stands outside list items and tables (negative once it stands in one).
	const outside = new Map<string, number>();
	const headings = new Map<string, number>();
	const ownRepos = new Set<string>();
	eachText(nodes, (text, node) => {
		if (node.type === 'heading' && text === node.text) {
			const key = titleKey(text);
			headings.set(key, (headings.get(key) ?? 0) + 1);
		}
		if (!text) return;
		// Each link's address and words are kept by the text: the item reader asks for them again.
		const t = links(text);
		for (let k = 0; k < t.parts.length; k++) {
			const p = t.parts[k]!;
			if (p.type !== 'link' || p.link.image) continue;
			const absolute = /^(?:https?:)?\/\//i.test(p.link.target);
			const c = absolute ? canon(p.link.target) : undefined;
			if (absolute) t.canons[k] = c ?? null;
			if (c && isRepoMeta(c)) ownRepos.add(githubRepo(c)!);
			if (c) {
				const listed = (node.type === 'item' && node.origin !== 'paragraph') || node.type === 'table-row';
				const n = outside.get(c.key) ?? 0;
				outside.set(c.key, listed || n < 0 ? -1 : n + 1);
			}
			if (p.link.label === undefined) continue;
			const words = wordsOf(p.link.label);
			t.words[k] = words;
			if (!words) continue;
			const hash = p.link.target.indexOf('#');
			if (c && hash > 0 && hash < p.link.target.length - 1) {
				let page = anchors.get(c.key);
				if (!page) anchors.set(c.key, (page = new Map<string, string>()));
				page.set(p.link.target.slice(hash + 1), words);
			}
			const target = c?.key ?? p.link.target;
			const targets = labelTargets.get(words);
			if (targets === undefined) labelTargets.set(words, target);
			else if (typeof targets === 'string') {
				if (targets !== target) labelTargets.set(words, [targets, target]);
			} else if (targets.length < GENERIC_FROM && !targets.includes(target)) targets.push(target);
		}
	});
	const { keep } = opts;
	// A list read from its repository is that repository's: links to it are the list's own.
	const home = opts.base ? canon(opts.base) : undefined;
	if (home && githubRepo(home)) ownRepos.add(githubRepo(home)!);
	// The answers, settled once the pass is over: most lists have no banner, repeated label or anchored page, and
	// every link asks, so an empty set answers without looking its key up.
	const repeated = keysWhere(labelTargets, (targets) => typeof targets !== 'string' && targets.length >= GENERIC_FROM);
	const banners = keysWhere(outside, (n) => n >= BANNER_FROM);
	const anchored = keysWhere(anchors, (page) => page.size >= 2 && new Set(page.values()).size === page.size);
	return {
		file,
		refs,
		canon,
		...(opts.base ? { base: opts.base } : {}),
		keep: keep === 'all' ? () => true : keep ? (url) => keep.has(url) : () => false,
		ownRepos,
		links,
		repeatedLabel: (words) => repeated.size > 0 && repeated.has(words),
		headingCount: (key) => headings.get(key) ?? 0,
		banner: (key) => banners.size > 0 && banners.has(key),
		byAnchor: (key) => anchored.size > 0 && anchored.has(key),
		labelNames: new Map(),
	};
}

/** The keys of a map whose values pass a test. */
function keysWhere<V>(map: Map<string, V>, test: (value: V) => boolean): Set<string> {
	const out = new Set<string>();
	for (const [key, value] of map) if (test(value)) out.add(key);
	return out;
}

export { REPEATED_FROM };
