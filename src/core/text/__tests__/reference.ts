/**
 * The text rules as they were written before the single-pass versions: one
 * regular expression per rule. Kept for the differential test only; the
 * single-pass functions in `clean.ts` and `title.ts` must give the same
 * answer on every input.
 */
import { MAX_TITLE } from '../clean';

export function trimSeparators(text: string): string {
	return text.replace(/^[\s\-–—:;,|>=~]+/, '').replace(/[\s\-–—:;,|<=~]+$/, '');
}

export function titleKey(title: string): string {
	return title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '');
}

export function normalLabel(label: string): string {
	return label.toLowerCase().replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

const SHORTCODE = /(^|[\s(])(?::[a-z0-9_+-]{1,30}:)+(?=$|[\s).,;])/gi;
const STAR_EMOJI = /[\u2B50\u{1F31F}\u2605\u2606]\uFE0F?/gu;

function dropLeftovers(text: string): string {
	let t = text;
	if (t.includes(':')) t = t.replace(SHORTCODE, '$1');
	t = t.replace(STAR_EMOJI, '');
	if (t.includes('<')) t = t.replace(/<\/?(?:br|img)\b[^<>]{0,500}(?=<|$)/gi, ' ');
	return t.replace(/\*\*|`|\]\(/g, ' ');
}

const NUMBERING = /^(?:\[\d{1,4}\]|\(\d{1,4}\)|\d{1,4}[.)](?=\s)|\d{1,4}[、．]|#\d{1,4}(?=\s))\s*/;

function dropNumbering(text: string): string {
	let t = text.trimStart();
	for (let k = 0; k < 2; k++) {
		const next = t.replace(NUMBERING, '');
		if (next === t || !next.trim()) break;
		t = next;
	}
	return t;
}

/** `balanceBrackets` as it was: a keep flag per character, the result grown a character at a time. */
export function balanceBrackets(text: string, parens = true): string {
	if (!/[[\]()]/.test(text)) return text;
	let t = text;
	for (let k = 0; k < 3; k++) t = t.replace(/(^|[^\w)\]])(?:\[[\s,;|/]*\]|\([\s,;|/]*\))/g, '$1 ');
	const keep = new Array<boolean>(t.length).fill(true);
	const stack: number[] = [];
	for (let i = 0; i < t.length; i++) {
		const c = t[i];
		if (!parens && (c === '(' || c === ')')) continue;
		if (c === '[' || c === '(') stack.push(i);
		else if (c === ']' || c === ')') {
			const open = stack.length ? stack[stack.length - 1]! : -1;
			if (open >= 0 && t[open] === (c === ']' ? '[' : '(')) stack.pop();
			else keep[i] = false;
		}
	}
	for (const i of stack) keep[i] = false;
	let out = '';
	for (let i = 0; i < t.length; i++) if (keep[i]) out += t[i];
	return out;
}

export function tidyTitle(text: string): string {
	const t = balanceBrackets(dropNumbering(dropLeftovers(text)));
	return t.replace(/\s+/g, ' ').replace(/^[\s\-–—:;,|>=~]+/, '').replace(/[\s\-–—:;,|<=~]+$/, '').trim();
}

const STATUS_MARKERS = [/\[(?:done|finished)\]|\((?:done|finished)\)|✅|✔️?|☑️?/giu, /\[(?:wip|reading|in progress)\]|\((?:reading|wip|in progress)\)|📖/giu, /\[(?:skip|skipped)\]|\((?:skip|skipped)\)/giu];

/** The text `takeStatusMarkers` leaves, and which marker kinds it found. */
export function statusMarkers(text: string): { text: string; found: boolean[] } {
	let out = text;
	const found = STATUS_MARKERS.map((re) => {
		re.lastIndex = 0;
		const hit = re.test(out);
		re.lastIndex = 0;
		if (hit) out = out.replace(re, ' ');
		return hit;
	});
	return { text: out, found };
}

const SITE_SUFFIX = /^(.{3,}?)\s+[|·–—-]\s+(?:by\s+[^|]{1,60}\s+[|·–—-]\s+)?(?:OpenReview|YouTube|arXiv|Medium|GitHub|Hugging ?Face|Papers [Ww]ith Code|Semantic Scholar|ACL Anthology|Substack|Towards Data Science|Google Scholar|ResearchGate|Wikipedia|Reddit|LinkedIn|Twitter|X|Coursera|Distill|NeurIPS|PMLR)(?:\.(?:com|org|net|io|co))?$/;
const ARXIV_TAB = /^\[\d{4}\.\d{4,5}(?:v\d+)?\]\s+(.+)$/;
const GITHUB_TAB = /^GitHub\s+-\s+([\w.-]+)\/([\w.-]+)(?::\s+(.+))?$/;
const QUOTED = /^["“'‘«《「『](.+)["”'’»》」』]$/;

/** A title pasted from a browser tab, as a researcher would write it; undefined if it was not one. */
export function fromBrowserTab(title: string): string | undefined {
	let m = ARXIV_TAB.exec(title);
	if (m) return m[1]!.trim();
	m = GITHUB_TAB.exec(title);
	if (m) {
		const desc = m[3]?.trim().replace(/\.$/, '');
		return desc && desc.length <= 80 && desc.split(' ').length >= 2 ? desc : m[2]!;
	}
	m = SITE_SUFFIX.exec(title);
	if (m) return m[1]!.trim();
	m = QUOTED.exec(title);
	if (m && !/["“”《》「」『』]/.test(m[1]!)) return m[1]!.trim();
	return undefined;
}

const ABBREV = /(?:\bet al|\be\.g|\bi\.e|\bvs|\bDr|\bMr|\bMs|\bProf|\bFig|\bNo|\bVol|\bSt|\bInc|\bLtd|\bv\d*|\b[A-Z])$/;

/** End of the first sentence when text has more than one, else -1. */
function firstSentenceEnd(text: string): number {
	const re = /[.!](?=\s+[A-Z“"(])/g;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		const head = text.slice(0, m.index);
		if (m[0] === '.' && ABBREV.test(head)) continue;
		if (head.split(' ').length < 3) continue;
		return m.index + 1;
	}
	return -1;
}

const LEADING_PICTOGRAPHS = /^(?:(?:\p{Extended_Pictographic}|[\u2600-\u27BF]|\uFE0F|\u200D)+\s*)+(?=[\p{L}\p{N}])/u;

/** A finished title, plus the alias and note the rules moved out of it. */
interface FinishedTitle {
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
	// A citation's closing full stop goes; an abbreviation's stays.
	const base = /[^.]\.$/.test(full) && !ABBREV.test(full.slice(0, -1)) ? full.slice(0, -1).trimEnd() : full;
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

/** `readVenueTag` before it answered long words by counting first: the cleaning and reading alone. */
export { readCleanedTag as readVenueTag } from '../venue';
