import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCatalog } from '../index';
import { importCatalog } from '../import/apply';
import { readProperties } from '../note/frontmatter';
import { linkTargets, LinkResolver } from '../note/wikilinks';
import { FakeClock } from '../net/__tests__/fake-clock';
import { emptyCache } from './cache';
import { MemoryEnrichVault } from './memory-vault';
import { enrichVault, type EnrichVaultOptions } from './vault';
import { loadFixtures, Replay, type Recorded } from './__tests__/replay';

const SEEDS = join(__dirname, '../../../seeds');
let replay: Replay;
afterEach(() => expect(replay.unused()).toEqual([]));

async function seededVault(): Promise<MemoryEnrichVault> {
	const sources = readdirSync(SEEDS).sort().map((f) => ({ file: f, text: readFileSync(join(SEEDS, f), 'utf8') }));
	const vault = new MemoryEnrichVault();
	await importCatalog(vault, buildCatalog(sources), { folder: 'Syllabus', today: '2026-12-01' });
	return vault;
}

function options(fixtures: Recorded[], extra: Partial<EnrichVaultOptions> = {}): EnrichVaultOptions {
	replay = new Replay(fixtures);
	return { transport: replay.transport, clock: new FakeClock(), policy: { allowLocal: false }, sources: ['arxiv'], ...extra };
}

/** Every wikilink in the vault that resolves to no note. */
function brokenLinks(vault: MemoryEnrichVault): string[] {
	const resolver = new LinkResolver(vault.files.keys());
	return [...vault.files].flatMap(([path, text]) => linkTargets(text).filter((t) => !resolver.resolve(t)).map((t) => `${path}: ${t}`));
}

const R = 'Syllabus/Resources';

describe('enriching the seeds', () => {
	it('renames every bare arXiv note to its paper, keeps a reader-chosen name, and keeps links whole', async () => {
		const vault = await seededVault();
		const bare = [...vault.files.keys()].filter((p) => /\/arXiv - [\d.]+\.md$/.test(p));
		expect(bare).toHaveLength(5);
		// The reader renamed one of them (Obsidian updated the links).
		await vault.renameNotes([{ from: `${R}/arXiv - 2404.14294.md`, to: `${R}/Inference survey.md` }]);
		const brokenBefore = brokenLinks(vault);

		const cache = emptyCache();
		const report = await enrichVault(vault, cache, options(loadFixtures('arxiv-seeds')));
		expect(report.failed).toEqual([]);
		expect(report.requests).toBe(2);
		expect([...vault.files.keys()].filter((p) => /\/arXiv - /.test(p))).toEqual([]);
		// Ring Attention and Group Query Attention were named by their lists, so they keep those names.
		for (const name of ['FlashAttention - Fast and Memory-Efficient Exact Attention with IO-Awareness', 'Ring Attention', 'Group Query Attention', 'One-Minute Video Generation with Test-Time Training', 'Deep Compression Autoencoder for Efficient High-Resolution Diffusion Models', 'Flow Matching Guide and Code']) {
			expect(vault.files.has(`${R}/${name}.md`), name).toBe(true);
		}
		expect(brokenLinks(vault)).toEqual(brokenBefore);
		const list = vault.files.get('Syllabus/Lists/000_2b7d31b80b4016fc.md')!;
		expect(list).toContain('[[FlashAttention - Fast and Memory-Efficient Exact Attention with IO-Awareness');
		expect(list).not.toContain('[[arXiv - 2205.14135');

		const flash = vault.files.get(`${R}/FlashAttention - Fast and Memory-Efficient Exact Attention with IO-Awareness.md`)!;
		const props = readProperties(flash);
		expect('properties' in props && props.properties).toMatchObject({
			title: 'FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness',
			authors: ['Tri Dao', 'Daniel Y. Fu', 'Stefano Ermon', 'Atri Rudra', 'Christopher Ré'],
			year: 2022,
			arxiv: '2205.14135',
			status: 'todo',
			aliases: ['arXiv:2205.14135', 'FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness'],
		});
		expect(flash).toMatch(/> \[!quote\] About\n> Transformers are slow and memory-hungry/);
		expect(flash).toContain('## Notes');

		const survey = readProperties(vault.files.get(`${R}/Inference survey.md`)!);
		expect('properties' in survey && survey.properties.aliases).toEqual(['arXiv:2404.14294', 'A Survey on Efficient Inference for Large Language Models']);
		const gp = readProperties(vault.files.get(`${R}/Group Query Attention.md`)!);
		expect('properties' in gp && gp.properties.aliases).toEqual(['GQA: Training Generalized Multi-Query Transformer Models from Multi-Head Checkpoints']);
		expect('properties' in gp && gp.properties.doi).toBe('10.18653/v1/2023.emnlp-main.298');

		// A second run asks nothing and writes nothing.
		const writes = vault.writes;
		const again = await enrichVault(vault, cache, options([]));
		expect([again.requests, again.fromCache, again.filled.length, vault.writes - writes]).toEqual([0, 83, 0, 0]);
	});

	it('never replaces a property or text the reader wrote', async () => {
		const vault = await seededVault();
		const path = `${R}/arXiv - 2205.14135.md`;
		await vault.process(path, (t) => t.replace('status: todo', 'status: reading\ntitle: FlashAttention (my notes)\nyear: 2021').replace('## Notes\n', '## Notes\n\nMy own summary.\n'));
		const report = await enrichVault(vault, emptyCache(), options(loadFixtures('arxiv-seeds')));
		const renamed = report.filled.find((f) => f.renamedFrom === path)!;
		const text = vault.files.get(renamed.path)!;
		expect(text).toContain('title: FlashAttention (my notes)');
		expect(text).toContain('year: 2021');
		expect(text).toContain('status: reading');
		expect(text).toContain('My own summary.');
		expect(renamed.fields).not.toContain('title');
	});

	it('plans without writing on a dry run', async () => {
		const vault = await seededVault();
		const writes = vault.writes;
		const report = await enrichVault(vault, emptyCache(), options(loadFixtures('arxiv-seeds'), { dryRun: true }));
		expect(report.filled.filter((f) => f.renamedFrom)).toHaveLength(5);
		expect(vault.writes).toBe(writes);
	});

	it('enriches only the notes asked for', async () => {
		const vault = await seededVault();
		const feeds = loadFixtures('arxiv-seeds').map((r) => r.body!).join('').replace(/<\/feed>[\s\S]*?<feed[^>]*>/, '');
		const one = [{ url: 'https://export.arxiv.org/api/query?id_list=2205.14135&max_results=1', status: 200, headers: {}, body: feeds }];
		const report = await enrichVault(vault, emptyCache(), options(one, { paths: [`${R}/arXiv - 2205.14135.md`] }));
		expect(report.filled.map((f) => f.renamedFrom)).toEqual([`${R}/arXiv - 2205.14135.md`]);
	});
});
