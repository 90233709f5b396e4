/**
 * The forgiving scanner that `inline.ts` falls back to for text markdown-it
 * leaves alone (links broken by a stray space, `[[wikilinks]]`). It splits
 * text into plain text and links: `[text](url)`,
 * `[text][ref]`, `<https://…>`, `<a href>`, bare URLs, `[[wikilinks]]` and
 * images/badges (which are marked so they never become resources).
 *
 * Brackets and parentheses are matched once up front with a stack, so every
 * construct is found in one linear pass however unbalanced the text is.
 */
import type { InlinePart, RefDefs } from './inline-parts';


function matchPairs(text: string, open: number, close: number): Int32Array {
	const match = new Int32Array(text.length).fill(-1);
	const stack: number[] = [];
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 92 /* \ */) {
			i++;
			continue;
		}
		if (c === open) stack.push(i);
		else if (c === close && stack.length) {
			const o = stack.pop()!;
			match[o] = i;
			match[i] = o;
		}
	}
	return match;
}

const TRAILING_PUNCT = /[.,;:!?'"*_~]+$/;

/** End of a bare URL starting at `start`: stops at space, quotes and angle brackets; drops trailing punctuation and unbalanced closers. */
function bareUrlEnd(text: string, start: number): number {
	let end = start;
	let depth = 0;
	while (end < text.length) {
		const c = text[end]!;
		// An unbalanced `)` closes whatever the URL sits in: `(see https://a.io/x) more`.
		if (c === '(') depth++;
		else if (c === ')' && --depth < 0) break;
		if (c === ' ' || c === '\t' || c === '\n' || c === '<' || c === '>' || c === '"' || c === '`' || c === '|' || c === '[' || c === '\u00a0') break;
		end++;
	}
	for (;;) {
		const before = end;
		const url = text.slice(start, end);
		const trimmed = url.replace(TRAILING_PUNCT, '');
		end = start + trimmed.length;
		const last = text[end - 1];
		if (last === ')' || last === ']' || last === '}') {
			const openCh = last === ')' ? '(' : last === ']' ? '[' : '{';
			const seg = text.slice(start, end);
			if (seg.split(openCh).length < seg.split(last).length) end--;
		}
		if (end === before) return end;
	}
}

function isWordChar(c: string | undefined): boolean {
	return c !== undefined && /[\p{L}\p{N}_/@]/u.test(c);
}

/** Split one line of item text into text, links and wikilinks. */
export function scanInline(text: string, refs?: RefDefs): InlinePart[] {
	const parts: InlinePart[] = [];
	const hasBracket = text.includes('[');
	const brackets = hasBracket ? matchPairs(text, 91, 93) : undefined;
	const parens = hasBracket && text.includes('(') ? matchPairs(text, 40, 41) : undefined;
	// Searches forward are memoised so that a line of 500,000 `[[` or `<http` without
	// a closer costs one scan, not one per opener.
	const memo = new Map<string, number>();
	const nextIndex = (needle: string, from: number): number => {
		const known = memo.get(needle);
		if (known !== undefined && (known === -1 || known >= from)) return known;
		const at = (needle === '</a>' ? lowerText() : text).indexOf(needle, from);
		memo.set(needle, at);
		return at;
	};
	let lower: string | undefined;
	const lowerText = (): string => (lower ??= text.toLowerCase());
	// Plain text is sliced out in runs, never built a character at a time.
	let runStart = 0;
	const flush = (): void => {
		if (i > runStart) parts.push({ type: 'text', text: text.slice(runStart, i) });
	};
	let i = 0;
	while (i < text.length) {
		const c = text[i]!;
		if (c === '\\' && i + 1 < text.length) {
			i += 2;
			continue;
		}
		if (c === '[' && text[i + 1] === '[') {
			const end = nextIndex(']]', i + 2);
			const inner = end > 0 && end - i <= 502 ? text.slice(i + 2, end) : '';
			if (end > 0 && inner && !inner.includes('[') && !inner.includes('\n') && inner.length < 500) {
				flush();
				const bar = inner.indexOf('|');
				const target = (bar >= 0 ? inner.slice(0, bar) : inner).trim();
				const alias = bar >= 0 ? inner.slice(bar + 1).trim() : undefined;
				parts.push(alias ? { type: 'wiki', target, alias } : { type: 'wiki', target });
				i = end + 2;
				runStart = i;
				continue;
			}
		}
		const image = c === '!' && text[i + 1] === '[';
		const at = image ? i + 1 : i;
		if ((c === '[' || image) && brackets) {
			const close = brackets[at]!;
			if (close > at) {
				const label = text.slice(at + 1, close);
				const next = text[close + 1];
				if (next === '(' && parens && parens[close + 1]! > close) {
					const pEnd = parens[close + 1]!;
					let target = text.slice(close + 2, pEnd).trim();
					if (target.startsWith('<') && target.includes('>')) target = target.slice(1, target.indexOf('>'));
					else {
						// `(url "title")`: drop the title; a space elsewhere is a broken URL we try to mend later.
						const q = /\s+["'(]/.exec(target);
						if (q) target = target.slice(0, q.index);
					}
					flush();
					parts.push({ type: 'link', link: { target, label, form: 'markdown', image } });
					i = pEnd + 1;
					runStart = i;
					continue;
				}
				if (next === '[' && refs && brackets[close + 1]! > close + 1) {
					const idEnd = brackets[close + 1]!;
					const id = (text.slice(close + 2, idEnd) || label).trim().toLowerCase();
					const target = refs.get(id);
					if (target) {
						flush();
						parts.push({ type: 'link', link: { target, label, form: 'reference', image } });
						i = idEnd + 1;
						runStart = i;
						continue;
					}
				}
			}
		}
		if (c === '<') {
			if (text.startsWith('http://', i + 1) || text.startsWith('https://', i + 1)) {
				const end = nextIndex('>', i);
				const target = end > 0 ? text.slice(i + 1, end) : '';
				if (end > 0 && !/\s/.test(target)) {
					flush();
					parts.push({ type: 'link', link: { target, form: 'autolink', image: false } });
					i = end + 1;
					runStart = i;
					continue;
				}
			}
			if ((text[i + 1] === 'a' || text[i + 1] === 'A') && /\s/.test(text[i + 2] ?? '')) {
				const m = /^<a\s[^>]{0,500}?href\s*=\s*["']([^"']{1,4000})["'][^>]{0,500}>/i.exec(text.slice(i, i + 5000));
				if (m) {
					const bodyStart = i + m[0].length;
					const close = nextIndex('</a>', bodyStart);
					const bodyEnd = close >= 0 ? close : bodyStart;
					flush();
					parts.push({ type: 'link', link: { target: m[1]!, label: text.slice(bodyStart, bodyEnd), form: 'html', image: false } });
					i = close >= 0 ? close + 4 : bodyStart;
					runStart = i;
					continue;
				}
			}
		}
		if ((c === 'h' || c === 'H' || c === 'w') && !isWordChar(text[i - 1])) {
			const lower = text.slice(i, i + 8).toLowerCase();
			const scheme = lower.startsWith('https://') || lower.startsWith('http://');
			if (scheme || (lower.startsWith('www.') && /^www\.[\p{L}\p{N}-]+\.[a-z]{2,}/iu.test(text.slice(i, i + 300)))) {
				const end = bareUrlEnd(text, i);
				const raw = text.slice(i, end);
				if (raw.length > (scheme ? 8 : 5)) {
					flush();
					parts.push({ type: 'link', link: { target: scheme ? raw : `https://${raw}`, form: 'bare', image: false } });
					i = end;
					runStart = i;
					continue;
				}
			}
		}
		i++;
	}
	flush();
	return parts;
}
