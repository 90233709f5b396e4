/**
 * Short labels for sibling rows. A weekly digest names every section "Top ML
 * Papers of the Week (May 6 - May 12)"; at 300 px each row is cut to "Top ML
 * Papers of the …" and they all read alike. Among siblings, a long word
 * prefix that enough of them share (and a suffix they all share, "- 2024") is
 * dropped, the separators and brackets it leaves are tidied, and what tells
 * the rows apart is what shows: "May 6 - May 12".
 *
 * Conservative on purpose: a prefix is dropped only where it reads as the
 * name of a series — at least 15 characters, ending at a separator or before
 * a bracket of two words or more ("Week:", "Week (May…", never "(video)"), or
 * a long run of plain words before a number or a capital ("This Week in Rust
 * 540") — so "Module 1: Foundations", "Deep Learning (video) 2" and
 * "Introduction to deep learning" stay whole. A label is never empty and never the same as a
 * sibling's unless their full titles are the same; it is always a piece of
 * the title (spaces collapsed). The views show the full title on hover and to
 * screen readers; this module only decides the words.
 */

/** A prefix shorter than this leaves what follows it in sight at 300 px: it is kept. */
const MIN_PREFIX_CHARS = 15;
/** A prefix that ends at no separator must be this many plain words ("This Week in Rust"). */
const MIN_BARE_WORDS = 4;
/** Groups with different prefixes among one set of siblings, at most. */
const MAX_GROUPS = 8;

const SEPARATOR_TOKEN = /^[-–—|·:]+$/;
const ENDS_WITH_SEPARATOR = /[-–—|·:,]$/;
const OPENS_BRACKET = /^[([{]/;
/** What a series member's own part starts with when no separator marks it: a number, `#12`, a capital. */
const STARTS_OWN_PART = /^(?:[#№]?\p{N}|\p{Lu})/u;
/** A word of a plain phrase: no separator, no bracket ("Lecture" after "CSE373 2012 -" is not one series name). */
const PLAIN_WORD = /^[\p{L}\p{N}][\p{L}\p{N}'’.&+]*$/u;
const LEADING_MESS = /^[\s\-–—|·:,/;]+/;
const TRAILING_MESS = /[\s\-–—|·:,/;]+$/;
const PAIRS: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

/** What some text does to the brackets: how many it leaves open, and how far it dips below where it began. */
function brackets(text: string): { delta: number; low: number } {
	let delta = 0;
	let low = 0;
	for (const ch of text) {
		if (ch === '(' || ch === '[' || ch === '{') delta++;
		else if (ch === ')' || ch === ']' || ch === '}') low = Math.min(low, --delta);
	}
	return { delta, low };
}

/**
 * Whether the words from `at` open a bracket that holds two words or more
 * ("(May 6 - May 12)"), not one ("(video)", "(GPT-3)": a qualifier, not a name).
 */
function opensGroup(words: readonly string[], at: number): boolean {
	if (!OPENS_BRACKET.test(words[at] ?? '')) return false;
	let depth = 0;
	for (let k = at; k < words.length; k++) {
		for (const ch of words[k]!) {
			if (ch === '(' || ch === '[' || ch === '{') depth++;
			else if ((ch === ')' || ch === ']' || ch === '}') && --depth <= 0) return k > at;
		}
	}
	return true;
}

/** Whether the bracket opening `text` closes at its very end. */
function wrapped(text: string): boolean {
	const close = PAIRS[text[0] ?? ''];
	if (!close || !text.endsWith(close)) return false;
	let depth = 0;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		if (ch in PAIRS) depth++;
		else if (ch === ')' || ch === ']' || ch === '}') {
			depth--;
			if (depth === 0) return i === text.length - 1;
		}
	}
	return false;
}

/** What is left of some words: separators at either end and brackets around the whole taken away. */
function tidy(words: readonly string[]): string {
	let text = words.join(' ').replace(LEADING_MESS, '').replace(TRAILING_MESS, '');
	while (wrapped(text)) text = text.slice(1, -1).trim().replace(LEADING_MESS, '').replace(TRAILING_MESS, '');
	return text;
}

/** A series name: how many words it is, the titles it starts, and how much dropping it saves. */
interface Series {
	words: number;
	members: number[];
	score: number;
	/** It ends at a separator or before a bracketed group, not a plain phrase. */
	marked: boolean;
}

/** A prefix of some titles, what it is made of, and what follows it in each. */
interface Prefix {
	children: Map<string, Prefix>;
	words: number;
	chars: number;
	/** Brackets left open; `broken` once it closes one it never opened. */
	open: number;
	broken: boolean;
	/** Only plain words (letters, digits), no separator or bracket. */
	plain: boolean;
	/** Titles with this prefix and a word after it. */
	members: number[];
	/** Of those, the ones whose own part starts at a separator or a bracketed group. */
	marked: number[];
	/** Whether every member's next word starts with a number or a capital. */
	ownPart: boolean;
}

/** Every word prefix of the titles that leaves each a word of its own. */
function prefixTree(words: readonly string[][]): Prefix {
	const root: Prefix = {
		children: new Map(), words: 0, chars: -1, open: 0, broken: false, plain: true,
		members: [], marked: [], ownPart: true,
	};
	for (let i = 0; i < words.length; i++) {
		let node = root;
		const w = words[i]!;
		for (let k = 0; k < w.length - 1; k++) {
			const word = w[k]!;
			let child = node.children.get(word);
			if (!child) {
				const b = brackets(word);
				child = {
					children: new Map(), words: k + 1, chars: node.chars + 1 + word.length,
					open: node.open + b.delta, broken: node.broken || node.open + b.low < 0,
					plain: node.plain && PLAIN_WORD.test(word), members: [], marked: [], ownPart: true,
				};
				node.children.set(word, child);
			}
			const next = w[k + 1]!;
			child.members.push(i);
			// Ends at a separator ("Week:") or before one or a bracketed group ("Week (May…", "Week - May…").
			const marked = ENDS_WITH_SEPARATOR.test(word) || SEPARATOR_TOKEN.test(next) || opensGroup(w, k + 1);
			if (marked) child.marked.push(i);
			if (child.ownPart && !STARTS_OWN_PART.test(next)) child.ownPart = false;
			node = child;
		}
	}
	return root;
}

/**
 * The prefixes that read as a series name, best first: those that end at a
 * separator or before a bracketed group, then long plain phrases before a
 * number or a capital; within each, the most characters saved, then the longest.
 */
function seriesNames(words: readonly string[][], siblings: number): Series[] {
	const out: Series[] = [];
	const stack = [...prefixTree(words).children.values()];
	for (let node = stack.pop(); node; node = stack.pop()) {
		if (node.members.length < 2) continue;
		for (const c of node.children.values()) stack.push(c);
		if (node.chars < MIN_PREFIX_CHARS || node.open !== 0 || node.broken) continue;
		const m = node.marked.length;
		if (m >= 2) out.push({ words: node.words, members: node.marked, score: m * node.chars, marked: true });
		const n = node.members.length;
		if (n >= 3 && n * 2 >= siblings && node.plain && node.words >= MIN_BARE_WORDS && node.ownPart) {
			out.push({ words: node.words, members: node.members, score: n * node.chars, marked: false });
		}
	}
	return out.sort((a, b) => Number(b.marked) - Number(a.marked) || b.score - a.score || b.words - a.words);
}

/**
 * The words at the end that every one of `members` shares, when they start at a
 * separator (`- 2024`, `, 2024`) or, if `bracketed`, a bracket (`(2024)`), and
 * leave each member a word of its own. How many words to drop from each.
 */
function commonSuffix(
	members: readonly number[],
	words: readonly string[][],
	head: readonly number[],
	bracketed: boolean,
): number {
	const own = (i: number): number => words[i]!.length - head[i]!;
	let n = Infinity;
	for (const i of members) n = Math.min(n, own(i) - 1);
	const first = words[members[0]!]!;
	for (let k = 1; k <= n; k++) {
		const w = first[first.length - k];
		if (!members.every((i) => words[i]![words[i]!.length - k] === w)) {
			n = k - 1;
			break;
		}
	}
	for (let k = n; k > 0; k--) {
		const suffix = first.slice(first.length - k);
		const b = brackets(suffix.join(' '));
		if (b.delta !== 0 || b.low < 0) continue;
		const lead = suffix[0]!;
		const before = members.every((i) => ENDS_WITH_SEPARATOR.test(words[i]![words[i]!.length - k - 1]!));
		if (SEPARATOR_TOKEN.test(lead) || before || (bracketed && OPENS_BRACKET.test(lead))) return k;
	}
	return 0;
}

/**
 * Each title's label among its siblings, in order: the part that tells it
 * apart from the others, or the title itself when nothing can be dropped.
 */
export function siblingLabels(titles: readonly string[]): string[] {
	if (titles.length < 2) return [...titles];
	const words = titles.map((t) => t.trim().split(/\s+/).filter(Boolean));
	const head = titles.map(() => 0);
	const tail = titles.map(() => 0);
	let groups = 0;
	for (const series of seriesNames(words, titles.length)) {
		// A title belongs to one series: the best that still has enough members left.
		const members = series.members.filter((i) => !head[i]);
		const n = members.length;
		const enough = series.marked ? n >= 3 || (n === 2 && titles.length === 2) : n >= 3 && n * 2 >= titles.length;
		if (!enough) continue;
		for (const i of members) head[i] = series.words;
		const drop = commonSuffix(members, words, head, true);
		for (const i of members) tail[i] = drop;
		if (++groups === MAX_GROUPS) break;
	}
	// Siblings in no series still lose a dated suffix they all share ("Week 1 - 2024", "Week 2 - 2024").
	if (!groups && titles.length >= 3) {
		const all = titles.map((_, i) => i);
		const drop = commonSuffix(all, words, head, false);
		for (const i of all) tail[i] = drop;
	}
	const labels = titles.map((title, i) => {
		if (!head[i] && !tail[i]) return title;
		const w = words[i]!;
		const label = tidy(w.slice(head[i], w.length - tail[i]!));
		return /[\p{L}\p{N}]/u.test(label) ? label : title;
	});
	return unambiguous(titles, labels);
}

/** Labels two siblings with different titles would share go back to the full titles, until none is left. */
function unambiguous(titles: readonly string[], labels: string[]): string[] {
	for (let changed = true; changed; ) {
		changed = false;
		const byLabel = new Map<string, number[]>();
		labels.forEach((l, i) => {
			const key = l.toLowerCase();
			const same = byLabel.get(key);
			if (same) same.push(i);
			else byLabel.set(key, [i]);
		});
		for (const same of byLabel.values()) {
			if (same.length < 2 || same.every((i) => titles[i] === titles[same[0]!])) continue;
			for (const i of same) {
				if (labels[i] !== titles[i]) {
					labels[i] = titles[i]!;
					changed = true;
				}
			}
		}
	}
	return labels;
}
