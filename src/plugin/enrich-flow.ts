/**
 * "Fetch metadata for all resources" and "… for this note": runs enrichment
 * in the background with a progress notice that can cancel it, keeps the
 * cache in the plugin's folder, and ends with a report note of what was
 * filled, what failed and why. Nothing here runs unless the reader turned
 * fetching on in the settings.
 */
import { Notice, normalizePath, type App, type TFile } from 'obsidian';
import { enrichVault, failureLines, NO_CONNECTION, parseCache, serializeCache, SOURCE_NAMES } from '../core';
import type { Clock, EnrichReport, Transport } from '../core';
import type { EnrichSettings } from './enrich-settings';
import { requestUrlTransport } from './enrich-transport';
import { ObsidianEnrichVault } from './enrich-vault';

/** The enrichment report as a note. */
export function enrichReportNote(r: EnrichReport): string {
	const link = (p: string): string => `[[${p.replace(/\.md$/, '')}]]`;
	const lines = ['# Metadata report', '', `- Filled: ${r.filled.length} (${r.filled.filter((f) => f.renamedFrom).length} renamed)`, `- Already complete: ${r.unchanged}`, `- Failed: ${r.failed.length}`, `- Requests: ${r.requests}; from the cache: ${r.fromCache}`, ''];
	if (r.cancelled) lines.push('Cancelled before the end; run it again to continue.', '');
	if (r.filled.length) lines.push('## Filled', ...r.filled.map((f) => `- ${link(f.path)}${f.renamedFrom ? ` (was ${f.renamedFrom.replace(/^.*\//, '').replace(/\.md$/, '')})` : ''}: ${f.fields.join(', ')} from ${f.source}`), '');
	if (r.skipped.length) lines.push('## Kept', ...r.skipped.map((s) => `- ${link(s.path)}: ${s.reason}`), '');
	// Grouped by reason, with the hosts and at most 20 examples each: short however many failed.
	const failed = failureLines(r.failed, (f) => `${link(f.path)}${f.url ? ` <${f.url}>` : ''}`);
	if (r.failed.length) lines.push('## Not filled', ...failed.map((l) => (l.startsWith(' ') ? l : `- ${l}`)), '');
	return lines.join('\n');
}

/** Runs enrichment for the plugin. */
export class Enricher {
	/** Replaceable in tests: the network and the time. */
	transport: (contact: string) => Transport = requestUrlTransport;
	clock: Clock = { now: () => Date.now(), sleep: (ms) => new Promise((r) => window.setTimeout(r, ms)) };
	private running = false;

	constructor(
		private readonly app: App,
		private readonly settings: () => { folder: string; enrich: EnrichSettings },
		private readonly cacheFile: string,
	) {}

	/**
	 * Fetch metadata for every resource note, or only the given one, or only the
	 * given paths (the notes an import just created). Resolves with the report.
	 */
	async run(only?: TFile | string[], refresh = false): Promise<EnrichReport | undefined> {
		const s = this.settings().enrich;
		const paths = Array.isArray(only) ? only : only ? [only.path] : undefined;
		if (!s.enabled) {
			new Notice('Fetching metadata is off: turn it on in the plugin settings first.');
			return undefined;
		}
		if (this.running) {
			new Notice('Metadata is already being fetched.');
			return undefined;
		}
		// An import that created no resource note leaves nothing new to fetch.
		if (paths && !paths.length) return undefined;
		this.running = true;
		let cancelled = false;
		// Built inside messageEl (not as a fragment) so the label can be updated and the button keeps its listener.
		const notice = new Notice('', 0);
		notice.messageEl.empty();
		const label = notice.messageEl.createSpan({ text: 'Fetching metadata…' });
		notice.messageEl.createEl('button', { text: 'Cancel', cls: 'syllabus-notice-button' }).addEventListener('click', () => {
			cancelled = true;
			label.setText('Cancelling after the current request…');
		});
		try {
			const cache = parseCache(await this.readCache());
			const report = await enrichVault(new ObsidianEnrichVault(this.app, this.settings().folder), cache, {
				transport: this.transport(s.contact),
				clock: this.clock,
				policy: { allowLocal: s.allowLocal, secrets: s.githubToken ? [{ origin: 'https://api.github.com', headers: { authorization: `Bearer ${s.githubToken}` } }] : [] },
				sources: SOURCE_NAMES.filter((n) => s.sources[n]),
				refresh,
				...(paths ? { paths } : {}),
				cancelled: () => cancelled,
				onProgress: (p) => {
					if (!cancelled) label.setText(`Fetching metadata: ${p.done}/${p.total}${p.note ? ` · ${p.note}` : ''}`);
				},
			});
			notice.hide();
			// Offline, one notice says so; the cache and the report note are left as they were.
			if (report.offline) {
				new Notice(NO_CONNECTION);
				return report;
			}
			await this.app.vault.adapter.write(this.cacheFile, serializeCache(cache));
			await this.finish(report);
			return report;
		} catch (e) {
			notice.hide();
			new Notice(`Fetching metadata failed: ${e instanceof Error ? e.message : String(e)}`);
			return undefined;
		} finally {
			this.running = false;
		}
	}

	private async readCache(): Promise<string | null> {
		try {
			return (await this.app.vault.adapter.exists(this.cacheFile)) ? await this.app.vault.adapter.read(this.cacheFile) : null;
		} catch {
			return null;
		}
	}

	/** Write the report note and say in a notice what happened, with a link to it. */
	private async finish(report: EnrichReport): Promise<void> {
		const path = normalizePath(`${this.settings().folder}/Metadata report.md`);
		const text = enrichReportNote(report);
		const existing = this.app.vault.getFileByPath(path);
		const file = existing ?? (await this.app.vault.create(path, text));
		if (existing) await this.app.vault.modify(existing, text);
		const done = new Notice('', 10_000);
		done.messageEl.empty();
		done.messageEl.appendText(`Metadata: filled ${report.filled.length} notes, ${report.failed.length} not filled${report.cancelled ? ' (cancelled)' : ''}. `);
		done.messageEl.createEl('a', { text: 'Open report', href: '#' }).addEventListener('click', (e) => {
			e.preventDefault();
			void this.app.workspace.getLeaf(true).openFile(file);
		});
	}
}
