/**
 * Local HTTP servers on 127.0.0.1 that answer like the public APIs, from the
 * same recorded fixtures the core's tests replay: one server per public
 * origin, requests matched by path and query. A fixture may be slow
 * (`delayMs`); Location headers that point at a served origin are rewritten
 * to the local server. Every request is recorded, and unused fixtures listed.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Recorded } from '../../core/enrich/__tests__/replay';

/** A recorded exchange, optionally slow. */
export type Served = Recorded & { delayMs?: number };

/** Servers standing in for public origins. */
export class FixtureServers {
	private servers = new Map<string, { server: Server; base: string }>();
	private left: { r: Served; n: number; origin: string; path: string }[] = [];
	/** Requests received, as `origin path` (the public origin they stand for). */
	readonly hits: string[] = [];

	/** Start one server per origin. */
	async start(origins: string[]): Promise<this> {
		for (const origin of origins) {
			const server = createServer((req, res) => this.answer(origin, req.method ?? 'GET', req.url ?? '/', res));
			await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
			this.servers.set(origin, { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
		}
		return this;
	}

	/** The local base URL standing for a public origin. */
	base(origin: string): string {
		return this.servers.get(origin)!.base;
	}

	/** Serve these fixtures (their URLs are public; each is served by its origin's server). */
	serve(fixtures: Served[]): void {
		for (const r of fixtures) {
			const u = new URL(r.url);
			this.left.push({ r, n: r.times ?? 1, origin: u.origin, path: u.pathname + u.search });
		}
	}

	/** Fixtures not asked for. */
	unused(): string[] {
		return this.left.filter((s) => s.n > 0).map((s) => s.r.url);
	}

	private answer(origin: string, method: string, path: string, res: import('node:http').ServerResponse): void {
		this.hits.push(`${origin}${path}`);
		const slot = this.left.find((s) => s.n > 0 && s.origin === origin && s.path === path && (s.r.method ?? 'GET') === method);
		if (!slot) {
			res.writeHead(404, { 'content-type': 'text/plain' }).end(`no fixture for ${method} ${origin}${path}`);
			return;
		}
		slot.n--;
		const r = slot.r;
		const send = (): void => {
			if (r.fails) {
				res.destroy();
				return;
			}
			const headers: Record<string, string> = { ...(r.headers ?? {}) };
			for (const [k, v] of Object.entries(headers)) {
				if (k.toLowerCase() !== 'location') continue;
				const to = new URL(v);
				const local = this.servers.get(to.origin);
				if (local) headers[k] = `${local.base}${to.pathname}${to.search}`;
			}
			const body = r.bodyBase64 !== undefined ? Buffer.from(r.bodyBase64, 'base64') : Buffer.from(r.body ?? '', 'utf8');
			res.writeHead(r.status ?? 200, headers).end(body);
		};
		if (r.delayMs) setTimeout(send, r.delayMs);
		else send();
	}

	/** Stop every server. */
	async stop(): Promise<void> {
		for (const { server } of this.servers.values()) {
			server.closeAllConnections();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		}
	}
}
