/**
 * One request to an API or a page, with everything around it: the guard, the
 * host's turn and pace, one retry after a 429 or 503 when the wait is short,
 * the circuit breaker, and messages that show the real status. Answers are
 * values; nothing here throws.
 */
import { guardedFetch, headerOf, redactUrl, type NetPolicy } from '../net/guard';
import { HostGate } from '../net/host-gate';
import type { Clock, Transport } from '../net/types';

/** What a request produced. */
export type Answer =
	| { ok: true; status: number; headers: Record<string, string>; body: Uint8Array; truncated: boolean; url: string }
	| { ok: false; reason: string; status?: number; transient: boolean };

/** Options of one request. */
export interface AskOptions {
	headers?: Record<string, string>;
	/** Retries after 429/503 (default 1). arXiv uses 0: it falls back to DataCite instead. */
	retries?: number;
	/** A request to an API (not a page): configured API bases are trusted for these only. */
	api?: boolean;
}

const STATUS_TEXT: Record<number, string> = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 410: 'Gone', 429: 'Too Many Requests', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout' };

/** "HTTP 429 Too Many Requests from export.arxiv.org". */
export function statusMessage(status: number, url: string): string {
	let host = url;
	try {
		host = new URL(url).host;
	} catch {
		/* keep the text */
	}
	return `HTTP ${status}${STATUS_TEXT[status] ? ` ${STATUS_TEXT[status]}` : ''} from ${host}`;
}

/** Milliseconds a Retry-After header asks for (seconds or an HTTP date), or undefined. */
export function retryAfterMs(headers: Record<string, string>, now: number): number | undefined {
	const v = headerOf(headers, 'retry-after');
	if (!v) return undefined;
	if (/^\d+$/.test(v.trim())) return Number(v) * 1000;
	const t = Date.parse(v);
	return Number.isNaN(t) ? undefined : Math.max(0, t - now);
}

/** Longest wait before a retry; a longer one fails the request instead. */
const MAX_RETRY_WAIT = 60_000;
/** Wait before retrying a 429/503 that named no time. */
const DEFAULT_RETRY_WAIT = 10_000;

/** Requests for one run. */
export class Client {
	readonly gate: HostGate;
	/** Requests actually sent (retries count). */
	requests = 0;
	/** Requests that got an HTTP answer, whatever its status: proof the network is there. */
	answered = 0;
	/** Hosts a request could not reach (no connection, DNS, refused, timeout), with how it failed. */
	readonly unreachable = new Map<string, 'network' | 'timeout'>();

	constructor(
		private readonly transport: Transport,
		private readonly clock: Clock,
		private readonly policy: NetPolicy,
		rules: ConstructorParameters<typeof HostGate>[1] = {},
		onWait?: (host: string, ms: number) => void,
	) {
		const counted: Transport = (r) => {
			this.requests++;
			return this.transport(r);
		};
		this.send = (url, headers, api) => guardedFetch(counted, { url, headers, api }, this.policy);
		this.gate = new HostGate(clock, rules, onWait);
	}

	private readonly send: (url: string, headers: Record<string, string>, api: boolean) => ReturnType<typeof guardedFetch>;

	/** GET a URL through the guard and the host's gate. */
	async get(url: string, options: AskOptions = {}): Promise<Answer> {
		let host: string;
		try {
			host = new URL(url).host;
		} catch {
			return { ok: false, reason: 'not fetched: not a valid URL', transient: false };
		}
		for (let attempt = 0; ; attempt++) {
			const broken = this.gate.broken(host);
			if (broken) return { ok: false, reason: `not fetched: ${broken}`, transient: true };
			const r = await this.gate.run(host, () => this.send(url, options.headers ?? {}, options.api ?? false));
			if (!r.ok) {
				if (r.kind === 'timeout' || r.kind === 'network') {
					this.gate.record(host, r.kind === 'timeout' ? 'timeout' : 'no connection');
					this.unreachable.set(host, r.kind);
				}
				return { ok: false, reason: r.reason, transient: r.kind === 'timeout' || r.kind === 'network' };
			}
			this.answered++;
			const limited = r.status === 429 || r.status === 503;
			if (!limited && r.status < 500) {
				this.gate.record(host);
				return { ok: true, status: r.status, headers: r.headers, body: r.body, truncated: !!r.truncated, url: redactUrl(r.url) };
			}
			this.gate.record(host, `HTTP ${r.status}`);
			const wait = limited ? (retryAfterMs(r.headers, this.clock.now()) ?? DEFAULT_RETRY_WAIT) : DEFAULT_RETRY_WAIT;
			const message = statusMessage(r.status, r.url);
			if (attempt >= (options.retries ?? 1) || wait > MAX_RETRY_WAIT) {
				if (wait > MAX_RETRY_WAIT) this.gate.pause(host, this.clock.now() + wait);
				return { ok: false, reason: message, status: r.status, transient: true };
			}
			this.gate.pause(host, this.clock.now() + wait);
		}
	}
}

/** The body as text (UTF-8), or a failure if it was cut at the cap. */
export function bodyText(a: Extract<Answer, { ok: true }>, what: string): { text: string } | { reason: string } {
	if (a.truncated) return { reason: `${what} was larger than 512 KB; not read` };
	return { text: new TextDecoder('utf-8').decode(a.body) };
}

/** The body as JSON, refusing HTML (a login or error page) and anything cut or malformed. */
export function bodyJson(a: Extract<Answer, { ok: true }>, what: string): { json: unknown } | { reason: string } {
	const type = headerOf(a.headers, 'content-type') ?? '';
	if (/html|xml/i.test(type)) return { reason: `${what} answered with ${type.split(';')[0]!.trim()}, not JSON` };
	const t = bodyText(a, what);
	if ('reason' in t) return t;
	try {
		return { json: JSON.parse(t.text) as unknown };
	} catch {
		return { reason: `${what} answered with malformed JSON` };
	}
}
