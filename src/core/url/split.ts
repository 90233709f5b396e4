/**
 * Splits an http(s) URL into the parts canonicalisation reads. Nearly every
 * link in a reading list is plain ASCII on an ordinary host, and for those the
 * WHATWG URL parser changes nothing but the case of the scheme and host, so
 * `splitPlain` reads them with string operations; anything it is not sure of
 * (ports, user info, IP addresses, dot segments, spaces, non-ASCII, unusual
 * punctuation) goes to the `URL` class in `splitWithUrlClass`. A differential
 * test holds the two to the same answer on every URL the fast one accepts.
 */

/** The parts of an http(s) URL, as the `URL` class would give them. */
export interface UrlParts {
	protocol: 'http:' | 'https:';
	/** Lower case. */
	hostname: string;
	/** Empty for the scheme's default port. */
	port: string;
	/** Starts with `/`. */
	pathname: string;
	/** Without the `?`; empty when there is none. */
	query: string;
	/** With the `#`; empty when there is none or it is empty. */
	hash: string;
}

const HOST_RE = /^(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;
const IPV4_RE = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** True if the host name could be a real public host. */
export function isValidHost(host: string): boolean {
	return host === 'localhost' || IPV4_RE.test(host) || HOST_RE.test(host);
}

/** Parse an http(s) URL with the `URL` class; undefined if it is not one or its host is impossible. */
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

/** The parts by the `URL` class: every URL, slowly. */
export function splitWithUrlClass(raw: string): UrlParts | undefined {
	const u = parseHttpUrl(raw);
	if (!u) return undefined;
	return { protocol: u.protocol as 'http:' | 'https:', hostname: u.hostname.toLowerCase(), port: u.port, pathname: u.pathname, query: u.search.slice(1), hash: u.hash };
}

// Host names the fast path takes: lower-case ASCII letters, digits, `-` and dots, ending in a
// letter label (so never read as an IPv4 number), no punycode (the URL class checks that).
const PLAIN_HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
// Path, query and fragment characters the URL class leaves exactly as written. Excluded, so
// they take the slow path: controls, space, quotes, `<>\^{}|` and backtick, non-ASCII.
const PLAIN_REST = /^[A-Za-z0-9\-._~!$&()*+,;=:@%/?#[\]]*$/;

function lowerAscii(s: string): string {
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c >= 65 && c <= 90) return s.toLowerCase();
	}
	return s;
}

/**
 * The parts by string operations, for plain URLs only; undefined where the
 * URL class must decide (which may still accept the URL).
 */
export function splitPlain(raw: string): UrlParts | undefined {
	if (raw.length > 8192) return undefined;
	let protocol: 'http:' | 'https:';
	let start: number;
	if (raw.startsWith('https://')) {
		protocol = 'https:';
		start = 8;
	} else if (raw.startsWith('http://')) {
		protocol = 'http:';
		start = 7;
	} else return undefined;
	let end = start;
	while (end < raw.length) {
		const c = raw.charCodeAt(end);
		if (c === 47 || c === 63 || c === 35) break; // `/`, `?`, `#`
		end++;
	}
	const hostname = lowerAscii(raw.slice(start, end));
	if (hostname.includes('xn--') || !PLAIN_HOST.test(hostname)) return undefined;
	const rest = raw.slice(end);
	if (!PLAIN_REST.test(rest)) return undefined;
	const hashAt = rest.indexOf('#');
	const beforeHash = hashAt < 0 ? rest : rest.slice(0, hashAt);
	const hash = hashAt < 0 || hashAt === rest.length - 1 ? '' : rest.slice(hashAt);
	const queryAt = beforeHash.indexOf('?');
	const path = queryAt < 0 ? beforeHash : beforeHash.slice(0, queryAt);
	// `[` and `]` are left alone by the URL class only after the host; `?` in a fragment is fine.
	if (path.includes('[') || path.includes(']')) return undefined;
	// Dot segments (`/./`, `/../`, `%2e`) are resolved by the URL class.
	if (path.includes('/.') || path.includes('%2e') || path.includes('%2E')) return undefined;
	const query = queryAt < 0 ? '' : beforeHash.slice(queryAt + 1);
	return { protocol, hostname, port: '', pathname: path || '/', query, hash };
}

/** The parts of an http(s) URL, fast where it can be; undefined if it is not one. */
export function splitHttpUrl(raw: string): UrlParts | undefined {
	return splitPlain(raw) ?? splitWithUrlClass(raw);
}
