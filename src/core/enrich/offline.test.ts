/**
 * Offline: a transport that fails every request with a connection error. The
 * run's first requests are its probe; once they reach no host, the run stops,
 * writes no note, caches nothing, and says so once. With the network back, the
 * next run fetches everything as if the first had never happened.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../index';
import { importCatalog } from '../import/apply';
import { FakeClock } from '../net/__tests__/fake-clock';
import type { Transport } from '../net/types';
import { emptyCache, serializeCache } from './cache';
import { MemoryEnrichVault } from './memory-vault';
import { NO_CONNECTION } from './run';
import { enrichVault } from './vault';
import { loadFixtures, Replay } from './__tests__/replay';

const SEEDS = join(__dirname, '../../../seeds');

async function seededVault(): Promise<MemoryEnrichVault> {
	const sources = readdirSync(SEEDS).sort().map((f) => ({ file: f, text: readFileSync(join(SEEDS, f), 'utf8') }));
	const vault = new MemoryEnrichVault();
	await importCatalog(vault, buildCatalog(sources), { folder: 'Syllabus', today: '2026-12-01' });
	return vault;
}

/** No network at all: every request is refused before an answer. */
function offlineTransport(): { transport: Transport; calls: string[] } {
	const calls: string[] = [];
	const transport: Transport = (req) => {
		calls.push(req.url);
		return Promise.reject(Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }));
	};
	return { transport, calls };
}

const policy = { allowLocal: false };

describe('enriching with no network', () => {
	it('stops after the probe, writes nothing, caches nothing, and fetches everything once back', async () => {
		const vault = await seededVault();
		const before = new Map(vault.files);
		const writes = vault.writes;
		const cache = emptyCache();
		const empty = serializeCache(cache);
		const off = offlineTransport();
		// Every source on: hundreds of links, yet only the probe's few requests are sent.
		const report = await enrichVault(vault, cache, { transport: off.transport, clock: new FakeClock(), policy });
		expect(report.offline).toMatch(new RegExp(`^${NO_CONNECTION.replace(/[.:]/g, '\\$&')}`));
		expect(off.calls.length).toBeLessThanOrEqual(5);
		expect([report.filled.length, report.failed.length, vault.writes - writes]).toEqual([0, 0, 0]);
		expect(new Map(vault.files)).toEqual(before);
		expect(serializeCache(cache)).toBe(empty);

		// The network is back: the arXiv papers are fetched as on a first run.
		const replay = new Replay(loadFixtures('arxiv-seeds'));
		const again = await enrichVault(vault, cache, { transport: replay.transport, clock: new FakeClock(), policy, sources: ['arxiv'] });
		expect(again.offline).toBeUndefined();
		expect(again.failed).toEqual([]);
		expect(again.fromCache).toBe(0);
		expect(again.filled.filter((f) => f.renamedFrom)).toHaveLength(5);
		expect(replay.unused()).toEqual([]);
	});

	it('times out everywhere: the same stop', async () => {
		const vault = await seededVault();
		const cache = emptyCache();
		const timeout: Transport = () => Promise.reject(Object.assign(new Error('timed out'), { name: 'TimeoutError' }));
		const report = await enrichVault(vault, cache, { transport: timeout, clock: new FakeClock(), policy, sources: ['arxiv'] });
		expect(report.offline).toContain(NO_CONNECTION);
		expect(cache.entries).toEqual({});
	});

	it('goes on when one host is down but another answers', async () => {
		const vault = new MemoryEnrichVault();
		const note = (id: string, url: string): string => `---\nsyllabus-id: r-${id}\nurl: ${url}\n---\n`;
		vault.files.set('Syllabus/Resources/a.md', note('a', 'https://down.example.com/a'));
		vault.files.set('Syllabus/Resources/b.md', note('b', 'https://up.example.org/b'));
		const transport: Transport = (req) =>
			req.url.includes('down.example.com')
				? Promise.reject(new Error('ECONNREFUSED'))
				: Promise.resolve({ status: 404, headers: {}, body: new Uint8Array() });
		const cache = emptyCache();
		const report = await enrichVault(vault, cache, { transport, clock: new FakeClock(), policy, sources: ['web'] });
		expect(report.offline).toBeUndefined();
		expect(report.failed.map((f) => f.reason)).toEqual(['could not reach down.example.com', 'HTTP 404 Not Found from up.example.org']);
		// The 404 is a server's verdict and is kept; the unreachable host is asked again next time.
		expect(Object.values(cache.entries).map((e) => e.url)).toEqual(['https://up.example.org/b']);
	});
});
