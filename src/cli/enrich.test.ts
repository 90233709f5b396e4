/**
 * `syllabus enrich` for real: Node's fetch over HTTP to local servers on
 * 127.0.0.1 that answer like arXiv, DataCite, doi.org, GitHub, YouTube's
 * oEmbed and ordinary pages, from the same fixtures the core replays; the API
 * base URLs come from the SYLLABUS_*_URL variables.
 */
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadFixtures } from '../core/enrich/__tests__/replay';
import { guardedFetch, readProperties } from '../core';
import { tempDir } from './__tests__/temp-dirs';
import { FixtureServers } from './__tests__/fixture-server';
import { cachePath, runEnrich } from './enrich-command';
import { run } from './main';
import { nodeTransport } from './node-transport';

const SEEDS = join(__dirname, '../../seeds');
const seeds = readdirSync(SEEDS).sort().map((f) => join(SEEDS, f));
const ORIGINS = ['https://export.arxiv.org', 'https://api.datacite.org', 'https://doi.org', 'https://api.crossref.org', 'https://api.github.com', 'https://www.youtube.com', 'http://pages.example'];
const servers = new FixtureServers();
let env: Record<string, string>;

beforeAll(async () => {
	await servers.start(ORIGINS);
	env = {
		SYLLABUS_ARXIV_URL: `${servers.base('https://export.arxiv.org')}/api/query`,
		SYLLABUS_DATACITE_URL: `${servers.base('https://api.datacite.org')}/dois`,
		SYLLABUS_DOI_URL: servers.base('https://doi.org'),
		SYLLABUS_GITHUB_URL: servers.base('https://api.github.com'),
		SYLLABUS_OEMBED_URL: `${servers.base('https://www.youtube.com')}/oembed`,
		SYLLABUS_TIMEOUT_MS: '1500',
	};
});
afterAll(() => servers.stop());
afterEach(() => {
	expect(servers.unused()).toEqual([]);
	servers.hits.length = 0;
});

const props = (file: string): Record<string, unknown> => {
	const p = readProperties(readFileSync(file, 'utf8'));
	return 'properties' in p ? p.properties : {};
};

// Real pacing runs here (arXiv's 3 s between batches, a 1 s Retry-After, a 1.5 s timeout).
describe('syllabus enrich against local servers', { timeout: 60_000 }, () => {
	it('fills notes from every API, refuses local pages until allowed, and asks nothing twice', async () => {
		const pages = servers.base('http://pages.example');
		const dir = tempDir('syllabus-enrich-');
		const vault = join(dir, 'vault');
		const list = join(dir, 'list.md');
		writeFileSync(list, ['# Test list', '', '## Papers', `- ${pages}/paper/attention`, '- https://arxiv.org/abs/2205.14135', '- https://doi.org/10.1038/nature14539', '', '## Code and talks', '- https://github.com/karpathy/nanoGPT', '- https://youtu.be/kCc8FmEb1nY', `- ${pages}/posts/kv-cache`, `- ${pages}/slow/page`, ''].join('\n'));
		expect((await run(['import', list, '--vault', vault])).code).toBe(0);

		servers.serve([
			...loadFixtures('arxiv-429', 'datacite-2205.14135', 'github-repo', 'youtube-video'),
			{ url: 'https://doi.org/10.1038/nature14539', status: 429, headers: { 'retry-after': '1' }, body: '' },
			loadFixtures('doi-429-then-ok')[1]!,
		]);
		const first = await runEnrich(['--vault', vault], env);
		expect(first.code).toBe(0);
		expect(first.stdout).toContain('    - Syllabus/Resources/Attention.md');
		expect(first.stdout).toMatch(/not fetched: a loopback address/);
		expect(servers.hits.filter((h) => h.startsWith('http://pages.example'))).toEqual([]);
		const flash = join(vault, 'Syllabus/Resources/FlashAttention - Fast and Memory-Efficient Exact Attention with IO-Awareness.md');
		expect(existsSync(flash)).toBe(true);
		expect(props(flash)).toMatchObject({ year: 2022, authors: ['Tri Dao', 'Daniel Y. Fu', 'Stefano Ermon', 'Atri Rudra', 'Christopher Ré'] });
		expect(props(join(vault, 'Syllabus/Resources/karpathy - nanoGPT.md'))).toMatchObject({ stars: 41234, language: 'Python', title: 'karpathy/nanoGPT' });
		expect(props(join(vault, "Syllabus/Resources/Let's build GPT - from scratch, in code, spelled out.md"))).toMatchObject({ channel: 'Andrej Karpathy' });
		expect(readdirSync(join(vault, 'Syllabus/Resources'))).toContain('Deep learning.md');
		const cacheText = readFileSync(cachePath(vault), 'utf8');
		expect(cacheText).toContain('"arxiv:2205.14135"');

		// Allowed now: the pages are fetched, the slow one times out, the APIs answer from the cache.
		servers.hits.length = 0;
		servers.serve([
			{ ...loadFixtures('web-citation')[0]!, url: 'http://pages.example/paper/attention' },
			{ ...loadFixtures('web-og')[0]!, url: 'http://pages.example/posts/kv-cache' },
			{ url: 'http://pages.example/slow/page', status: 200, headers: { 'content-type': 'text/html' }, body: '<title>Too late</title>', delayMs: 3000 },
		]);
		const second = await runEnrich(['--vault', vault, '--allow-local'], env);
		expect(servers.hits.map((h) => new URL(h).pathname)).toEqual(['/paper/attention', '/posts/kv-cache', '/slow/page']);
		expect(second.stdout).toMatch(/ {2}no answer from <host> in time: 1 \(127\.0\.0\.1:\d+ 1\)\n {4}- Syllabus\/Resources\/Slow\.md <http:\/\/127\.0\.0\.1:\d+\/slow\/page>/);
		expect(readdirSync(join(vault, 'Syllabus/Resources'))).toEqual(expect.arrayContaining(['Attention Is All You Need.md', 'KV caching, explained & measured.md']));
	});

	it('imports the seeds, renames every bare arXiv note with links intact, keeps a reader-chosen name, and asks nothing twice', async () => {
		const vault = join(tempDir('syllabus-enrich-seeds-'), 'vault');
		expect((await run(['import', ...seeds, '--vault', vault])).code).toBe(0);
		const R = join(vault, 'Syllabus/Resources');
		// The reader renames one note in Obsidian, which updates the link to it.
		renameSync(join(R, 'arXiv - 2404.14294.md'), join(R, 'Inference survey.md'));
		const listFile = join(vault, 'Syllabus/Lists/Future blogs to write.md');
		writeFileSync(listFile, readFileSync(listFile, 'utf8').replace('[[arXiv - 2404.14294', '[[Inference survey'));

		servers.serve(loadFixtures('arxiv-seeds'));
		const res = await runEnrich(['--vault', vault, '--only', 'arxiv'], env);
		expect(res.code).toBe(0);
		expect(readdirSync(R).filter((f) => f.startsWith('arXiv - '))).toEqual([]);
		expect(readdirSync(R)).toEqual(expect.arrayContaining(['Inference survey.md', 'FlashAttention - Fast and Memory-Efficient Exact Attention with IO-Awareness.md', 'Flow Matching Guide and Code.md']));
		expect(props(join(R, 'Inference survey.md')).aliases).toContain('A Survey on Efficient Inference for Large Language Models');
		const listText = readFileSync(listFile, 'utf8');
		expect(readFileSync(join(vault, 'Syllabus/Lists/000_2b7d31b80b4016fc.md'), 'utf8')).toContain('[[FlashAttention - Fast and Memory-Efficient Exact Attention with IO-Awareness');
		expect(listText).toContain('[[Inference survey');
		expect(listText).not.toMatch(/\[\[arXiv - /);

		servers.hits.length = 0;
		const again = await runEnrich(['--vault', vault, '--only', 'arxiv'], env);
		expect(servers.hits).toEqual([]);
		expect(again.stdout).toMatch(/^Filled 0 notes \(0 renamed\); 83 already complete; 0 failed\.\n0 requests, 83 from the cache\./);
		// Re-import after enrichment finds the renamed notes and creates nothing.
		const re = await run(['import', ...seeds, '--vault', vault]);
		expect(re.stdout).toMatch(/^Created 0 notes\./);
	});

	it('import --enrich writes the import first, then fills it in (whatever import options come before --vault)', async () => {
		const dir = tempDir('syllabus-import-enrich-');
		const list = join(dir, 'astro.md');
		writeFileSync(list, '# Astro\n\n- https://arxiv.org/abs/astro-ph/0601001\n');
		servers.serve(loadFixtures('arxiv-old-style'));
		const saved = { ...process.env };
		Object.assign(process.env, env);
		try {
			const res = await run(['import', list, '--keep-all', '--vault', join(dir, 'vault'), '--enrich']);
			expect(res.code).toBe(0);
			expect(res.stdout).toMatch(/^Created 2 notes \(1 resource, 1 list\) and the base Syllabus\/Syllabus\.base\.[\s\S]*\nMetadata:\nFilled 1 note \(1 renamed\)/);
			expect(readdirSync(join(dir, 'vault/Syllabus/Resources'))).toEqual(['Frequency of Hot Jupiters and Very Hot Jupiters from the OGLE-III Transit Surveys Toward the Galactic Bulge and Carina.md']);
		} finally {
			for (const k of Object.keys(env)) {
				if (saved[k] === undefined) delete process.env[k];
				else process.env[k] = saved[k];
			}
		}
	});

	it('rejects bad usage and an unknown source', async () => {
		expect((await runEnrich([], env)).code).toBe(2);
		expect((await runEnrich(['--vault', 'x', '--only', 'arxiv,scholar'], env)).stderr).toContain('unknown source "scholar"');
		expect((await runEnrich(['--vault', 'x'], { SYLLABUS_DOI_URL: 'file:///etc' })).code).toBe(2);
	});
});

describe('the Node transport', () => {
	it('caps a compressed bomb at 512 KB of decompressed bytes and leaves redirects to the guard', async () => {
		const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024, 0x20));
		expect(bomb.length).toBeLessThan(100 * 1024);
		servers.serve([
			{ url: 'http://pages.example/bomb', status: 200, headers: { 'content-type': 'text/html', 'content-encoding': 'gzip' }, bodyBase64: bomb.toString('base64') },
			{ url: 'http://pages.example/moved', status: 302, headers: { location: 'http://10.0.0.1/' }, body: '' },
		]);
		const t = nodeTransport('Syllabus/test');
		const base = servers.base('http://pages.example');
		const r = await t({ url: `${base}/bomb`, method: 'GET', headers: {}, maxBytes: 512 * 1024, timeoutMs: 5000, localAllowed: true });
		expect([r.status, r.body.length, r.truncated]).toEqual([200, 512 * 1024, true]);
		const moved = await t({ url: `${base}/moved`, method: 'GET', headers: {}, maxBytes: 1024, timeoutMs: 5000, localAllowed: true });
		expect([moved.status, moved.headers.location]).toEqual([302, 'http://10.0.0.1/']);
	});

	it('refuses a public name that points to a local address, before any request', async () => {
		const asked: string[] = [];
		const t = nodeTransport('Syllabus/test', (host) => {
			asked.push(host);
			return Promise.resolve([{ address: host === 'home.example.com' ? '192.168.1.20' : '93.184.215.14' }]);
		});
		const r = await guardedFetch(t, { url: 'http://home.example.com:1/admin' }, { allowLocal: false });
		expect(r).toEqual({ ok: false, kind: 'refused', reason: 'not fetched: home.example.com points to a local network address' });
		expect(asked).toEqual(['home.example.com']);
	});
});
