/**
 * The rules every title obeys, whatever the list looked like: no numbering
 * (`1)`, `12.`, `[12]`), no emoji shortcodes, no markup left over (`**`,
 * `](`, `<br`, `<img`, backticks), no unbalanced or empty brackets, at most
 * one sentence and at most 200 characters. And the titles people paste from
 * browser tabs (`[2106.01234] Title`, `Title | OpenReview`, `Title - YouTube`,
 * `GitHub - owner/repo: description`, wrapping quotes) become the title a
 * researcher would write, the pasted text kept as an alias.
 *
 * Pure string functions, each linear in the length of the text.
 */
import { MAX_TITLE, isSpace, trimAndCollapse } from './clean';

const SHORTCODE = /(^|[\s(])(?::[a-z0-9_+-]{1,30}:)+(?=$|[\s).,;])/gi;
const STAR_EMOJI = /[\u2B50\u{1F31F}\u2605\u2606]\uFE0F?/gu;
const NUMBERING = /^(?:\[\d{1,4}\]|\(\d{1,4}\)|\d{1,4}[.)](?=\s)|\d{1,4}[、．]|#\d{1,4}(?=\s))\s*/;

const COLON = 1;
const STAR = 2;
const TAG = 4;
const MARKUP = 8;

/** Which leftovers the text may hold, from one scan: most titles hold none. */
function leftoverFlags(t: string): number {
	let f = 0;
	for (let i = 0; i < t.length; i++) {
		const c = t.charCodeAt(i);
		if (c === 58) f |= COLON;
		else if (c === 42 || c === 96 || c === 93) f |= MARKUP; // `*`, backtick, `]`
		else if (c === 60) f |= TAG;
		else if (c === 0x2b50 || c === 0x2605 || c === 0x2606 || (c === 0xd83c && t.charCodeAt(i + 1) === 0xdf1f)) f |= STAR;
	}
	return f;
}

/** Remove leftover markup that should never reach a title. */
function dropLeftovers(text: string): string {
	const f = leftoverFlags(text);
	if (!f) return text;
	let t = text;
	if (f & COLON) t = t.replace(SHORTCODE, '$1');
	if (f & STAR) t = t.replace(STAR_EMOJI, '');
	// Whole tags were removed with the markup; what is left is either a tag cut short
	// (`<img src="…` with no `>`, dropped here) or text the list escaped on purpose
	// (`&lt;img&gt;` decoded), which are the writer's words and stay.
	if (f & TAG) t = t.replace(/<\/?(?:br|img)\b[^<>]{0,500}(?=<|$)/gi, ' ');
	return f & MARKUP ? t.replace(/\*\*|`|\]\(/g, ' ') : t;
}

/**
 * Remove empty bracket pairs (`[ ]`, `( , )`, but not the call in `pin_memory()`)
 * and any bracket without its partner. Notes keep their unbalanced parentheses
 * (`parens: false`): that is the writer's prose, not leftover link syntax.
 */
export function balanceBrackets(text: string, parens = true): string {
	if (!/[[\]()]/.test(text)) return text;
	let t = text;
	for (let k = 0; k < 3; k++) t = t.replace(/(^|[^\w)\]])(?:\[[\s,;|/]*\]|\([\s,;|/]*\))/g, '$1 ');
	// Which brackets go: usually none, so the text is returned as it is, else cut around them.
	const drop: number[] = [];
	const stack: number[] = [];
	for (let i = 0; i < t.length; i++) {
		const c = t.charCodeAt(i);
		if (!parens && (c === 40 || c === 41)) continue;
		if (c === 91 || c === 40) stack.push(i);
		else if (c === 93 || c === 41) {
			// `]` closes `[`, `)` closes `(`.
			const open = stack.length ? stack[stack.length - 1]! : -1;
			if (open >= 0 && t.charCodeAt(open) === (c === 93 ? 91 : 40)) stack.pop();
			else drop.push(i);
		}
	}
	if (!drop.length && !stack.length) return t;
	for (const i of stack) drop.push(i);
	drop.sort((a, b) => a - b);
	let out = '';
	let from = 0;
	for (const i of drop) {
		out += t.slice(from, i);
		from = i + 1;
	}
	return out + t.slice(from);
}

/** Strip numbering a list put in front of a title (`1)`, `12.`, `[12]`, `#3`). */
export function dropNumbering(text: string): string {
	let t = text.trimStart();
	for (let k = 0; k < 2; k++) {
		const c = t.charCodeAt(0);
		// Numbering starts with a digit, `[`, `(` or `#`.
		if (!((c >= 48 && c <= 57) || c === 91 || c === 40 || c === 35)) break;
		const next = t.replace(NUMBERING, '');
		if (next === t || !next.trim()) break;
		t = next;
	}
	return t;
}

/** The structural rules: leftovers, numbering and brackets, white space collapsed. */
export function tidyTitle(text: string): string {
	return trimAndCollapse(balanceBrackets(dropNumbering(dropLeftovers(text))));
}

const SITE_SUFFIX = /^(.{3,}?)\s+[|·–—-]\s+(?:by\s+[^|]{1,60}\s+[|·–—-]\s+)?(?:OpenReview|YouTube|arXiv|Medium|GitHub|Hugging ?Face|Papers [Ww]ith Code|Semantic Scholar|ACL Anthology|Substack|Towards Data Science|Google Scholar|ResearchGate|Wikipedia|Reddit|LinkedIn|Twitter|X|Coursera|Distill|NeurIPS|PMLR)(?:\.(?:com|org|net|io|co))?$/;
const ARXIV_TAB = /^\[\d{4}\.\d{4,5}(?:v\d+)?\]\s+(.+)$/;
const GITHUB_TAB = /^GitHub\s+-\s+([\w.-]+)\/([\w.-]+)(?::\s+(.+))?$/;
const QUOTED = /^["“'‘«《「『](.+)["”'’»》」』]$/;

// The last word of each site name SITE_SUFFIX knows: a title ending in none of them has no site suffix.
const SITE_LAST_WORDS = new Set(['OpenReview', 'YouTube', 'arXiv', 'Medium', 'GitHub', 'Face', 'HuggingFace', 'Code', 'Scholar', 'Anthology', 'Substack', 'Science', 'ResearchGate', 'Wikipedia', 'Reddit', 'LinkedIn', 'Twitter', 'X', 'Coursera', 'Distill', 'NeurIPS', 'PMLR']);
const SITE_TLD = /\.(?:com|org|net|io|co)$/;

/** True if the text's last word is a site SITE_SUFFIX names (`… | OpenReview`, `… - YouTube.com`). */
function endsWithSite(text: string): boolean {
	let i = text.length;
	while (i > 0 && !isSpace(text.charCodeAt(i - 1))) i--;
	if (i === 0) return false;
	const word = text.slice(i);
	return SITE_LAST_WORDS.has(word) || SITE_LAST_WORDS.has(word.replace(SITE_TLD, ''));
}

/** A title pasted from a browser tab, as a researcher would write it; undefined if it was not one. */
export function fromBrowserTab(title: string): string | undefined {
	let m = title.startsWith('[') ? ARXIV_TAB.exec(title) : null;
	if (m) return m[1]!.trim();
	m = title.startsWith('GitHub') ? GITHUB_TAB.exec(title) : null;
	if (m) {
		const desc = m[3]?.trim().replace(/\.$/, '');
		return desc && desc.length <= 80 && desc.split(' ').length >= 2 ? desc : m[2]!;
	}
	m = endsWithSite(title) ? SITE_SUFFIX.exec(title) : null;
	if (m) return m[1]!.trim();
	m = QUOTES.has(title[0] ?? '') ? QUOTED.exec(title) : null;
	if (m && !/["“”《》「」『』]/.test(m[1]!)) return m[1]!.trim();
	return undefined;
}

const QUOTES = new Set(['"', '“', "'", '‘', '«', '《', '「', '『']);

const ABBREV = /(?:\bet al|\be\.g|\bi\.e|\bvs|\bDr|\bMr|\bMs|\bProf|\bFig|\bNo|\bVol|\bSt|\bInc|\bLtd|\bv\d*|\b[A-Z])$/;

/** End of the first sentence when text has more than one, else -1. */
function firstSentenceEnd(text: string): number {
	if (!text.includes('.') && !text.includes('!')) return -1;
	const re = /[.!](?=\s+[A-Z“"(])/g;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		const head = text.slice(0, m.index);
		if (m[0] === '.' && ABBREV.test(head)) continue;
		if (head.split(' ').length < 3) continue;
		return m.index + 1;
	}
	return -1;
}

/** A citation's closing full stop (`Deep Residual Learning.`) is not part of the title; an abbreviation's is (`et al.`, `Inc.`). */
function dropClosingStop(text: string): string {
	if (text.length < 2 || text.charCodeAt(text.length - 1) !== 46 || text.charCodeAt(text.length - 2) === 46) return text;
	const head = text.slice(0, -1);
	return ABBREV.test(head) ? text : head.trimEnd();
}

const LEADING_PICTOGRAPHS = /^(?:(?:\p{Extended_Pictographic}|[\u2600-\u27BF]|\uFE0F|\u200D)+\s*)+(?=[\p{L}\p{N}])/u;

/** A finished title, plus the alias and note the rules moved out of it. */
export interface FinishedTitle {
	title: string;
	alias?: string;
	note?: string;
}

/** Apply every title rule; the text it started from is kept as an alias (tab titles) or a note (cut text). */
export function finishTitle(text: string): FinishedTitle {
	// Pictographs in front of a title (`♥️ Robot Academy`, `🔥 Flash`) decorate it; they are not its words.
	const tidy = tidyTitle(text).replace(LEADING_PICTOGRAPHS, '');
	if (!tidy) return { title: '' };
	const tab = fromBrowserTab(tidy);
	const full = tab ? tidyTitle(tab) || tidy : tidy;
	const base = dropClosingStop(full);
	const out: FinishedTitle = { title: base };
	if (tab && base !== tidy) out.alias = tidy;
	const end = firstSentenceEnd(base);
	let title = end > 0 ? base.slice(0, end).replace(/\.$/, '') : base;
	if (title.length > MAX_TITLE) {
		// One character is left for the ellipsis, so no title is ever over MAX_TITLE.
		const cut = title.slice(0, MAX_TITLE - 1);
		const space = cut.lastIndexOf(' ');
		title = `${(space > MAX_TITLE / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
	}
	if (title !== base) out.note = full;
	out.title = title;
	return out;
}
