/**
 * The CLI's transport: Node's `fetch` with redirects left to the core's guard
 * (`redirect: 'manual'`), a timeout over the whole exchange, a User-Agent with
 * a contact address, and a body read as a stream that stops at the cap. Node
 * decompresses gzip, deflate and brotli while streaming, so the cap counts
 * decompressed bytes: a small compressed bomb is cut off at 512 KB.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import { localHostReason, type Transport } from '../core';

/** Resolves a host name to its addresses (injectable for tests: they have no DNS). */
export type Lookup = (host: string) => Promise<{ address: string }[]>;

const systemLookup: Lookup = (host) => dnsLookup(host, { all: true, verbatim: true });

/**
 * Refuse a public-looking name that resolves to a local address. The check
 * runs before fetch resolves the name again, so a name that changes its
 * answer in between is not caught; a name that simply points home is.
 */
async function refuseLocalName(url: string, lookup: Lookup): Promise<void> {
	const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
	if (localHostReason(host) !== undefined || /^[\d.]+$|:/.test(host)) return;
	let addresses: { address: string }[];
	try {
		addresses = await lookup(host);
	} catch {
		return; // fetch reports the name that does not resolve
	}
	const local = addresses.map((a) => localHostReason(a.address)).find((r) => r !== undefined);
	if (local) throw Object.assign(new Error(`not fetched: ${host} points to ${local}`), { name: 'RefusedError' });
}

/** The User-Agent arXiv and Crossref ask for: who we are and how to reach the reader. */
export function userAgent(version: string, contact?: string): string {
	return `Syllabus/${version} (reading-list metadata${contact ? `; mailto:${contact}` : ''})`;
}

/** Read at most `max` bytes of a response body. */
async function readCapped(res: Response, max: number): Promise<{ body: Uint8Array; truncated: boolean }> {
	if (!res.body) return { body: new Uint8Array(), truncated: false };
	const reader = res.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	let truncated = false;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		chunks.push(value);
		size += value.length;
		if (size > max) {
			truncated = true;
			await reader.cancel();
			break;
		}
	}
	const body = new Uint8Array(Math.min(size, max));
	let at = 0;
	for (const c of chunks) {
		const part = c.subarray(0, Math.min(c.length, body.length - at));
		body.set(part, at);
		at += part.length;
		if (at >= body.length) break;
	}
	return { body, truncated };
}

/** A transport over Node's fetch. */
export function nodeTransport(agent: string, lookup: Lookup = systemLookup): Transport {
	return async (req) => {
		if (!req.localAllowed) await refuseLocalName(req.url, lookup);
		const res = await fetch(req.url, {
			method: req.method,
			headers: { 'user-agent': agent, 'accept-encoding': 'gzip, deflate, br', ...req.headers },
			...(req.body !== undefined ? { body: req.body } : {}),
			redirect: 'manual',
			signal: AbortSignal.timeout(req.timeoutMs),
		});
		const headers: Record<string, string> = {};
		res.headers.forEach((v, k) => (headers[k] = v));
		const { body, truncated } = await readCapped(res, req.maxBytes);
		return { status: res.status, headers, body, truncated };
	};
}

/** The real clock. */
export const systemClock = {
	now: (): number => Date.now(),
	sleep: (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms)),
};
