/**
 * Every request goes through here. It refuses hosts that are not on the public
 * internet (unless the reader allowed the local network, or the URL is an API
 * base the reader configured), follows redirects by hand — at most five, each
 * hop checked by the same rule and by scheme — sends a secret header (the
 * GitHub token) only to the origin it belongs to, caps the body, and never
 * lets credentials in a URL reach a message.
 *
 * Refusals and failures are values, never exceptions: one bad link is a
 * diagnostic for that resource, not an error for the run.
 */
import { localHostReason } from './address';
import { MAX_BODY_BYTES, type Transport, type TransportResponse } from './types';

/** What the reader allowed. */
export interface NetPolicy {
	/** "Allow fetching pages on my local network". */
	allowLocal: boolean;
	/** Origins (`http://127.0.0.1:8080`) the reader configured as API bases: allowed even when local, for API requests only. */
	trustedOrigins?: string[];
	/** Headers that go only to one origin (`Authorization` for the GitHub API). */
	secrets?: { origin: string; headers: Record<string, string> }[];
	timeoutMs?: number;
	maxBytes?: number;
	maxRedirects?: number;
}

/** One request, before the guard. */
export interface NetRequest {
	url: string;
	method?: 'GET' | 'POST';
	headers?: Record<string, string>;
	body?: string;
	/** A request to one of the APIs: the only kind the configured API bases are trusted for. */
	api?: boolean;
}

/** Why a request produced no usable answer. */
export type FailureKind = 'refused' | 'timeout' | 'network' | 'redirects';

/** The outcome of a guarded request. */
export type NetResult =
	| ({ ok: true; url: string } & TransportResponse)
	| { ok: false; kind: FailureKind; reason: string };

/** A URL without user name and password, for messages, reports and the cache. */
export function redactUrl(raw: string): string {
	try {
		const u = new URL(raw);
		if (!u.username && !u.password) return raw;
		u.username = '';
		u.password = '';
		return u.href;
	} catch {
		return raw.replace(/\/\/[^/@\s]*@/, '//');
	}
}

/** Why this URL may not be fetched under the policy, or undefined if it may. */
export function refusal(raw: string, policy: NetPolicy): string | undefined {
	let u: URL;
	try {
		u = new URL(raw);
	} catch {
		return 'not fetched: not a valid URL';
	}
	if (u.protocol !== 'http:' && u.protocol !== 'https:') return `not fetched: ${u.protocol.replace(':', '')} links are never fetched`;
	if (policy.trustedOrigins?.includes(u.origin)) return undefined;
	const reason = localHostReason(u.hostname);
	if (!reason) return undefined;
	if (policy.allowLocal && reason !== 'a host that is not valid' && reason !== 'no host') return undefined;
	return `not fetched: ${reason}`;
}

function isTimeout(e: unknown): boolean {
	return e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError');
}

/** Send a request under the policy: checked, redirected by hand, capped. */
export async function guardedFetch(transport: Transport, request: NetRequest, policy: NetPolicy): Promise<NetResult> {
	const maxRedirects = policy.maxRedirects ?? 5;
	const maxBytes = policy.maxBytes ?? MAX_BODY_BYTES;
	let url = request.url;
	let method = request.method ?? 'GET';
	let body = request.body;
	// A page link to the address of a configured API is judged like any other page.
	const rule = request.api ? policy : { ...policy, trustedOrigins: [] };
	for (let hop = 0; hop <= maxRedirects; hop++) {
		const refused = refusal(url, rule);
		if (refused) return { ok: false, kind: 'refused', reason: hop ? `${refused} (redirected from ${redactUrl(request.url)})` : refused };
		const target = new URL(url);
		// Credentials in a link are never sent on: they were written for a browser, not for us.
		target.username = '';
		target.password = '';
		const headers: Record<string, string> = {};
		for (const [k, v] of Object.entries(request.headers ?? {})) headers[k.toLowerCase()] = v;
		for (const s of policy.secrets ?? []) {
			if (s.origin !== target.origin) continue;
			for (const [k, v] of Object.entries(s.headers)) headers[k.toLowerCase()] = v;
		}
		let res: TransportResponse;
		try {
			const localAllowed = rule.allowLocal || !!rule.trustedOrigins?.includes(target.origin);
			res = await transport({ url: target.href, method, headers, ...(body !== undefined ? { body } : {}), maxBytes, timeoutMs: policy.timeoutMs ?? 20_000, localAllowed });
		} catch (e) {
			if (isTimeout(e)) return { ok: false, kind: 'timeout', reason: `no answer from ${target.host} in time` };
			if (e instanceof Error && e.name === 'RefusedError') return { ok: false, kind: 'refused', reason: e.message };
			return { ok: false, kind: 'network', reason: `could not reach ${target.host}` };
		}
		const location = res.status >= 300 && res.status < 400 ? headerOf(res.headers, 'location') : undefined;
		if (!location) {
			const truncated = res.truncated || res.body.length > maxBytes;
			return { ok: true, url: target.href, status: res.status, headers: lowerKeys(res.headers), body: truncated ? res.body.subarray(0, maxBytes) : res.body, truncated };
		}
		try {
			url = new URL(location, target).href;
		} catch {
			return { ok: false, kind: 'network', reason: `${target.host} redirected to an invalid address` };
		}
		if (res.status === 303 || ((res.status === 301 || res.status === 302) && method === 'POST')) {
			method = 'GET';
			body = undefined;
		}
	}
	return { ok: false, kind: 'redirects', reason: `not fetched: more than ${maxRedirects} redirects` };
}

/** A header by name, whatever case the transport gave it (Obsidian on mobile keeps the server's). */
export function headerOf(headers: Record<string, string>, name: string): string | undefined {
	const want = name.toLowerCase();
	for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === want) return v;
	return undefined;
}

function lowerKeys(headers: Record<string, string>): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [k, v] of Object.entries(headers)) out[k.toLowerCase()] = v;
	return out;
}
