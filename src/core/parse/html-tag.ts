/**
 * One HTML tag (`<a href="…">`, `<img src=… alt=…>`, `<br/>`, `</a>`) read
 * by string operations, giving what htmlparser2's parser gives for it, for
 * the tags markdown-it hands over as inline HTML. A new htmlparser2 parser
 * per tag was most of what reading a `<br>` cost. The reader takes the plain
 * case only — a letter-led name, attributes separated by white space, quoted
 * or unquoted values without `&` — and answers `undefined` for anything else
 * (entities, comments, declarations, `<image>`, odd separators), which
 * `readTag` hands to htmlparser2. `html-tag.test.ts` holds it to
 * htmlparser2's answers.
 */
import { Parser } from 'htmlparser2';

export interface HtmlTag {
	name: string;
	closing: boolean;
	attrs: Record<string, string>;
}

const CLOSING = /^<\/\s*([A-Za-z][A-Za-z0-9-]*)\s*>$/;
const NAME = /[A-Za-z][A-Za-z0-9-]*/y;
const ATTR_NAME = /[A-Za-z_:][A-Za-z0-9:._-]*/y;
/** An unquoted value as htmlparser2 ends it (at white space or `>`), here without characters that make it unusual. */
const UNQUOTED = /[^\0-\x20"'=<>`&]+/y;

/** htmlparser2's white space: space, tab, line feed, form feed, carriage return. */
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 12 || c === 13;

/** A single HTML tag's name and attributes, as htmlparser2 reads it. */
export function readTag(html: string): HtmlTag | undefined {
	return readClosingTag(html) ?? readPlainTag(html) ?? readWithParser(html);
}

/** The first tag htmlparser2's parser reports in `html`. */
export function readWithParser(html: string): HtmlTag | undefined {
	let found: HtmlTag | undefined;
	const parser = new Parser(
		{
			onopentag(name, attrs) {
				found ??= { name, closing: false, attrs };
			},
			onclosetag(name, implied) {
				if (!implied) found ??= { name, closing: true, attrs: {} };
			},
		},
		{ decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
	);
	parser.write(html);
	parser.end();
	return found;
}

/** A closing tag, read alone (htmlparser2 reports one only when its element is open). */
export function readClosingTag(html: string): HtmlTag | undefined {
	const close = CLOSING.exec(html);
	return close ? { name: close[1]!.toLowerCase(), closing: true, attrs: {} } : undefined;
}

/** An opening tag read by string operations, or `undefined` when only htmlparser2 can tell. */
export function readPlainTag(html: string): HtmlTag | undefined {
	if (html.charCodeAt(0) !== 60 || html.charCodeAt(html.length - 1) !== 62 || html.includes('&')) return undefined;
	NAME.lastIndex = 1;
	if (!NAME.test(html)) return undefined;
	const name = html.slice(1, NAME.lastIndex).toLowerCase();
	// htmlparser2 reads `<image>` as `<img>`; leave that to it.
	if (name === 'image') return undefined;
	const attrs: Record<string, string> = {};
	let i = NAME.lastIndex;
	for (;;) {
		const spaced = skipSpace(html, i);
		const c = html.charCodeAt(spaced);
		if (c === 62) return spaced === html.length - 1 ? { name, closing: false, attrs } : undefined;
		if (c === 47) return spaced === html.length - 2 ? { name, closing: false, attrs } : undefined;
		if (spaced === i) return undefined;
		ATTR_NAME.lastIndex = spaced;
		if (!ATTR_NAME.test(html)) return undefined;
		const key = html.slice(spaced, ATTR_NAME.lastIndex).toLowerCase();
		const afterName = skipSpace(html, ATTR_NAME.lastIndex);
		let value = '';
		if (html.charCodeAt(afterName) === 61) {
			const read = readValue(html, skipSpace(html, afterName + 1));
			if (!read) return undefined;
			value = read.value;
			i = read.end;
		} else i = ATTR_NAME.lastIndex;
		// The first of two same-named attributes wins, as in htmlparser2.
		if (!Object.hasOwn(attrs, key)) attrs[key] = value;
	}
}

/** A quoted or unquoted attribute value at `at`, and where it ends; `undefined` when it is unusual. */
function readValue(html: string, at: number): { value: string; end: number } | undefined {
	const q = html.charCodeAt(at);
	if (q === 34 || q === 39) {
		const close = html.indexOf(q === 34 ? '"' : "'", at + 1);
		if (close < 0) return undefined;
		const value = html.slice(at + 1, close);
		// A quoted value runs into the next attribute name only when nothing separates them; leave that to htmlparser2.
		const next = html.charCodeAt(close + 1);
		if (!(isSpace(next) || next === 62 || next === 47) || hasControl(value)) return undefined;
		return { value, end: close + 1 };
	}
	UNQUOTED.lastIndex = at;
	if (!UNQUOTED.test(html)) return undefined;
	const end = UNQUOTED.lastIndex;
	// A `/` before `>` stays in an unquoted value (`<img src=a/>` has `src` `a/`), as in htmlparser2.
	return { value: html.slice(at, end), end };
}

/** Control characters other than white space, which htmlparser2 may read its own way. */
function hasControl(value: string): boolean {
	for (let i = 0; i < value.length; i++) {
		const c = value.charCodeAt(i);
		if ((c < 32 && !isSpace(c)) || c === 127) return true;
	}
	return false;
}

function skipSpace(html: string, i: number): number {
	while (isSpace(html.charCodeAt(i))) i++;
	return i;
}
