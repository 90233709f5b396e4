// @vitest-environment jsdom
/**
 * The fetch commands inside the plugin, against obsidian-test-mocks, with the
 * recorded arXiv answers replayed through the enricher's transport: nothing
 * is asked while fetching is off; once on, bare arXiv notes are renamed
 * through the file manager, properties filled through processFrontMatter, a
 * report note written and the cache kept in the plugin's folder, so a second
 * run asks nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PluginManifest } from 'obsidian';
import { App } from 'obsidian-test-mocks/obsidian';
import { setup, teardown } from 'obsidian-test-mocks/setup';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildCatalog, importCatalog, libraryItem, MemoryVault, SearchIndex } from '../../core';
import { FakeClock } from '../../core/net/__tests__/fake-clock';
import { loadFixtures, Replay } from '../../core/enrich/__tests__/replay';
import SyllabusPlugin from '../main';
import { mergeSettings } from '../settings';
import { flush, importList } from './harness';

const SEEDS = join(__dirname, '../../../seeds');
const manifest: PluginManifest = JSON.parse(readFileSync(join(__dirname, '../../../manifest.json'), 'utf8')) as PluginManifest;

beforeAll(() => setup());
afterAll(() => teardown());

async function seededPlugin(seeded = true): Promise<{ app: App; plugin: SyllabusPlugin }> {
	const memory = new MemoryVault();
	const sources = readdirSync(SEEDS).sort().map((f) => ({ file: f, text: readFileSync(join(SEEDS, f), 'utf8') }));
	if (seeded) await importCatalog(memory, buildCatalog(sources), { folder: 'Syllabus', today: '2026-12-01' });
	const app = App.createConfigured__({ files: Object.fromEntries(memory.files) });
	const plugin = new SyllabusPlugin(app.asOriginalType__(), manifest);
	plugin.load();
	await flush();
	app.workspace.setLayoutReady__();
	// Indexing yields as it goes; let it finish before the test (and teardown) runs.
	for (let i = 0; i < 500 && seeded && plugin.library.items.size === 0; i++) await flush();
	await flush();
	return { app, plugin };
}

let replay: Replay | undefined;
afterEach(() => expect(replay?.unused() ?? []).toEqual([]));

describe('fetching metadata in the plugin', () => {
	it('is off by default and then makes no request', async () => {
		expect(mergeSettings({}).enrich).toEqual({ enabled: false, sources: { arxiv: true, doi: true, github: true, youtube: true, web: true }, githubToken: '', contact: '', allowLocal: false });
		const { plugin } = await seededPlugin();
		const transport = vi.fn();
		plugin.enricher.transport = () => transport;
		expect(await plugin.enricher.run()).toBeUndefined();
		expect(transport).not.toHaveBeenCalled();
	});

	it('renames bare arXiv notes through the file manager, fills properties, writes a report, and asks nothing twice', async () => {
		const { app, plugin } = await seededPlugin();
		const sources = { arxiv: true, doi: false, github: false, youtube: false, web: false };
		await plugin.settings.update({ enrich: { ...plugin.settings.value.enrich, enabled: true, sources, githubToken: 'ghp_SECRET' } });
		replay = new Replay(loadFixtures('arxiv-seeds'));
		plugin.enricher.transport = () => replay!.transport;
		plugin.enricher.clock = new FakeClock();
		const rename = vi.spyOn(app.fileManager, 'renameFile');

		const report = (await plugin.enricher.run())!;
		expect(report.failed).toEqual([]);
		expect(report.filled.filter((f) => f.renamedFrom)).toHaveLength(5);
		expect(rename).toHaveBeenCalledTimes(5);
		const flash = app.vault.getFileByPath('Syllabus/Resources/FlashAttention - Fast and Memory-Efficient Exact Attention with IO-Awareness.md');
		expect(flash).not.toBeNull();
		const text = await app.vault.read(flash!);
		expect(text).toMatch(/authors:\n {2}- Tri Dao/);
		expect(text).toContain('> [!quote] About\n> Transformers are slow');
		expect(app.vault.getFileByPath('Syllabus/Resources/arXiv - 2205.14135.md')).toBeNull();
		// The fetched abstracts that name a concept (or a topic of more than one plain word) get a "Mentions:" line in the About callout (core/enrich/mentions.ts).
		expect(text).toMatch(/^> Listed in .*\n> Mentions: \[\[self-attention\]\]\n\n/m);
		const withLine = await Promise.all(app.vault.getMarkdownFiles().map(async (f) => (await app.vault.read(f)).includes('\n> Mentions: ')));
		expect(withLine.filter(Boolean)).toHaveLength(4);

		const reportNote = await app.vault.read(app.vault.getFileByPath('Syllabus/Metadata report.md')!);
		expect(reportNote).toMatch(/^# Metadata report\n\n- Filled: \d+ \(5 renamed\)/);
		expect(reportNote).toContain('(was arXiv - 2205.14135)');
		const cacheText = await app.vault.adapter.read(`${app.vault.configDir}/plugins/syllabus/enrich-cache.json`);
		expect(cacheText).toContain('"arxiv:2205.14135"');
		for (const t of [reportNote, cacheText]) expect(t).not.toContain('ghp_SECRET');

		// The picker searches the fetched title and authors and shows authors · year · venue.
		const item = libraryItem('Syllabus/Resources/GQA paper.md', { 'syllabus-id': 'r-x', url: 'https://arxiv.org/abs/2305.13245', title: 'GQA: Training Generalized Multi-Query Transformer Models', authors: ['Joshua Ainslie', 'James Lee-Thorp', 'Michiel de Jong'], year: 2023, venue: 'EMNLP' })!;
		const record = plugin.search.record(item, 0);
		expect(record.detail).toBe('Joshua Ainslie, James Lee-Thorp et al. · 2023 · EMNLP');
		expect(new SearchIndex([record]).search('ainslie', 5)[0]?.record.title).toBe('GQA paper');

		const modify = vi.spyOn(app.vault, 'modify');
		const processed = vi.spyOn(app.vault, 'process');
		replay = new Replay([]);
		const again = (await plugin.enricher.run())!;
		expect([again.requests, again.filled.length]).toEqual([0, 0]);
		// No resource note is written again (the report note is, each run).
		const touched = [...modify.mock.calls, ...processed.mock.calls].map(([f]) => f.path);
		expect(touched.filter((p) => p.startsWith('Syllabus/Resources/'))).toEqual([]);
	});

	it('offers fetching in the import preview and starts it once the import is written', async () => {
		const { app, plugin } = await seededPlugin(false);
		await plugin.settings.update({ enrich: { ...plugin.settings.value.enrich, enabled: true } });
		replay = new Replay(loadFixtures('arxiv-old-style'));
		plugin.enricher.transport = () => replay!.transport;
		plugin.enricher.clock = new FakeClock();
		const shown = await importList({ app, plugin }, 'Astro.md', '# Astro\n\n- https://arxiv.org/abs/astro-ph/0601001\n');
		expect(shown).toContain('Fetch metadata afterwards');
		for (let i = 0; i < 200 && !app.vault.getFileByPath('Syllabus/Metadata report.md'); i++) await flush();
		expect(plugin.importer.lastReport?.report.created.length).toBeGreaterThan(0);
		expect(replay.calls).toHaveLength(1);
		expect(app.vault.getFileByPath('Syllabus/Resources/Frequency of Hot Jupiters and Very Hot Jupiters from the OGLE-III Transit Surveys Toward the Galactic Bulge and Carina.md')).not.toBeNull();
	});
});
