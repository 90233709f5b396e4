/**
 * Recorded responses replayed through the injected transport, keyed by
 * method and URL. Every fixture a test loads must be asked for: `unused()`
 * lists the ones that were not, and the tests fail on any. A fixture can also
 * stand for a timeout or a dropped connection.
 */
/// <reference types="vite/client" />
import type { Transport, TransportRequest, TransportResponse } from '../../net/types';

/** One recorded exchange: `{url, status, headers, body}`. */
export interface Recorded {
	url: string;
	method?: 'GET' | 'POST';
	status?: number;
	headers?: Record<string, string>;
	/** UTF-8 text of the body. */
	body?: string;
	/** The body's bytes, for charsets other than UTF-8 and for compressed bodies. */
	bodyBase64?: string;
	/** No answer at all. */
	fails?: 'timeout' | 'network';
	/** How many requests it answers (default 1); later ones go to the next fixture for the URL. */
	times?: number;
}

/**
 * Every fixture file, bundled by Vitest (Vite's `import.meta.glob`), so this
 * helper reads no file itself and stays as pure as the core it tests.
 */
const FILES = import.meta.glob<Recorded | Recorded[]>('./fixtures/*.json', { eager: true, import: 'default' });

/** Read fixtures by file name (without `.json`); a file holds one exchange or an array. */
export function loadFixtures(...names: string[]): Recorded[] {
	return names.flatMap((n) => {
		const found = FILES[`./fixtures/${n}.json`];
		if (found === undefined) throw new Error(`no fixture ${n}.json`);
		// A fresh copy per load, as reading the file gave: a test may change what it was handed.
		const v = structuredClone(found);
		return Array.isArray(v) ? v : [v];
	});
}

/** A transport answering from fixtures, recording every request. */
export class Replay {
	readonly calls: TransportRequest[] = [];
	private left: { r: Recorded; n: number }[];

	constructor(fixtures: Recorded[]) {
		this.left = fixtures.map((r) => ({ r, n: r.times ?? 1 }));
	}

	readonly transport: Transport = (req) => {
		this.calls.push(req);
		const slot = this.left.find((s) => s.n > 0 && s.r.url === req.url && (s.r.method ?? 'GET') === req.method);
		if (!slot) return Promise.reject(new Error(`no fixture for ${req.method} ${req.url}`));
		slot.n--;
		const r = slot.r;
		if (r.fails === 'timeout') return Promise.reject(Object.assign(new Error('timed out'), { name: 'TimeoutError' }));
		if (r.fails === 'network') return Promise.reject(new Error('ECONNRESET'));
		const bytes = r.bodyBase64 !== undefined ? new Uint8Array(Buffer.from(r.bodyBase64, 'base64')) : new TextEncoder().encode(r.body ?? '');
		const body = bytes.length > req.maxBytes ? bytes.subarray(0, req.maxBytes) : bytes;
		const res: TransportResponse = { status: r.status ?? 200, headers: r.headers ?? {}, body, truncated: bytes.length > req.maxBytes };
		return Promise.resolve(res);
	};

	/** Fixtures never asked for (or asked fewer times than recorded). */
	unused(): string[] {
		return this.left.filter((s) => s.n > 0).map((s) => `${s.r.method ?? 'GET'} ${s.r.url}`);
	}

	/** URLs asked for, in order. */
	urls(): string[] {
		return this.calls.map((c) => c.url);
	}
}
