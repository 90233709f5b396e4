import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../net/__tests__/fake-clock';
import { emptyCache, type EnrichCache } from './cache';
import { enrichTargets } from './run';
import { targetOf } from './targets';
import { loadFixtures, Replay, type Recorded } from './__tests__/replay';
import type { Lookup } from './types';

let replay: Replay;
afterEach(() => expect(replay.unused()).toEqual([]));

/** Enrich one URL from the given fixtures; the result, the clock and the cache. */
async function one(url: string, fixtures: Recorded[], opts: { cache?: EnrichCache; refresh?: boolean; token?: string; said?: string } = {}): Promise<{ r: Lookup | undefined; clock: FakeClock; cache: EnrichCache }> {
	replay = new Replay(fixtures);
	const clock = new FakeClock();
	const cache = opts.cache ?? emptyCache();
	const t = targetOf(url, opts.said)!;
	const secrets = opts.token ? [{ origin: 'https://api.github.com', headers: { authorization: `Bearer ${opts.token}` } }] : [];
	const run = await enrichTargets([t], cache, { transport: replay.transport, clock, policy: { allowLocal: false, secrets }, refresh: !!opts.refresh });
	return { r: run.results.get(t.key), clock, cache };
}

describe('DOIs', () => {
	it('follows doi.org to the registration agency and reads CSL-JSON', async () => {
		const { r } = await one('https://doi.org/10.1145/3442188.3445922', loadFixtures('doi-redirect'));
		expect(r).toEqual({ ok: true, source: 'doi.org', meta: { doi: '10.1145/3442188.3445922', title: 'On the Dangers of Stochastic Parrots: Can Language Models Be Too Big? 🦜', authors: ['Emily M. Bender', 'Timnit Gebru', 'Angelina McMillan-Major', 'Shmargaret Shmitchell'], year: '2021', venue: 'Proceedings of the 2021 ACM Conference on Fairness, Accountability, and Transparency', abstract: 'The past 3 years of work in NLP have been characterized by the development and deployment of ever larger language models.' } });
		expect(replay.calls[0]!.headers.accept).toBe('application/vnd.citationstyles.csl+json');
	});

	it('finds a DOI in what the list said about a link', async () => {
		const { r } = await one('https://www.nature.com/articles/nature14539', loadFixtures('doi-429-then-ok'), { said: 'LeCun et al., Nature 521, doi:10.1038/nature14539.' });
		expect(r).toMatchObject({ ok: true, meta: { title: 'Deep learning', venue: 'Nature', year: '2015' } });
	});

	it('remembers an authoritative 404', async () => {
		const { r, cache } = await one('https://doi.org/10.9999/does-not-exist', loadFixtures('doi-404'));
		expect(r).toEqual({ ok: false, reason: 'HTTP 404 Not Found from doi.org: no such DOI', final: true });
		expect(cache.entries['doi.org/10.9999/does-not-exist']?.missing).toBe('HTTP 404 Not Found from doi.org: no such DOI');
	});

	it('waits as long as Retry-After says after a 429, then succeeds', async () => {
		const { r, clock } = await one('https://doi.org/10.1038/nature14539', loadFixtures('doi-429-then-ok'));
		expect(r?.ok).toBe(true);
		expect(clock.sleeps).toEqual([2000]);
	});

	it('retries a 429 without Retry-After once after 10 s, then reports the real status', async () => {
		const { r, clock, cache } = await one('https://doi.org/10.1038/nature14539', loadFixtures('doi-429-no-retry-after'));
		expect(r).toEqual({ ok: false, reason: 'HTTP 429 Too Many Requests from doi.org' });
		expect(clock.sleeps).toEqual([10_000]);
		expect(cache.entries).toEqual({});
	});
});

describe('GitHub', () => {
	const repo = 'https://github.com/karpathy/nanoGPT';

	it('reads a repository and keeps its ETag', async () => {
		const { r, cache } = await one(repo, loadFixtures('github-repo'));
		expect(r).toEqual({ ok: true, source: 'GitHub', etag: 'W/"5f1d0c"', meta: { title: 'karpathy/nanoGPT', description: 'The simplest, fastest repository for training/finetuning medium-sized GPTs.', abstract: 'The simplest, fastest repository for training/finetuning medium-sized GPTs.', stars: 41234, language: 'Python', topics: ['gpt', 'transformers'], archived: false, pushed: '2024-12-02' } });
		expect(cache.entries['github.com/karpathy/nanogpt']?.etag).toBe('W/"5f1d0c"');
	});

	it('revalidates on refresh with If-None-Match, and a 304 keeps what it knew', async () => {
		const { cache } = await one(repo, loadFixtures('github-repo'));
		const { r } = await one(repo, loadFixtures('github-304'), { cache, refresh: true });
		expect(replay.calls[0]!.headers['if-none-match']).toBe('W/"5f1d0c"');
		expect(r).toMatchObject({ ok: true, meta: { stars: 41234 } });
	});

	it('stops asking GitHub when the hourly limit is used up, and says until when', async () => {
		replay = new Replay(loadFixtures('github-limit'));
		const targets = [targetOf(repo)!, targetOf('https://github.com/openai/whisper')!];
		const run = await enrichTargets(targets, emptyCache(), { transport: replay.transport, clock: new FakeClock(), policy: { allowLocal: false } });
		expect(run.results.get(targets[0]!.key)).toEqual({ ok: false, reason: "HTTP 403 Forbidden from api.github.com: GitHub's rate limit is used up until 16:00 UTC" });
		expect(run.results.get(targets[1]!.key)).toMatchObject({ ok: false, reason: expect.stringMatching(/^not fetched: GitHub's rate limit is used up until 16:00 UTC/) as string });
		expect(replay.calls).toHaveLength(1);
	});

	it('sends the token to the API only, and never stores it', async () => {
		const { cache } = await one(repo, loadFixtures('github-repo'), { token: 'ghp_SECRET' });
		expect(replay.calls[0]!.headers.authorization).toBe('Bearer ghp_SECRET');
		expect(JSON.stringify(cache)).not.toContain('ghp_SECRET');
	});

	it('reports malformed JSON', async () => {
		const { r } = await one('https://github.com/huggingface/transformers', loadFixtures('github-malformed'));
		expect(r).toEqual({ ok: false, reason: 'GitHub answered with malformed JSON' });
	});
});

describe('YouTube', () => {
	it('reads title and channel from oEmbed', async () => {
		const { r } = await one('https://youtu.be/kCc8FmEb1nY', loadFixtures('youtube-video'));
		expect(r).toEqual({ ok: true, source: 'YouTube', meta: { title: "Let's build GPT: from scratch, in code, spelled out.", channel: 'Andrej Karpathy' } });
	});

	it('reports a private video and a bare "Forbidden" body', async () => {
		expect((await one('https://www.youtube.com/watch?v=private0001', loadFixtures('youtube-401'))).r).toEqual({ ok: false, reason: 'HTTP 401 Unauthorized from www.youtube.com: the video is private, removed or not embeddable', final: true });
		expect((await one('https://www.youtube.com/watch?v=forbid00001', loadFixtures('youtube-forbidden-200'))).r).toEqual({ ok: false, reason: 'YouTube answered with text/html, not JSON' });
	});
});

describe('web pages', () => {
	it('prefers citation tags over Open Graph and the title', async () => {
		const { r } = await one('https://proceedings.example.org/paper/attention', loadFixtures('web-citation'));
		expect(r).toEqual({ ok: true, source: 'proceedings.example.org', meta: { title: 'Attention Is All You Need', authors: ['Vaswani, Ashish', 'Shazeer, Noam'], year: '2017', venue: 'Advances in Neural Information Processing Systems' } });
	});

	it('takes og:title when the <title> is only the site name', async () => {
		const { r } = await one('https://blog.example.com/posts/kv-cache', loadFixtures('web-og'));
		expect(r).toMatchObject({ ok: true, meta: { title: 'KV caching, explained & measured', abstract: 'Why decoding gets faster with a cache. And what it costs.' } });
	});

	it.each([
		['bytes that lie about being UTF-8', 'https://cours.example.fr/reseaux', 'web-charset-lie', 'Les réseaux de neurones – cours'],
		['UTF-8 bytes declared as ISO-8859-1', 'https://bahn.example.de/ueberblick', 'web-charset-latin1-lie', 'Straßenbahn und Züge — ein Überblick'],
		['GBK declared in a meta tag', 'https://zh.example.cn/dl', 'web-gbk', '深度学习入门'],
	])('decodes %s', async (_, url, fixture, title) => {
		expect((await one(url, loadFixtures(fixture))).r).toMatchObject({ ok: true, meta: { title } });
	});

	it('does not take a consent wall or a challenge page for a title', async () => {
		expect((await one('https://news.example.com/article/42', loadFixtures('web-consent'))).r).toEqual({ ok: false, reason: 'the page has no title of its own (a consent, sign-in or challenge page, or a bare site name)' });
		expect((await one('https://protected.example.com/page', loadFixtures('web-challenge'))).r).toEqual({ ok: false, reason: 'HTTP 403 Forbidden from protected.example.com' });
	});

	it('reads the title from the first 512 KB of a longer page', async () => {
		const body = `<html><head><title>A very long page</title></head><body>${'<p>filler</p>'.repeat(60_000)}</body></html>`;
		const { r } = await one('https://long.example.com/page', [{ url: 'https://long.example.com/page', status: 200, headers: { 'content-type': 'text/html' }, body }]);
		expect(r).toMatchObject({ ok: true, meta: { title: 'A very long page' } });
		expect(replay.calls[0]!.maxBytes).toBe(512 * 1024);
	});

	it('does not read a PDF as a page', async () => {
		expect((await one('https://files.example.com/paper.pdf', loadFixtures('web-pdf'))).r).toEqual({ ok: false, reason: 'not a web page (application/pdf)', final: true });
	});

	it('refuses a page that redirects to the cloud metadata address, and a local link outright', async () => {
		expect((await one('https://short.example.com/x', loadFixtures('web-redirect-private'))).r).toEqual({ ok: false, reason: 'not fetched: a link-local address (redirected from https://short.example.com/x)' });
		const local = await one('http://192.168.1.1/admin', []);
		expect(local.r).toEqual({ ok: false, reason: 'not fetched: a local network address' });
		expect(local.cache.entries).toEqual({});
	});

	it('reports a link with credentials without them', async () => {
		const { r } = await one('http://admin:hunter2@10.0.0.5/status', []);
		expect(JSON.stringify(r)).not.toContain('hunter2');
	});
});

describe('circuit breaker', () => {
	it('stops asking a host after three failures in a row', async () => {
		const urls = ['a', 'b', 'c', 'd', 'e'].map((p) => `https://down.example.com/${p}`);
		// Another host answers first, so the network is there (with none, the run would stop as offline).
		const up = { url: 'https://up.example.org/x', status: 404 };
		replay = new Replay([up, ...urls.slice(0, 3).map((url) => ({ url, fails: 'network' as const }))]);
		const targets = [up.url, ...urls].map((u) => targetOf(u)!);
		const run = await enrichTargets(targets, emptyCache(), { transport: replay.transport, clock: new FakeClock(), policy: { allowLocal: false } });
		expect(run.offline).toBeUndefined();
		expect(replay.calls).toHaveLength(4);
		expect(run.results.get('down.example.com/e')).toEqual({ ok: false, reason: 'not fetched: down.example.com stopped answering (3 failures in a row: no connection, no connection, no connection)' });
	});
});
