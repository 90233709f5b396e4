/**
 * Bare `http://` and `https://` links in plain ASCII text, found by string
 * operations where they end exactly where linkify-it (with the options
 * `inline.ts` gives it: no fuzzy links, no fuzzy e-mails) ends them.
 * linkify-it checks every scheme with one large regular expression (IPv6
 * hosts, Unicode classes, nested brackets); that expression was the most
 * expensive one in a parse. This reader follows the same grammar for the
 * common case — a dotted ASCII host, no port, an ASCII path — and answers
 * `undefined` for anything else (`mailto:`, `ftp:`, `//host` without a
 * scheme, ports, `xn--`, IPv6, non-ASCII in or next to a link, very long
 * links), so the caller asks linkify-it. `bare-urls.test.ts` holds it to
 * linkify-it's answers.
 *
 * The grammar, from linkify-it's `http_validator` (`//` host port
 * terminator path): a host is up to eleven labels of letters, digits and
 * inner hyphens, followed by the end, a space or control character, `<`, `>`
 * or punctuation other than `_`; a trailing `.` is left out. A path starts
 * with `/`, `?` or `#` and takes, one step at a time: balanced `[]`, `()`
 * or `{}` groups without spaces, quoted runs, `.`, `,`, `;`, `?` and `!`
 * when more of the link follows, and letters, digits, symbols and
 * `\/:%@#&=_~*-`; it stops at anything else. A lone `/` after the host
 * counts; a lone `?` or `#` does not.
 */

/** linkify-it's longest link is 10,000 characters; ours stays well inside it. */
const MAX_LINK = 4000;
/** Deepest bracket nesting linkify-it reads inside a path, and its items per group. */
const PAIR_DEPTH = 4;
const PAIR_ITEMS = 1000;
/** Longest quoted run in a path. */
const MAX_QUOTED = 100;

const STOP = -1;
const UNSURE = -2;

/** ASCII punctuation as Unicode's P class has it (linkify-it's terminators). */
const PUNCT = new Set([...'!"#%&\'()*,-./:;?@[\\]_{}'].map((c) => c.charCodeAt(0)));
/** Path characters linkify-it takes one at a time without looking ahead. */
const PATH_PLAIN = new Set([...'\\/:%@#&=_~*-'].map((c) => c.charCodeAt(0)));

/** Characters after which linkify-it starts no link, and `/` (it never reads `///x` as a link). */
const NOT_BEFORE_SCHEME = new Set([...'/_$+=^`|~'].map((c) => c.charCodeAt(0)));

const isSpace = (c: number): boolean => c <= 32 || c === 127;
const isAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isHostChar = (c: number): boolean => isAlnum(c) || c === 46 || c === 45;
/** Ends the link's host or path for linkify-it: the end, a space or control character, punctuation, `<` or `>`. */
const isBreak = (c: number): boolean => Number.isNaN(c) || isSpace(c) || PUNCT.has(c) || c === 60 || c === 62;

/**
 * Start and end offsets (pairs, flat) of the `http(s)://` links linkify-it
 * would find in `text`, or `undefined` when only linkify-it can tell.
 */
export function httpLinkSpans(text: string): number[] | undefined {
	if (/mailto:/i.test(text)) return undefined;
	const spans: number[] = [];
	let from = 0;
	let taken = 0;
	for (;;) {
		const k = text.indexOf('//', from);
		if (k < 0) return spans;
		from = k + 2;
		const before = k > 0 ? text.charCodeAt(k - 1) : NaN;
		if (before !== 58) {
			// `//host` after a space or punctuation is linkify-it's relative link; after a letter or `/` it is nothing.
			if (Number.isNaN(before) || before >= 128 || !(isAlnum(before) || NOT_BEFORE_SCHEME.has(before))) return undefined;
			continue;
		}
		const start = schemeStart(text, k - 1);
		if (start === UNSURE) return undefined;
		// A scheme that starts inside the link before it (`https://a.com.https://b.com`) is no link.
		if (start === STOP || start < taken) continue;
		const end = linkEnd(text, k + 2);
		if (end === UNSURE) return undefined;
		if (end === STOP) continue;
		spans.push(start, end);
		from = end;
		taken = end;
	}
}

/** Where an `http:` or `https:` scheme ending at the colon `colon` starts, if linkify-it would read it there. */
function schemeStart(text: string, colon: number): number {
	const word = text.slice(Math.max(0, colon - 5), colon).toLowerCase();
	if (word.endsWith('ftp')) return UNSURE;
	const start = word === 'https' ? colon - 5 : word.endsWith('http') ? colon - 4 : STOP;
	if (start === STOP || start === 0) return start;
	const c = text.charCodeAt(start - 1);
	// After `:` or `/` the scheme may share its first character with an earlier scheme linkify-it tried.
	if (c >= 128 || c === 58 || c === 47) return UNSURE;
	return c !== 95 && isBreak(c) ? start : STOP;
}

/** Where a link whose host starts at `h` ends, `STOP` if linkify-it reads no link there, `UNSURE` if only it can tell. */
function linkEnd(text: string, h: number): number {
	let j = h;
	while (j < text.length && isHostChar(text.charCodeAt(j))) j++;
	const first = text.charCodeAt(h);
	if (j === h || !isAlnum(first)) return first === 91 || first >= 128 || !isBreak(first) ? UNSURE : STOP;
	let hostEnd = j;
	while (text.charCodeAt(hostEnd - 1) === 46) hostEnd--;
	if (!plainHost(text, h, hostEnd)) return UNSURE;
	if (hostEnd < j) {
		// A host followed by `.` ends there only when the `.` is followed by the end, a space or punctuation.
		const after = text.charCodeAt(hostEnd + 1);
		return Number.isNaN(after) || isSpace(after) || PUNCT.has(after) ? hostEnd : UNSURE;
	}
	const c = text.charCodeAt(j);
	if (!isBreak(c) || c === 95 || (c === 58 && isAlnum(text.charCodeAt(j + 1)))) return UNSURE;
	if (c !== 47 && c !== 63 && c !== 35) return j;
	const end = pathEnd(text, j + 1, h);
	if (end === UNSURE) return UNSURE;
	if (end > j + 1) return end;
	return c === 47 ? j + 1 : j;
}

/** Labels of letters, digits and inner hyphens, at most eleven, none of them punycode. */
function plainHost(text: string, from: number, to: number): boolean {
	let labels = 0;
	let at = from;
	for (let i = from; i <= to; i++) {
		if (i < to && text.charCodeAt(i) !== 46) continue;
		const len = i - at;
		if (len < 1 || len > 63 || text.charCodeAt(at) === 45 || text.charCodeAt(i - 1) === 45) return false;
		if (len > 4 && text.startsWith('--', at + 2) && text.slice(at, at + 2).toLowerCase() === 'xn') return false;
		if (++labels > 11) return false;
		at = i + 1;
	}
	return true;
}

/** End of the path's steps from `p` (`p` itself when none is taken). */
function pathEnd(text: string, p: number, h: number): number {
	for (;;) {
		if (p - h > MAX_LINK) return UNSURE;
		const q = pathStep(text, p);
		if (q === UNSURE) return UNSURE;
		if (q === STOP) return p;
		p = q;
	}
}

/** Whether what follows a `.`, `,`, `;`, `?` or `!` lets linkify-it take it; `undefined` when only it can tell. */
function moreFollows(c: number): boolean | undefined {
	if (c >= 128) return undefined;
	return !(Number.isNaN(c) || isSpace(c));
}

/** Offset after one step of a path at `p`, `STOP` when the path ends before `p`. */
function pathStep(text: string, p: number): number {
	const c = text.charCodeAt(p);
	if (Number.isNaN(c) || isSpace(c)) return STOP;
	if (c >= 128) return UNSURE;
	if (c === 91) return pairEnd(text, p, 91, 93, PAIR_DEPTH);
	if (c === 40) return pairEnd(text, p, 40, 41, PAIR_DEPTH);
	if (c === 123) return pairEnd(text, p, 123, 125, PAIR_DEPTH);
	if (c === 34) return quotedEnd(text, p, c);
	if (c === 39) {
		const q = quotedEnd(text, p, c);
		if (q !== STOP) return q;
		// An apostrophe before a letter, digit, symbol or `-` is taken alone.
		const next = text.charCodeAt(p + 1);
		if (next >= 128) return UNSURE;
		return next === 45 || !isBreak(next) ? p + 1 : STOP;
	}
	if (PATH_PLAIN.has(c)) return p + 1;
	const next = text.charCodeAt(p + 1);
	if (c === 46 || c === 44 || c === 59 || c === 63) {
		// `..` has a rule of its own (`\.{2,20}[:]?[a-zA-Z0-9%/&]`): linkify-it decides it.
		if (c === 46 && next === 46) return UNSURE;
		if (c === 63 && next === 63) return STOP;
		const more = moreFollows(next);
		return more === undefined ? UNSURE : more ? p + 1 : STOP;
	}
	if (c === 33) {
		let q = p;
		while (text.charCodeAt(q) === 33) q++;
		if (q - p > 20) return UNSURE;
		const more = moreFollows(text.charCodeAt(q));
		return more === undefined ? UNSURE : more ? q : STOP;
	}
	// Letters, digits and symbols (`$+^|` and the backquote) continue the path; other punctuation, `<` and `>` end it.
	return isBreak(c) ? STOP : p + 1;
}

/** End of a balanced `open … close` group at `p` (no spaces inside, at most `depth` levels), else `STOP`. */
function pairEnd(text: string, p: number, open: number, close: number, depth: number): number {
	let i = p + 1;
	for (let items = 0; items <= PAIR_ITEMS; items++) {
		const c = text.charCodeAt(i);
		if (c === close) return i + 1;
		if (c >= 128) return UNSURE;
		if (Number.isNaN(c) || isSpace(c)) return STOP;
		if (c === open) {
			if (depth === 1) return STOP;
			const inner = pairEnd(text, i, open, close, depth - 1);
			if (inner < 0) return inner;
			i = inner;
		} else i++;
	}
	return UNSURE;
}

/** End of a quoted run (one to a hundred characters, no spaces) at `p`, else `STOP`. */
function quotedEnd(text: string, p: number, quote: number): number {
	for (let i = p + 1; i <= p + MAX_QUOTED + 1; i++) {
		const c = text.charCodeAt(i);
		if (c === quote) return i > p + 1 ? i + 1 : STOP;
		if (c >= 128) return UNSURE;
		if (Number.isNaN(c) || isSpace(c)) return STOP;
	}
	return STOP;
}
