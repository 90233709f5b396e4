/**
 * The shapes of the one network seam: the plugin passes a wrapper of
 * Obsidian's `requestUrl`, the CLI one of Node's `fetch`, tests a replay of
 * recorded responses. The core never calls the network itself.
 */

/** What the core asks the transport to do. */
export interface TransportRequest {
	url: string;
	method: 'GET' | 'POST';
	/** Header names in lower case. */
	headers: Record<string, string>;
	body?: string;
	/** Read at most this many bytes of the (decoded) body, then stop and set `truncated`. */
	maxBytes: number;
	/** Give up after this long; reject with an error named `TimeoutError`. */
	timeoutMs: number;
	/**
	 * Whether this hop may reach a local address. A transport that can resolve
	 * names (the CLI's) refuses a public name that resolves to a local address
	 * when this is false, rejecting with an error named `RefusedError`.
	 */
	localAllowed: boolean;
}

/** What came back. A transport answers 3xx as it is, without following it. */
export interface TransportResponse {
	status: number;
	/** Header names in lower case. */
	headers: Record<string, string>;
	body: Uint8Array;
	/** True when the body was longer than `maxBytes` and was cut. */
	truncated?: boolean;
}

/** The injected network function. Rejects only when no answer came (network, timeout). */
export type Transport = (request: TransportRequest) => Promise<TransportResponse>;

/** Time, injected so tests can run hours of pacing in no time. */
export interface Clock {
	/** Milliseconds since the epoch. */
	now(): number;
	sleep(ms: number): Promise<void>;
}

/** The largest body read from any source: HTML, JSON and XML alike. */
export const MAX_BODY_BYTES = 512 * 1024;
