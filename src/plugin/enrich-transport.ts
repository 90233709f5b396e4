/**
 * The plugin's transport: Obsidian's `requestUrl` (no CORS, so the real
 * status of a 429 reaches us), with `throw: false`, a timeout of our own
 * (requestUrl has none) and the body cut at the cap.
 *
 * requestUrl follows redirects itself and does not say where it ended, so in
 * the plugin the guard checks the address a link names but cannot check each
 * hop of a redirect; the CLI's transport can.
 */
import { requestUrl } from 'obsidian';
import type { Transport } from '../core';

/** A transport over requestUrl. */
export function requestUrlTransport(contact: string): Transport {
	return async (req) => {
		const headers: Record<string, string> = { ...req.headers };
		// Desktop Obsidian sends its own User-Agent; arXiv and Crossref ask for a contact.
		if (contact) headers['user-agent'] = `Syllabus (Obsidian plugin; mailto:${contact})`;
		let timer = 0;
		const timeout = new Promise<never>((_, reject) => {
			timer = window.setTimeout(() => reject(Object.assign(new Error('timed out'), { name: 'TimeoutError' })), req.timeoutMs);
		});
		try {
			const res = await Promise.race([requestUrl({ url: req.url, method: req.method, headers, ...(req.body !== undefined ? { body: req.body } : {}), throw: false }), timeout]);
			const bytes = new Uint8Array(res.arrayBuffer);
			const out: Record<string, string> = {};
			for (const [k, v] of Object.entries(res.headers ?? {})) out[k.toLowerCase()] = v;
			return { status: res.status, headers: out, body: bytes.length > req.maxBytes ? bytes.slice(0, req.maxBytes) : bytes, truncated: bytes.length > req.maxBytes };
		} finally {
			window.clearTimeout(timer);
		}
	};
}
