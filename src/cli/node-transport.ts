/**
 * The CLI's transport: Node's `fetch` with redirects left to the core's guard
 * (`redirect: 'manual'`), a timeout over the whole exchange, a User-Agent with
 * a contact address, and a body read as a stream that stops at the cap. Node
 * decompresses gzip, deflate and brotli while streaming, so the cap counts
 * decompressed bytes: a small compressed bomb is cut off at 512 KB.
 */
import type { Transport } from '../core';

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
export function nodeTransport(agent: string): Transport {
	return async (req) => {
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
