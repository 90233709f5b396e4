/**
 * The fetch commands. They run only when the reader asks; with fetching off
 * in the settings they say how to turn it on instead of reaching the network.
 */
import { normalizePath, type Plugin } from 'obsidian';
import { ID_KEY } from '../core';
import type { EnrichSettings } from './enrich-settings';
import { Enricher } from './enrich-flow';

/** Create the enricher and register its commands; returns it for tests. */
export function registerEnrichCommands(plugin: Plugin, settings: () => { folder: string; enrich: EnrichSettings }): Enricher {
	const dir = plugin.manifest.dir ?? `${plugin.app.vault.configDir}/plugins/${plugin.manifest.id}`;
	const enricher = new Enricher(plugin.app, settings, normalizePath(`${dir}/enrich-cache.json`));
	plugin.addCommand({ id: 'fetch-metadata-all', name: 'Fetch metadata for all resources', callback: () => void enricher.run() });
	plugin.addCommand({ id: 'refresh-metadata-all', name: 'Fetch metadata for all resources again, ignoring the cache', callback: () => void enricher.run(undefined, true) });
	plugin.addCommand({
		id: 'fetch-metadata-note',
		name: 'Fetch metadata for this note',
		checkCallback: (checking) => {
			const file = plugin.app.workspace.getActiveFile();
			const fm = file ? plugin.app.metadataCache.getFileCache(file)?.frontmatter : undefined;
			if (!file || typeof fm?.url !== 'string' || typeof fm[ID_KEY] !== 'string') return false;
			if (!checking) void enricher.run(file, true);
			return true;
		},
	});
	return enricher;
}
