/**
 * Finds where a note mentions a concept or topic by its title or one of its
 * aliases: whole words, any case, the longest name first, only in prose (see
 * `regions.ts`). Names are held in a trie and tried from each place a word may
 * start, so the work grows with the note's length times the longest name, not
 * with the number of concepts. The trie is built once per list of targets,
 * so treat a list as read-only once it has been passed in.
 *
 * Scripts written without spaces (Chinese, Japanese, Korean with its attached
 * particles, Thai) have no word boundaries to honour: a name in them matches
 * wherever it appears, and a Latin name next to such a character counts as a
 * whole word. It finds; it does not write (see `edit.ts`).
 */
import { linkTargets } from '../note/wikilinks';
import { prose } from './regions';

/** A note that can be linked to, and the names a reader may call it by. */
export interface MentionTarget {
	/** What identifies the note: its path. */
	key: string;
	/** Its title: the note's name. */
	title: string;
	/** Other names for it (`aliases`). */
	aliases: string[];
	/** Whether its first mention is checked by default (default yes); offered either way. */
	suggest?: boolean;
}

/**
 * Whether a title names something specific enough to link without asking:
 * several words (`Flash Attention`), an acronym or inner capital (`RAG`,
 * `vLLM`), a digit (`Phi-3`) or a script without spaces. A single plain word
 * (`Framework`, `methods`, `Mobile`) is often a section heading that reads as
 * an ordinary word in prose, so its mentions are offered unchecked.
 */
export function distinctive(title: string): boolean {
	const t = title.trim();
	return /\s/.test(t) || /\p{Lu}/u.test(t.slice(1)) || /\p{N}/u.test(t) || noSpaceScript(t.codePointAt(0));
}

/** One place where a note mentions a target. */
export interface Mention {
	start: number;
	end: number;
	/** The words as written in the note. */
	text: string;
	/** The target's key. */
	key: string;
	/** The target's title. */
	title: string;
	/** Whether to link it unless the reader says otherwise: the first mention of a target the note does not link yet. */
	checked: boolean;
}

/** Options for `findMentions`. */
export interface FindOptions {
	/** The note's own key: a note never links itself. */
	self?: string;
	/** Counts the characters compared, so tests can check the cost is linear. */
	stats?: { steps: number };
}

interface TrieNode {
	next: Map<number, TrieNode>;
	/** Index of the target this name ends at; -1 when two targets share the name. */
	target?: number;
	/** Whether the name is that target's title (a title outranks an alias of another note). */
	title?: boolean;
}

const NO_SPACE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
const WORD = /[\p{L}\p{N}\p{M}_]/u;
const SPACE = 32;

function isSpace(c: number): boolean {
	// Not a line break: a link cannot span lines, and the next line may be another list item.
	return c === 32 || c === 9 || c === 0xa0 || c === 0x3000;
}

function codePointBefore(text: string, i: number): number | undefined {
	if (i <= 0) return undefined;
	const c = text.charCodeAt(i - 1);
	if (c >= 0xdc00 && c <= 0xdfff && i >= 2) return text.codePointAt(i - 2);
	return c;
}

/** Whether a character joins the word next to it, so a name may not end or start beside it. */
function joinsWord(cp: number | undefined): boolean {
	if (cp === undefined) return false;
	if (cp < 128) return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122) || cp === 95;
	const ch = String.fromCodePoint(cp);
	return WORD.test(ch) && !NO_SPACE_SCRIPT.test(ch);
}

function noSpaceScript(cp: number | undefined): boolean {
	return cp !== undefined && cp >= 128 && NO_SPACE_SCRIPT.test(String.fromCodePoint(cp));
}

/** Lower-case a text without changing its length, so offsets still point into the original. */
function foldCase(text: string): string {
	const lower = text.toLowerCase();
	if (lower.length === text.length) return lower;
	let out = '';
	for (const ch of text) {
		const l = ch.toLowerCase();
		out += l.length === ch.length ? l : ch;
	}
	return out;
}

/** The forms a name is matched in: case folded, spaces collapsed, composed and decomposed accents. */
function nameForms(name: string): string[] {
	const base = foldCase(name.trim().replace(/\s+/g, ' '));
	return [...new Set([base.normalize('NFC'), base.normalize('NFD')])];
}

function worthMatching(form: string): boolean {
	const first = form.codePointAt(0);
	return form.length >= 2 || noSpaceScript(first);
}

/** Tries by target list: a run over thousands of notes builds its trie once. */
const tries = new WeakMap<MentionTarget[], TrieNode>();

function trieFor(targets: MentionTarget[]): TrieNode {
	let root = tries.get(targets);
	if (!root) tries.set(targets, (root = buildTrie(targets)));
	return root;
}

function buildTrie(targets: MentionTarget[]): TrieNode {
	const root: TrieNode = { next: new Map() };
	targets.forEach((t, index) => {
		const names = [{ name: t.title, title: true }, ...t.aliases.map((name) => ({ name, title: false }))];
		for (const { name, title } of names) {
			for (const form of nameForms(name)) {
				if (!worthMatching(form)) continue;
				let node = root;
				for (let i = 0; i < form.length; i++) {
					const c = form.charCodeAt(i);
					let child = node.next.get(c);
					if (!child) node.next.set(c, (child = { next: new Map() }));
					node = child;
				}
				if (node.target === undefined || node.target === index) {
					node.target = index;
					node.title = node.title || title;
				} else if (title && !node.title) {
					node.target = index;
					node.title = true;
				} else if (title === node.title) node.target = -1;
			}
		}
	});
	return root;
}

/** The longest name that starts at `start`, whole words only: its end and target, or undefined. */
function longestAt(text: string, folded: string, mask: Uint8Array, root: TrieNode, start: number, stats?: { steps: number }): { end: number; target: number } | undefined {
	let node: TrieNode | undefined = root;
	let i = start;
	let best: { end: number; target: number } | undefined;
	while (node && i < folded.length && mask[i]) {
		const c = folded.charCodeAt(i);
		if (stats) stats.steps++;
		if (isSpace(c)) {
			node = node.next.get(SPACE);
			while (i < folded.length && mask[i] && isSpace(folded.charCodeAt(i))) i++;
		} else {
			node = node.next.get(c);
			i++;
		}
		if (node?.target !== undefined && node.target >= 0 && !isSpace(folded.charCodeAt(i - 1))) {
			const last = codePointBefore(text, i);
			const after = text.codePointAt(i);
			if (noSpaceScript(last) || !joinsWord(after)) best = { end: i, target: node.target };
		}
	}
	return best;
}

/** Every mention of the targets in a note's text, in order, none overlapping. */
export function findMentions(text: string, targets: MentionTarget[], options: FindOptions = {}): Mention[] {
	const root = trieFor(targets);
	if (!root.next.size) return [];
	const mask = prose(text);
	const folded = foldCase(text);
	const linked = new Set(linkTargets(text).map((t) => (t.split('/').pop() ?? t).replace(/\.md$/i, '').toLowerCase()));
	const seen = new Set<number>();
	const out: Mention[] = [];
	for (let i = 0; i < text.length; i++) {
		if (!mask[i] || !root.next.has(folded.charCodeAt(i))) continue;
		const first = text.codePointAt(i);
		if (!noSpaceScript(first) && joinsWord(codePointBefore(text, i))) continue;
		const hit = longestAt(text, folded, mask, root, i, options.stats);
		if (!hit) continue;
		const t = targets[hit.target]!;
		// The note's own name in its text is not a mention; nor is a shorter name inside it.
		if (t.key === options.self) {
			i = hit.end - 1;
			continue;
		}
		const already = linked.has(t.title.toLowerCase()) || linked.has((t.key.split('/').pop() ?? '').replace(/\.md$/i, '').toLowerCase());
		out.push({ start: i, end: hit.end, text: text.slice(i, hit.end), key: t.key, title: t.title, checked: t.suggest !== false && !already && !seen.has(hit.target) });
		seen.add(hit.target);
		i = hit.end - 1;
	}
	return out;
}
