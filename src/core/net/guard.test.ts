import { describe, expect, it } from 'vitest';
import { FakeClock } from './__tests__/fake-clock';
import { guardedFetch, redactUrl } from './guard';
import { HostGate } from './host-gate';
import type { TransportRequest, TransportResponse } from './types';

const text = (s: string): Uint8Array => new TextEncoder().encode(s);

/** A transport that answers from a table and records what it was asked. */
function table(answers: Record<string, TransportResponse>): { calls: TransportRequest[]; fetch: (r: TransportRequest) => Promise<TransportResponse> } {
	const calls: TransportRequest[] = [];
	return {
		calls,
		fetch: (r) => {
			calls.push(r);
			const a = answers[r.url];
			return a ? Promise.resolve(a) : Promise.reject(new Error(`unexpected ${r.url}`));
		},
	};
}
const redirect = (to: string, status = 302): TransportResponse => ({ status, headers: { Location: to }, body: new Uint8Array() });
const ok = (body: string): TransportResponse => ({ status: 200, headers: { 'Content-Type': 'text/html' }, body: text(body) });

describe('guarded fetch', () => {
	it('refuses a public page that redirects to a private address, without asking it', async () => {
		const t = table({ 'https://short.example/x': redirect('http://192.168.1.1/admin') });
		const r = await guardedFetch(t.fetch, { url: 'https://short.example/x' }, { allowLocal: false });
		expect(r).toEqual({ ok: false, kind: 'refused', reason: 'not fetched: a local network address (redirected from https://short.example/x)' });
		expect(t.calls.map((c) => c.url)).toEqual(['https://short.example/x']);
	});

	it('refuses a redirect to another scheme', async () => {
		const t = table({ 'https://a.example/': redirect('file:///etc/passwd') });
		const r = await guardedFetch(t.fetch, { url: 'https://a.example/' }, { allowLocal: true });
		expect(r.ok ? '' : r.reason).toMatch(/^not fetched: file links are never fetched/);
	});

	it('follows at most five redirects, relative ones included', async () => {
		const answers: Record<string, TransportResponse> = {};
		for (let i = 0; i < 6; i++) answers[`https://a.example/${i}`] = redirect(`/${i + 1}`, 301);
		answers['https://a.example/6'] = ok('end');
		const r = await guardedFetch(table(answers).fetch, { url: 'https://a.example/0' }, { allowLocal: false });
		expect(r).toEqual({ ok: false, kind: 'redirects', reason: 'not fetched: more than 5 redirects' });
		const five = await guardedFetch(table(answers).fetch, { url: 'https://a.example/1' }, { allowLocal: false });
		expect(five.ok && new TextDecoder().decode(five.body)).toBe('end');
	});

	it('sends the token only to its own origin, never across a redirect', async () => {
		const t = table({
			'https://api.github.com/repos/a/b': redirect('https://api.github.com/repositories/1', 301),
			'https://api.github.com/repositories/1': redirect('https://evil.example/steal'),
			'https://evil.example/steal': ok('{}'),
		});
		const policy = { allowLocal: false, secrets: [{ origin: 'https://api.github.com', headers: { Authorization: 'Bearer SECRET' } }] };
		const r = await guardedFetch(t.fetch, { url: 'https://api.github.com/repos/a/b' }, policy);
		expect(r.ok).toBe(true);
		expect(t.calls.map((c) => c.headers.authorization)).toEqual(['Bearer SECRET', 'Bearer SECRET', undefined]);
		expect(JSON.stringify(r)).not.toContain('SECRET');
	});

	it('strips credentials from the URL it sends and from every message', async () => {
		const t = table({ 'https://host.example/p': redirect('http://10.0.0.1/') });
		const r = await guardedFetch(t.fetch, { url: 'https://user:hunter2@host.example/p' }, { allowLocal: false });
		expect(t.calls[0]!.url).toBe('https://host.example/p');
		expect(JSON.stringify(r)).not.toContain('hunter2');
		expect(redactUrl('https://user:pass@host.example/a?b=1')).toBe('https://host.example/a?b=1');
		expect(redactUrl('https://host.example/a')).toBe('https://host.example/a');
	});

	it('caps a body the transport did not cap, and says so', async () => {
		const big = new Uint8Array(600 * 1024).fill(65);
		const r = await guardedFetch(() => Promise.resolve({ status: 200, headers: {}, body: big }), { url: 'https://a.example/' }, { allowLocal: false });
		expect(r.ok && [r.body.length, r.truncated]).toEqual([512 * 1024, true]);
	});

	it('asks the transport for at most 512 KB and a timeout', async () => {
		const t = table({ 'https://a.example/': ok('x') });
		await guardedFetch(t.fetch, { url: 'https://a.example/' }, { allowLocal: false, timeoutMs: 5000 });
		expect(t.calls[0]).toMatchObject({ maxBytes: 524288, timeoutMs: 5000, method: 'GET', localAllowed: false });
	});

	it('turns timeouts and network errors into failures, not exceptions', async () => {
		const timeout = Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' });
		expect(await guardedFetch(() => Promise.reject(timeout), { url: 'https://slow.example/' }, { allowLocal: false })).toEqual({ ok: false, kind: 'timeout', reason: 'no answer from slow.example in time' });
		expect(await guardedFetch(() => Promise.reject(new Error('ECONNRESET')), { url: 'https://a.example/' }, { allowLocal: false })).toMatchObject({ ok: false, kind: 'network' });
	});
});

describe('host gate', () => {
	it('spaces requests to one host and lets others through at once', async () => {
		const clock = new FakeClock();
		const gate = new HostGate(clock, { 'export.arxiv.org': { minGapMs: 3000 } });
		const starts: [string, number][] = [];
		const hit = (h: string) => gate.run(h, () => Promise.resolve(starts.push([h, clock.now()])));
		await Promise.all([hit('export.arxiv.org'), hit('export.arxiv.org'), hit('api.github.com'), hit('export.arxiv.org')]);
		const arxiv = starts.filter(([h]) => h === 'export.arxiv.org').map(([, t]) => t);
		expect(arxiv[1]! - arxiv[0]!).toBeGreaterThanOrEqual(3000);
		expect(arxiv[2]! - arxiv[1]!).toBeGreaterThanOrEqual(3000);
	});

	it('waits out a pause and breaks after repeated failures', async () => {
		const clock = new FakeClock();
		const gate = new HostGate(clock);
		gate.pause('a.example', clock.now() + 60_000);
		await gate.run('a.example', () => Promise.resolve());
		expect(clock.sleeps).toEqual([60_000]);
		gate.record('a.example', 'HTTP 503');
		gate.record('a.example', 'HTTP 503');
		expect(gate.broken('a.example')).toBeUndefined();
		gate.record('a.example', 'timeout');
		expect(gate.broken('a.example')).toBe('a.example stopped answering (3 failures in a row: HTTP 503, HTTP 503, timeout)');
	});
});

describe('configured API bases', () => {
	it('are trusted for API requests only, not for a page link to the same address', async () => {
		const t = table({ 'http://127.0.0.1:9000/repos/a/b': ok('{}') });
		const policy = { allowLocal: false, trustedOrigins: ['http://127.0.0.1:9000'] };
		expect((await guardedFetch(t.fetch, { url: 'http://127.0.0.1:9000/repos/a/b', api: true }, policy)).ok).toBe(true);
		expect(await guardedFetch(t.fetch, { url: 'http://127.0.0.1:9000/admin' }, policy)).toEqual({ ok: false, kind: 'refused', reason: 'not fetched: a loopback address' });
		expect(t.calls).toHaveLength(1);
	});
});
