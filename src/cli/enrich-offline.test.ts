/**
 * `syllabus enrich` with no network (the API bases point at a closed port on
 * 127.0.0.1, so every request is refused): one line, a failing exit code and
 * the cache file untouched; then the same run against a local server fetches
 * everything. And `import … --enrich` into a vault that already has resource
 * notes fetches only the notes that import created (the server counts them).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadFixtures } from '../core/enrich/__tests__/replay';
import { NO_CONNECTION, type EnrichReport } from '../core';
import { tempDir } from './__tests__/temp-dirs';
import { FixtureServers } from './__tests__/fixture-server';
import { cachePath, formatEnrichReport, runEnrich } from './enrich-command';
import { run } from './main';

const SEEDS = join(__dirname, '../../seeds');
const seeds = readdirSync(SEEDS).sort().map((f) => join(SEEDS, f));
const servers = new FixtureServers();
let env: Record<string, string>;
let closed: Record<string, string>;

/** A port nothing listens on: opened, then closed again. */
async function closedPort(): Promise<number> {
	const s = createServer();
	await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
	const port = (s.address() as AddressInfo).port;
	await new Promise<void>((r) => s.close(() => r()));
	return port;
}

beforeAll(async () => {
	await servers.start(['https://export.arxiv.org', 'https://api.datacite.org']);
	env = {
		SYLLABUS_ARXIV_URL: `${servers.base('https://export.arxiv.org')}/api/query`,
		SYLLABUS_DATACITE_URL: `${servers.base('https://api.datacite.org')}/dois`,
		SYLLABUS_TIMEOUT_MS: '1500',
	};
	const nowhere = `http://127.0.0.1:${await closedPort()}`;
	closed = { SYLLABUS_ARXIV_URL: `${nowhere}/api/query`, SYLLABUS_DATACITE_URL: `${nowhere}/dois`, SYLLABUS_TIMEOUT_MS: '1500' };
});
afterAll(() => servers.stop());
afterEach(() => {
	expect(servers.unused()).toEqual([]);
	servers.hits.length = 0;
});

describe('syllabus enrich offline', { timeout: 60_000 }, () => {
	it('prints one line, fails, keeps the cache as it was, and fetches everything once back', async () => {
		const vault = join(tempDir('syllabus-enrich-offline-'), 'vault');
		expect((await run(['import', ...seeds, '--vault', vault])).code).toBe(0);
		const before = readdirSync(join(vault, 'Syllabus/Resources')).sort();

		const off = await runEnrich(['--vault', vault, '--only', 'arxiv'], closed);
		expect(off).toEqual({ stdout: '', stderr: `syllabus enrich: ${NO_CONNECTION}\n`, code: 1 });
		expect(existsSync(cachePath(vault))).toBe(false);
		expect(readdirSync(join(vault, 'Syllabus/Resources')).sort()).toEqual(before);

		// A cache file that is there stays byte for byte what it was.
		writeFileSync(cachePath(vault), '{"version":1,"entries":{}}\n');
		expect((await runEnrich(['--vault', vault, '--only', 'arxiv'], closed)).code).toBe(1);
		expect(readFileSync(cachePath(vault), 'utf8')).toBe('{"version":1,"entries":{}}\n');

		servers.serve(loadFixtures('arxiv-seeds'));
		const back = await runEnrich(['--vault', vault, '--only', 'arxiv'], env);
		expect(back.code).toBe(0);
		expect(back.stdout).toMatch(/^Filled \d+ notes \(5 renamed\); \d+ already complete; 0 failed\./);
		expect(readFileSync(cachePath(vault), 'utf8')).toContain('"arxiv:2205.14135"');
	});

	it('import --enrich fetches the notes that import created, not the vault\'s others', async () => {
		const dir = tempDir('syllabus-import-enrich-new-');
		const vault = join(dir, 'vault');
		expect((await run(['import', ...seeds, '--vault', vault])).code).toBe(0);
		const list = join(dir, 'astro.md');
		writeFileSync(list, '# Astro\n\n- https://arxiv.org/abs/astro-ph/0601001\n');
		servers.serve(loadFixtures('arxiv-old-style'));
		const saved = { ...process.env };
		Object.assign(process.env, env);
		try {
			const res = await run(['import', list, '--vault', vault, '--enrich']);
			expect(res.code).toBe(0);
			expect(res.stdout).toMatch(/\nMetadata:\nFilled 1 note \(1 renamed\); 0 already complete; 0 failed\.\n1 request, 0 from the cache\./);
			// The seeds' 83 arXiv papers and hundreds of other links were not asked about.
			expect(servers.hits).toHaveLength(1);
			// Imported again, it creates nothing, so there is nothing new to fetch.
			const again = await run(['import', list, '--vault', vault, '--enrich']);
			expect(again.stdout).toContain('\nMetadata: no new resource notes to fetch.\n');
			expect(servers.hits).toHaveLength(1);
		} finally {
			for (const k of Object.keys(env)) {
				if (saved[k] === undefined) delete process.env[k];
				else process.env[k] = saved[k];
			}
		}
	});
});

describe('the enrich report on the command line', () => {
	it('groups 1,000 failures of one reason into a few lines with the counts', () => {
		const failed = Array.from({ length: 1000 }, (_, i) => ({
			path: `Syllabus/Resources/Page ${i}.md`,
			url: `https://site${i % 4}.example.com/p/${i}`,
			reason: `could not reach site${i % 4}.example.com`,
		}));
		const report: EnrichReport = { filled: [], unchanged: 3, failed, skipped: [], requests: 1000, fromCache: 0, cancelled: false };
		const text = formatEnrichReport(report, false);
		const lines = text.trimEnd().split('\n');
		expect(lines.length).toBeLessThan(40);
		expect(lines[0]).toBe('Filled 0 notes (0 renamed); 3 already complete; 1000 failed.');
		expect(text).toContain('  could not reach <host>: 1000 (site0.example.com 250, site1.example.com 250, site2.example.com 250, site3.example.com 250)');
		expect(lines.filter((l) => l.startsWith('    - Syllabus/Resources/Page '))).toHaveLength(20);
		expect(text).toContain('    - and 980 more');
	});
});
