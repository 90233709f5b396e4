import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../net/__tests__/fake-clock';
import { parseArxivFeed, arxivUrl } from './arxiv';
import { emptyCache } from './cache';
import { enrichTargets, type EnrichDeps } from './run';
import { loadFixtures, Replay, type Recorded } from './__tests__/replay';
import type { EnrichTarget } from './types';

let replay: Replay;
afterEach(() => expect(replay.unused()).toEqual([]));

const paper = (id: string): EnrichTarget => ({ key: `arxiv:${id}`, url: `https://arxiv.org/abs/${id}`, source: 'arxiv', id });
function deps(fixtures: Recorded[], clock = new FakeClock()): EnrichDeps & { clock: FakeClock } {
	replay = new Replay(fixtures);
	return { transport: replay.transport, clock, policy: { allowLocal: false } };
}

describe('arXiv feed', () => {
	it('reads a recorded batch where one id is unknown, matching by id and skipping the feed title', async () => {
		const d = deps(loadFixtures('arxiv-batch-unknown-id'));
		const cache = emptyCache();
		const run = await enrichTargets([paper('0808.05394'), paper('1707.08567')], cache, d);
		const found = run.results.get('arxiv:1707.08567');
		expect(found).toMatchObject({ ok: true, source: 'arXiv', meta: { title: 'Proceedings of Workshop AEW10: Concepts in Information Theory and Communications', year: '2017', arxiv: '1707.08567' } });
		expect(found?.ok && found.meta.authors).toHaveLength(34);
		expect(found?.ok && found.meta.authors).toContain('Dirk Wübben');
		expect(run.results.get('arxiv:0808.05394')).toEqual({ ok: false, reason: 'arXiv has no paper with this id', final: true });
		// The unknown id is remembered as missing: arXiv answered the batch, so it is a verdict.
		expect(cache.entries['arxiv:0808.05394']?.missing).toBe('arXiv has no paper with this id');
	});

	it('does not cache an empty answer to a whole batch', async () => {
		const cache = emptyCache();
		const run = await enrichTargets([paper('0000.0000')], cache, deps(loadFixtures('arxiv-empty')));
		expect(run.results.get('arxiv:0000.0000')).toMatchObject({ ok: false, reason: expect.stringContaining('no papers') as string });
		expect(cache.entries).toEqual({});
	});

	it("reports arXiv's 400 for a malformed id with the real status", async () => {
		const run = await enrichTargets([paper('abc')], emptyCache(), deps(loadFixtures('arxiv-error-400')));
		expect(run.results.get('arxiv:abc')).toEqual({ ok: false, reason: 'HTTP 400 Bad Request from export.arxiv.org: incorrect id format for abc', final: true });
	});

	it('reads an old-style id with its journal reference', async () => {
		const run = await enrichTargets([paper('astro-ph/0601001')], emptyCache(), deps(loadFixtures('arxiv-old-style')));
		const r = run.results.get('arxiv:astro-ph/0601001');
		expect(r).toMatchObject({ ok: true, meta: { venue: 'ActaAstron.56:1-50,2006', year: '2006', authors: ['Andrew Gould', 'Susan Dorsher', 'B. Scott Gaudi', 'Andrzej Udalski'] } });
		expect(r?.ok && r.meta.title).toMatch(/^Frequency of Hot Jupiters/);
	});

	it('never parses a non-feed as papers', () => {
		expect(parseArxivFeed('<html><title>arXiv</title></html>')).toEqual({ ok: false, reason: 'arXiv answered with something that is not a feed' });
	});
});

describe('arXiv batching and pacing', () => {
	it('asks for 120 papers in three requests of at most 50, each with max_results, at least 3 s apart', async () => {
		const ids = Array.from({ length: 120 }, (_, i) => `2401.${String(10000 + i)}`);
		const batches = [ids.slice(0, 50), ids.slice(50, 100), ids.slice(100)];
		const feed = (b: string[]): string => `<feed><opensearch:totalResults>${b.length}</opensearch:totalResults>${[...b].reverse().map((id) => `<entry><id>http://arxiv.org/abs/${id}v1</id><title>Paper ${id}</title><published>2024-01-01T00:00:00Z</published></entry>`).join('')}</feed>`;
		const d = deps(batches.map((b) => ({ url: arxivUrl('https://export.arxiv.org/api/query', b), status: 200, headers: {}, body: feed(b) })));
		const starts: number[] = [];
		const transport = d.transport;
		d.transport = (r) => {
			starts.push(d.clock.now());
			return transport(r);
		};
		const notes: string[] = [];
		const run = await enrichTargets([...ids].reverse().map(paper), emptyCache(), { ...d, onProgress: (p) => p.note && notes.push(`${p.done}/${p.total} · ${p.note}`) });
		expect(notes).toEqual(['50/120 · arXiv waiting 3 s', '100/120 · arXiv waiting 3 s']);
		expect(replay.calls.map((c) => new URL(c.url).searchParams.get('max_results'))).toEqual(['50', '50', '20']);
		expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(3000);
		expect(starts[2]! - starts[1]!).toBeGreaterThanOrEqual(3000);
		expect(run.results.get('arxiv:2401.10077')).toMatchObject({ ok: true, meta: { title: 'Paper 2401.10077' } });
		expect([...run.results.values()].every((r) => r.ok)).toBe(true);
	});

	it.each([
		['a 429 without Retry-After', 'arxiv-429', 'HTTP 429 Too Many Requests from export.arxiv.org'],
		['a 503', 'arxiv-503', 'HTTP 503 Service Unavailable from export.arxiv.org'],
		['a stall past the timeout', 'arxiv-timeout', 'no answer from export.arxiv.org in time'],
		['malformed XML', 'arxiv-malformed', 'arXiv answered with something that is not a feed'],
		['an HTML page with status 200', 'arxiv-html-200', 'arXiv answered with text/html, not a feed'],
	])('falls back to DataCite on %s, and says why', async (_, fixture, why) => {
		const d = deps(loadFixtures(fixture, 'datacite-2205.14135'));
		const cache = emptyCache();
		const run = await enrichTargets([paper('2205.14135')], cache, d);
		expect(run.results.get('arxiv:2205.14135')).toMatchObject({ ok: true, source: 'DataCite', meta: { title: 'FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness', authors: ['Tri Dao', 'Daniel Y. Fu', 'Stefano Ermon', 'Atri Rudra', 'Christopher Ré'], year: '2022' } });
		expect(replay.calls).toHaveLength(2);
		expect(replay.unused()).toEqual([]);
		expect(cache.entries['arxiv:2205.14135']?.from).toBe('DataCite');
		const both = await enrichTargets([paper('2205.14135')], emptyCache(), deps([...loadFixtures(fixture), { url: 'https://api.datacite.org/dois/10.48550/arXiv.2205.14135', status: 404, headers: {}, body: '{}' }]));
		expect(both.results.get('arxiv:2205.14135')).toEqual({ ok: false, reason: `${why}; DataCite: HTTP 404 Not Found from api.datacite.org` });
	});

	it('says what both services answered when neither helps, and remembers nothing', async () => {
		const d = deps([...loadFixtures('arxiv-429'), { url: 'https://api.datacite.org/dois/10.48550/arXiv.2205.14135', status: 404, headers: {}, body: '{"errors":[{"status":"404"}]}' }]);
		const cache = emptyCache();
		const run = await enrichTargets([paper('2205.14135')], cache, d);
		expect(run.results.get('arxiv:2205.14135')).toEqual({ ok: false, reason: 'HTTP 429 Too Many Requests from export.arxiv.org; DataCite: HTTP 404 Not Found from api.datacite.org' });
		expect(cache.entries).toEqual({});
	});

	it('makes no request for papers already in the cache', async () => {
		const cache = emptyCache();
		await enrichTargets([paper('astro-ph/0601001')], cache, deps(loadFixtures('arxiv-old-style')));
		const again = await enrichTargets([paper('astro-ph/0601001')], cache, deps([]));
		expect([again.requests, again.fromCache]).toEqual([0, 1]);
		expect(again.results.get('arxiv:astro-ph/0601001')?.ok).toBe(true);
	});

	it('stops between requests when cancelled, keeping what it learned', async () => {
		const ids = Array.from({ length: 60 }, (_, i) => `2401.${String(20000 + i)}`);
		const d = deps([{ url: arxivUrl('https://export.arxiv.org/api/query', ids.slice(0, 50)), status: 200, headers: {}, body: '<feed></feed>' }]);
		let calls = 0;
		const run = await enrichTargets(ids.map(paper), emptyCache(), { ...d, cancelled: () => calls++ > 0 });
		expect(run.cancelled).toBe(true);
		expect(replay.calls).toHaveLength(1);
		expect(run.results.size).toBe(50);
	});
});
