// @vitest-environment jsdom
/**
 * Fetching in the plugin when the network is gone, and "Fetch metadata
 * afterwards" after an import into a vault that already has resource notes:
 * one notice and nothing cached offline; afterwards, only the notes the
 * import created are asked about (the requests are counted).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PluginManifest } from 'obsidian';
import { App, Notice } from 'obsidian-test-mocks/obsidian';
import { setup, teardown } from 'obsidian-test-mocks/setup';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildCatalog, importCatalog, MemoryVault, NO_CONNECTION, type Transport } from '../../core';
import { FakeClock } from '../../core/net/__tests__/fake-clock';
import { loadFixtures, Replay } from '../../core/enrich/__tests__/replay';
import { enrichReportNote } from '../enrich-flow';
import SyllabusPlugin from '../main';
import { flush, importList } from './harness';

const SEEDS = join(__dirname, '../../../seeds');
const manifest: PluginManifest = JSON.parse(readFileSync(join(__dirname, '../../../manifest.json'), 'utf8')) as PluginManifest;

beforeAll(() => setup());
afterAll(() => teardown());
afterEach(() => vi.restoreAllMocks());

async function seededPlugin(): Promise<{ app: App; plugin: SyllabusPlugin }> {
	const memory = new MemoryVault();
	const sources = readdirSync(SEEDS).sort().map((f) => ({ file: f, text: readFileSync(join(SEEDS, f), 'utf8') }));
	await importCatalog(memory, buildCatalog(sources), { folder: 'Syllabus', today: '2026-12-01' });
	const app = App.createConfigured__({ files: Object.fromEntries(memory.files) });
	const plugin = new SyllabusPlugin(app.asOriginalType__(), manifest);
	plugin.load();
	await flush();
	app.workspace.setLayoutReady__();
	for (let i = 0; i < 500 && plugin.library.items.size === 0; i++) await flush();
	await flush();
	await plugin.settings.update({ enrich: { ...plugin.settings.value.enrich, enabled: true } });
	plugin.enricher.clock = new FakeClock();
	return { app, plugin };
}

/** The words of every notice with something to say (the progress notice starts empty). */
function watchNotices(): () => string[] {
	const spy = vi.spyOn(Notice.prototype, 'constructor__');
	return () => spy.mock.calls.map(([m]) => m).filter((m): m is string => typeof m === 'string' && m !== '');
}

describe('fetching metadata in the plugin, offline', () => {
	it('says so in one notice, writes no report and no cache, and fetches normally once back', async () => {
		const { app, plugin } = await seededPlugin();
		const cacheFile = `${app.vault.configDir}/plugins/syllabus/enrich-cache.json`;
		const notices = watchNotices();
		const calls: string[] = [];
		const offline: Transport = (req) => {
			calls.push(req.url);
			return Promise.reject(new Error('net::ERR_INTERNET_DISCONNECTED'));
		};
		plugin.enricher.transport = () => offline;
		const report = (await plugin.enricher.run())!;
		expect(report.offline).toContain(NO_CONNECTION);
		expect(calls.length).toBeLessThanOrEqual(5);
		expect(notices()).toEqual([NO_CONNECTION]);
		expect(await app.vault.adapter.exists(cacheFile)).toBe(false);
		expect(app.vault.getFileByPath('Syllabus/Metadata report.md')).toBeNull();

		// Back online: the arXiv papers are fetched as on a first run.
		await plugin.settings.update({ enrich: { ...plugin.settings.value.enrich, sources: { arxiv: true, doi: false, github: false, youtube: false, web: false } } });
		const replay = new Replay(loadFixtures('arxiv-seeds'));
		plugin.enricher.transport = () => replay.transport;
		const again = (await plugin.enricher.run())!;
		expect([again.offline, again.failed.length, again.fromCache]).toEqual([undefined, 0, 0]);
		expect(again.filled.filter((f) => f.renamedFrom)).toHaveLength(5);
		expect(replay.unused()).toEqual([]);
		expect(await app.vault.adapter.exists(cacheFile)).toBe(true);
	});
});

describe('"Fetch metadata afterwards"', () => {
	it('fetches the notes the import created, not the vault\'s other resource notes', async () => {
		const { app, plugin } = await seededPlugin();
		const replay = new Replay(loadFixtures('arxiv-old-style'));
		plugin.enricher.transport = () => replay.transport;
		const shown = await importList({ app, plugin }, 'Astro.md', '# Astro\n\n- https://arxiv.org/abs/astro-ph/0601001\n');
		expect(shown).toContain('Fetch metadata afterwards');
		for (let i = 0; i < 200 && !app.vault.getFileByPath('Syllabus/Metadata report.md'); i++) await flush();
		// The seeds hold 83 arXiv papers and hundreds of other links: none of them is asked about.
		expect(replay.calls.map((c) => c.url)).toEqual([loadFixtures('arxiv-old-style')[0]!.url]);
		expect(replay.unused()).toEqual([]);
		const report = await app.vault.read(app.vault.getFileByPath('Syllabus/Metadata report.md')!);
		expect(report).toContain('- Filled: 1 (1 renamed)');
	});
});

describe('the metadata report note', () => {
	it('is under 40 lines for 1,000 failures of one reason, with the counts', () => {
		const failed = Array.from({ length: 1000 }, (_, i) => ({ path: `Syllabus/Resources/Page ${i}.md`, url: `https://site.example.com/${i}`, reason: 'HTTP 503 Service Unavailable from site.example.com' }));
		const note = enrichReportNote({ filled: [], unchanged: 0, failed, skipped: [], requests: 1000, fromCache: 0, cancelled: false });
		const lines = note.trimEnd().split('\n');
		expect(lines.length).toBeLessThan(40);
		expect(note).toContain('- Failed: 1000');
		expect(note).toContain('## Not filled\n- HTTP 503 Service Unavailable from <host>: 1000 (site.example.com 1000)\n  - [[Syllabus/Resources/Page 0]] <https://site.example.com/0>\n');
		expect(lines.filter((l) => l.startsWith('  - [[Syllabus/Resources/Page '))).toHaveLength(20);
		expect(note).toContain('  - and 980 more');
	});
});
