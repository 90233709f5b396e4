/**
 * Titles of ordinary web pages, from the first 512 KB of their HTML: Highwire
 * `citation_*` tags first (what Google Scholar reads), then Open Graph, then
 * `<title>`. The bytes are decoded with the charset they declare, checked
 * against what they are. Consent walls, bot challenges and bare site names are
 * not titles: the note keeps its name.
 */
import type { Metadata } from './types';
import { attributes, plainText, yearOf } from './text';

/** Titles that are a wall in front of the page, not the page. */
const JUNK = [
	/^before you continue/i,
	/^just a moment/i,
	/^attention required/i,
	/^access denied/i,
	/^(?:are you a robot|are you human|verify you are human|human verification|security check)/i,
	/^(?:please wait|one moment|checking your browser|ddos-guard)/i,
	/^(?:sign in|log in|login)(?:\s|$)/i,
	/^(?:page not found|404 not found|403 forbidden|not found)$/i,
	/^reddit - dive into anything$/i,
	/^(?:youtube|reddit|x|twitter|medium|google|linkedin|facebook|instagram)$/i,
	/^(?:we value your privacy|cookie (?:consent|settings|preferences)|consent)/i,
];

/** True if a title is a consent wall, challenge page or a bare site name. */
export function isJunkTitle(title: string, siteName?: string): boolean {
	const t = title.trim();
	if (t.length < 2) return true;
	if (siteName && t.toLowerCase() === siteName.trim().toLowerCase()) return true;
	return JUNK.some((re) => re.test(t));
}

function declaredCharset(contentType: string | undefined, head: string): string | undefined {
	const fromHeader = /charset\s*=\s*["']?([\w-]+)/i.exec(contentType ?? '')?.[1];
	if (fromHeader) return fromHeader.toLowerCase();
	const meta = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
	return meta?.toLowerCase();
}

// Windows-1252's 0x80–0x9F; some runtimes decode that label as ISO-8859-1 and give C1 controls.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Decode bytes as Windows-1252, whatever the runtime thinks that label means. */
export function decodeCp1252(bytes: Uint8Array): string {
	return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

function tryDecode(bytes: Uint8Array, label: string, fatal: boolean): string | undefined {
	try {
		return new TextDecoder(label, { fatal }).decode(bytes);
	} catch {
		return undefined;
	}
}

/**
 * Decode HTML bytes. A BOM wins; then the declared charset (header, then
 * `<meta>` in the first KB). A page that says UTF-8 but is not valid UTF-8 is
 * read as Windows-1252; a page that says a single-byte charset but is valid
 * multi-byte UTF-8 is read as UTF-8, since that is never an accident.
 * A body cut at 512 KB may end inside a character; its last bytes are forgiven.
 */
export function decodeHtml(bytes: Uint8Array, contentType?: string): string {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
	const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024));
	const declared = declaredCharset(contentType, head) ?? 'utf-8';
	const trimmed = bytes.subarray(0, Math.max(0, bytes.length - 3));
	const asUtf8 = tryDecode(bytes, 'utf-8', true) ?? (tryDecode(trimmed, 'utf-8', true) !== undefined ? new TextDecoder('utf-8').decode(bytes) : undefined);
	if (declared === 'utf-8' || declared === 'utf8') return asUtf8 ?? decodeCp1252(bytes);
	const singleByte = /^(?:iso-8859-1|latin1|us-ascii|ascii|windows-1252|cp1252)$/.test(declared);
	if (singleByte && asUtf8 !== undefined && [...asUtf8].some((c) => c.charCodeAt(0) > 0x7f)) return asUtf8;
	if (singleByte) return decodeCp1252(bytes);
	return tryDecode(bytes, declared, false) ?? asUtf8 ?? decodeCp1252(bytes);
}

/** Metadata of an HTML page; undefined if it has no usable title. */
export function parseHtml(html: string): Metadata | undefined {
	const headEnd = html.search(/<body[\s>]/i);
	const head = headEnd > 0 ? html.slice(0, headEnd) : html;
	const metas = new Map<string, string[]>();
	for (const m of head.matchAll(/<meta\s([^>]*)>/gi)) {
		const a = attributes(m[1]!);
		const name = (a.name ?? a.property ?? '').toLowerCase();
		if (!name || a.content === undefined) continue;
		const list = metas.get(name) ?? [];
		list.push(plainText(a.content));
		metas.set(name, list);
	}
	const first = (...names: string[]): string | undefined => names.map((n) => metas.get(n)?.find(Boolean)).find(Boolean);
	const site = first('og:site_name');
	const titleTag = plainText(/<title[^>]*>([\s\S]*?)<\/title>/i.exec(head)?.[1] ?? '');
	const candidates = [first('citation_title'), first('og:title', 'twitter:title'), titleTag].filter((t): t is string => !!t);
	const title = candidates.find((t) => !isJunkTitle(t, site));
	if (!title) return undefined;
	const authors = metas.get('citation_author')?.filter(Boolean) ?? [];
	const year = yearOf(first('citation_publication_date', 'citation_date', 'citation_online_date'));
	const venue = first('citation_journal_title', 'citation_conference_title');
	const doi = first('citation_doi');
	const abstract = first('citation_abstract', 'og:description', 'description');
	return {
		title,
		...(authors.length ? { authors } : {}),
		...(year ? { year } : {}),
		...(venue ? { venue } : {}),
		...(doi ? { doi: doi.replace(/^doi:/i, '').toLowerCase() } : {}),
		...(abstract ? { abstract } : {}),
	};
}
