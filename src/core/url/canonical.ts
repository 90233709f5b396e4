/**
 * One key per thing, whatever spelling of its URL a list used: arXiv abs/pdf/html
 * and versions, Hugging Face paper pages, YouTube's short and embed forms,
 * github.dev, twitter.com, `www.`, trailing slashes, fragments and tracking
 * parameters all fold away. Uses the WHATWG `URL` class, which Obsidian (desktop
 * and mobile), browsers and Node all provide.
 */

/** A URL in canonical form, with the key that merges its spellings. */
export interface CanonicalUrl {
	/** The URL to store and open. */
	url: string;
	/** Scheme-less identity used to merge resources. */
	key: string;
	host: string;
	/** Decoded, non-empty path segments. */
	segments: string[];
	arxiv?: string;
	youtube?: string;
}

const TRACKING = new Set([
	's', 'ref', 'ref_src', 'ref_url', 'fbclid', 'gclid', 'dclid', 'msclkid', 'mc_cid', 'mc_eid',
	'igshid', 'si', 'ab_channel', 'pvs', 'feature', 'trk', '_hsenc', '_hsmi', 'share', 'source',
]);

const HOST_RE = /^(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;
const IPV4_RE = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const ARXIV_NEW = /^(\d{4}\.\d{4,5})(v\d+)?(?:\.pdf)?$/i;
const ARXIV_OLD = /^([a-z-]+(?:\.[a-z]{2})?\/\d{7})(v\d+)?(?:\.pdf)?$/i;
const YT_ID = /^[A-Za-z0-9_-]{6,20}$/;

/** True if the host name could be a real public host. */
export function isValidHost(host: string): boolean {
	return host === 'localhost' || IPV4_RE.test(host) || HOST_RE.test(host);
}

/** Parse an http(s) URL; undefined if it is not one or its host is impossible. */
export function parseHttpUrl(raw: string): URL | undefined {
	if (raw.length > 8192) return undefined;
	let u: URL;
	try {
		u = new URL(raw);
	} catch {
		return undefined;
	}
	if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
	if (!isValidHost(u.hostname.toLowerCase())) return undefined;
	return u;
}

function arxivId(segment: string | undefined): string | undefined {
	if (!segment) return undefined;
	const m = ARXIV_NEW.exec(segment) ?? ARXIV_OLD.exec(segment);
	return m?.[1];
}

function decodeSegment(s: string): string {
	try {
		return decodeURIComponent(s);
	} catch {
		return s;
	}
}

function arxivFrom(host: string, segs: string[]): string | undefined {
	if (host === 'arxiv.org' || host === 'export.arxiv.org' || host === 'alphaxiv.org' || host === 'ar5iv.org' || host === 'ar5iv.labs.arxiv.org') {
		const [first, ...rest] = segs;
		if (first && ['abs', 'pdf', 'html', 'format', 'overview'].includes(first)) {
			return arxivId(rest.join('/'));
		}
	}
	if (host === 'huggingface.co' && segs[0] === 'papers') return arxivId(segs[1]);
	return undefined;
}

function youtubeFrom(host: string, segs: string[], params: URLSearchParams): string | undefined {
	let id: string | null | undefined;
	if (host === 'youtu.be') id = segs[0];
	else if (host === 'youtube.com' || host === 'youtube-nocookie.com' || host === 'music.youtube.com') {
		if (segs[0] === 'watch') id = params.get('v');
		else if (segs[0] && ['embed', 'shorts', 'live', 'v'].includes(segs[0])) id = segs[1];
	}
	return id && YT_ID.test(id) ? id : undefined;
}

function hostAlias(host: string): string {
	let h = host.replace(/^(?:www\d?|m|mobile)\./, '');
	if (h === 'twitter.com' || h === 'fxtwitter.com' || h === 'vxtwitter.com') h = 'x.com';
	if (h === 'github.dev') h = 'github.com';
	if (h === 'old.reddit.com') h = 'reddit.com';
	return h;
}

/** Canonical form and merge key of an http(s) URL, or undefined if it is not one. */
export function canonicalize(raw: string): CanonicalUrl | undefined {
	const u = parseHttpUrl(raw);
	if (!u) return undefined;
	const written = u.hostname.toLowerCase();
	const host = hostAlias(written);
	let segs = u.pathname.split('/').filter((s) => s !== '').map(decodeSegment);

	const arxiv = arxivFrom(host, segs);
	if (arxiv) {
		return { url: `https://arxiv.org/abs/${arxiv}`, key: `arxiv:${arxiv.toLowerCase()}`, host: 'arxiv.org', segments: ['abs', ...arxiv.split('/')], arxiv };
	}
	const youtube = youtubeFrom(host, segs, u.searchParams);
	if (youtube) {
		return { url: `https://www.youtube.com/watch?v=${youtube}`, key: `youtube:${youtube}`, host: 'youtube.com', segments: ['watch'], youtube };
	}

	const last = segs[segs.length - 1];
	if (last && /^index\.(?:html?|php)$/i.test(last)) segs = segs.slice(0, -1);
	// GitHub and GitLab owner and repository names ignore case; the key does too.
	const caseless = host === 'github.com' || host === 'gitlab.com' ? 2 : 0;
	if (caseless && segs[1]?.endsWith('.git')) segs[1] = segs[1].slice(0, -4);

	const kept: [string, string][] = [];
	for (const [k, v] of u.searchParams) {
		const lk = k.toLowerCase();
		if (lk.startsWith('utm_') || TRACKING.has(lk)) continue;
		if (host === 'youtube.com' && (lk === 't' || lk === 'index' || lk === 'pp')) continue;
		if (host === 'x.com' && lk === 't') continue;
		kept.push([k, v]);
	}
	const query = kept.length ? '?' + new URLSearchParams(kept).toString() : '';
	// Fragments only address a part of a page, except hash routes (`#/docs`) of single-page sites.
	const hash = u.hash.startsWith('#/') || u.hash.startsWith('#!/') ? u.hash : '';
	const path = segs.map((s) => encodeURIComponent(s).replace(/%7E/gi, '~').replace(/%40/g, '@').replace(/%3A/gi, ':')).join('/');
	const displayHost = written === 'github.dev' ? 'github.com' : host === 'x.com' ? 'x.com' : written.replace(/^(?:m|mobile)\./, '');
	const port = u.port ? `:${u.port}` : '';
	const tail = (path ? `/${path}` : '') + query + hash;
	const url = `${u.protocol}//${displayHost}${port}${tail || '/'}`;
	const keyPath = segs.map((s, i) => (i < caseless ? s.toLowerCase() : s)).join('/');
	let key = `${host}${port}${keyPath ? `/${keyPath}` : ''}${query}${hash}`;
	if (host === 'x.com' && segs[1] === 'status' && segs[2]) key = `x.com/status/${segs[2]}`;
	return { url, key, host, segments: segs, ...(arxiv ? { arxiv } : {}) };
}
