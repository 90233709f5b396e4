/**
 * `canonicalFromParts` as it was before its segments were split by `indexOf`
 * and its path joined once: the differential test in `canonical-fast.test.ts`
 * holds the faster one to this one's answers.
 */
import type { CanonicalUrl } from '../canonical';
import type { UrlParts } from '../split';

const TRACKING = new Set([
	's', 'ref', 'ref_src', 'ref_url', 'fbclid', 'gclid', 'dclid', 'msclkid', 'mc_cid', 'mc_eid',
	'igshid', 'si', 'ab_channel', 'pvs', 'feature', 'trk', '_hsenc', '_hsmi', 'share', 'source',
]);

const ARXIV_NEW = /^(\d{4}\.\d{4,5})(v\d+)?(?:\.pdf)?$/i;
const ARXIV_OLD = /^([a-z-]+(?:\.[a-z]{2})?\/\d{7})(v\d+)?(?:\.pdf)?$/i;
const YT_ID = /^[A-Za-z0-9_-]{6,20}$/;
const ARXIV_HOSTS = new Set(['arxiv.org', 'export.arxiv.org', 'alphaxiv.org', 'ar5iv.org', 'ar5iv.labs.arxiv.org']);
const ARXIV_SECTIONS = new Set(['abs', 'pdf', 'html', 'format', 'overview']);
const YOUTUBE_HOSTS = new Set(['youtube.com', 'youtube-nocookie.com', 'music.youtube.com']);
const YOUTUBE_SECTIONS = new Set(['embed', 'shorts', 'live', 'v']);
const X_HOSTS = new Set(['twitter.com', 'fxtwitter.com', 'vxtwitter.com']);
// Characters `encodeURIComponent` keeps, plus `@` and `:`, which the path keeps readable below.
const PLAIN_SEGMENT = /^[A-Za-z0-9\-_.!~*'()@:]*$/;
// Keys and values URLSearchParams serialises as written.
const PLAIN_PARAM = /^[A-Za-z0-9\-_.*]*$/;

function arxivId(segment: string | undefined): string | undefined {
	if (!segment) return undefined;
	const m = ARXIV_NEW.exec(segment) ?? ARXIV_OLD.exec(segment);
	return m?.[1];
}

function decodeSegment(s: string): string {
	if (!s.includes('%')) return s;
	try {
		return decodeURIComponent(s);
	} catch {
		return s;
	}
}

function encodeSegment(s: string): string {
	return PLAIN_SEGMENT.test(s) ? s : encodeURIComponent(s).replace(/%7E/gi, '~').replace(/%40/g, '@').replace(/%3A/gi, ':');
}

function arxivFrom(host: string, segs: string[]): string | undefined {
	if (ARXIV_HOSTS.has(host)) {
		const first = segs[0];
		if (first && ARXIV_SECTIONS.has(first)) return arxivId(segs.length === 2 ? segs[1] : segs.slice(1).join('/'));
	}
	if (host === 'huggingface.co' && segs[0] === 'papers') return arxivId(segs[1]);
	return undefined;
}

function youtubeFrom(host: string, segs: string[], params: [string, string][]): string | undefined {
	let id: string | undefined;
	if (host === 'youtu.be') id = segs[0];
	else if (YOUTUBE_HOSTS.has(host)) {
		if (segs[0] === 'watch') id = params.find(([k]) => k === 'v')?.[1];
		else if (segs[0] && YOUTUBE_SECTIONS.has(segs[0])) id = segs[1];
	}
	return id && YT_ID.test(id) ? id : undefined;
}

/** `www.`, `m.` and `mobile.` dropped; twitter.com and its mirrors are x.com. */
function hostAlias(host: string): string {
	let h = host;
	if (h.startsWith('www.')) h = h.slice(4);
	else if (h.startsWith('www') && h.charCodeAt(3) >= 48 && h.charCodeAt(3) <= 57 && h[4] === '.') h = h.slice(5);
	else if (h.startsWith('m.')) h = h.slice(2);
	else if (h.startsWith('mobile.')) h = h.slice(7);
	if (X_HOSTS.has(h)) return 'x.com';
	if (h === 'github.dev') return 'github.com';
	if (h === 'old.reddit.com') return 'reddit.com';
	return h;
}

/** The query's key–value pairs, as URLSearchParams reads them. */
function readParams(query: string): [string, string][] {
	if (!query) return [];
	// The constructor drops one leading `?`, which here belongs to the query: give it one to drop.
	if (query.includes('%') || query.includes('+')) return [...new URLSearchParams('?' + query)];
	const out: [string, string][] = [];
	for (const pair of query.split('&')) {
		if (!pair) continue;
		const eq = pair.indexOf('=');
		out.push(eq < 0 ? [pair, ''] : [pair.slice(0, eq), pair.slice(eq + 1)]);
	}
	return out;
}

/** The query string URLSearchParams would write for these pairs. */
function writeParams(pairs: [string, string][]): string {
	if (!pairs.length) return '';
	if (!pairs.every(([k, v]) => PLAIN_PARAM.test(k) && PLAIN_PARAM.test(v))) return '?' + new URLSearchParams(pairs).toString();
	return '?' + pairs.map(([k, v]) => `${k}=${v}`).join('&');
}

/** Canonical form of URL parts, however they were split (the differential test compares both ways). */
export function canonicalFromPartsReference(u: UrlParts): CanonicalUrl {
	const written = u.hostname;
	const host = hostAlias(written);
	let segs: string[] = [];
	for (const s of u.pathname.split('/')) if (s !== '') segs.push(decodeSegment(s));
	const params = readParams(u.query);

	const arxiv = arxivFrom(host, segs);
	if (arxiv) {
		return { url: `https://arxiv.org/abs/${arxiv}`, key: `arxiv:${arxiv.toLowerCase()}`, host: 'arxiv.org', segments: ['abs', ...arxiv.split('/')], arxiv };
	}
	const youtube = youtubeFrom(host, segs, params);
	if (youtube) {
		return { url: `https://www.youtube.com/watch?v=${youtube}`, key: `youtube:${youtube}`, host: 'youtube.com', segments: ['watch'], youtube };
	}

	const last = segs[segs.length - 1];
	if (last && last.length <= 10 && /^index\.(?:html?|php)$/i.test(last)) segs = segs.slice(0, -1);
	// GitHub and GitLab owner and repository names ignore case; the key does too.
	const caseless = host === 'github.com' || host === 'gitlab.com' ? 2 : 0;
	if (caseless && segs[1]?.endsWith('.git')) segs[1] = segs[1].slice(0, -4);

	const kept: [string, string][] = [];
	for (const [k, v] of params) {
		const lk = k.toLowerCase();
		if (lk.startsWith('utm_') || TRACKING.has(lk)) continue;
		if (host === 'youtube.com' && (lk === 't' || lk === 'index' || lk === 'pp')) continue;
		if (host === 'x.com' && lk === 't') continue;
		kept.push([k, v]);
	}
	const query = writeParams(kept);
	// Fragments only address a part of a page, except hash routes (`#/docs`) of single-page sites.
	const hash = u.hash.startsWith('#/') || u.hash.startsWith('#!/') ? u.hash : '';
	const path = segs.map(encodeSegment).join('/');
	const displayHost = written === 'github.dev' ? 'github.com' : host === 'x.com' ? 'x.com' : written.startsWith('m.') ? written.slice(2) : written.startsWith('mobile.') ? written.slice(7) : written;
	const port = u.port ? `:${u.port}` : '';
	const tail = (path ? `/${path}` : '') + query + hash;
	const url = `${u.protocol}//${displayHost}${port}${tail || '/'}`;
	const keyPath = caseless ? segs.map((s, i) => (i < caseless ? s.toLowerCase() : s)).join('/') : segs.join('/');
	let key = `${host}${port}${keyPath ? `/${keyPath}` : ''}${query}${hash}`;
	if (host === 'x.com' && segs[1] === 'status' && segs[2]) key = `x.com/status/${segs[2]}`;
	return { url, key, host, segments: segs };
}
