/**
 * Text out of markup without a markup engine: the five XML entities and
 * numeric references are decoded, nothing else is expanded (no DTD, so no
 * entity-expansion blow-ups), tags are dropped and whitespace collapsed.
 */

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', middot: '·', copy: '©', reg: '®', trade: '™' };

/** Decode character references; unknown names stay as written. */
export function decodeEntities(s: string): string {
	return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (m, ref: string) => {
		if (ref[0] === '#') {
			const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
			return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : m;
		}
		return NAMED[ref.toLowerCase()] ?? m;
	});
}

/** Plain text of a fragment: CDATA kept, tags dropped, entities decoded, whitespace collapsed. */
export function plainText(s: string): string {
	// CDATA is text: its `<` must survive the tag stripping, so it is escaped first.
	const noCdata = s.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, c: string) => c.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
	return decodeEntities(noCdata.replace(/<[^>]*>/g, ' '))
		.replace(/\s+/g, ' ')
		.trim();
}

/** Inner markup of every `<name …>…</name>` element (namespace prefix allowed) in a fragment. */
export function elements(xml: string, name: string): string[] {
	const re = new RegExp(`<(?:[\\w-]+:)?${name}(?:\\s[^>]*)?>([\\s\\S]*?)</(?:[\\w-]+:)?${name}>`, 'g');
	return [...xml.matchAll(re)].map((m) => m[1]!);
}

/** Attributes of every empty or open `<name …>` tag in a fragment. */
export function tagAttributes(xml: string, name: string): Record<string, string>[] {
	const re = new RegExp(`<(?:[\\w-]+:)?${name}(\\s[^>]*?)?/?>`, 'gi');
	return [...xml.matchAll(re)].map((m) => attributes(m[1] ?? ''));
}

/** Attributes of a tag's attribute text, names lower-cased, values decoded. */
export function attributes(text: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const m of text.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
		const key = m[1]!.toLowerCase();
		if (!(key in out)) out[key] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
	}
	return out;
}

/** The year of an ISO-like date, or undefined. */
export function yearOf(date: string | undefined): string | undefined {
	const m = /^\s*(\d{4})/.exec(date ?? '');
	return m?.[1];
}

/** The first sentence of a text, for the picker and reports. */
export function firstSentence(text: string): string {
	const m = /^(.{20,}?[.!?])(?:\s|$)/.exec(text);
	return (m?.[1] ?? text).slice(0, 300);
}
