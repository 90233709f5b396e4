/**
 * Import inside Obsidian: read a list (the current note, a file, the
 * clipboard), show the plan before writing anything, write with progress,
 * then a summary notice whose full report can be opened as a note. The same core as
 * the CLI does the work, so results are identical.
 */
import { FuzzySuggestModal, Modal, Notice, normalizePath, Setting, TFile, type App } from 'obsidian';
import { buildCatalog, importCatalog, localDate, planImport, type Catalog, type ImportReport } from '../core';
import { ObsidianVault } from './obsidian-vault';
import type { SyllabusSettings } from './settings';

/** Numbers the preview shows. */
export interface PlanSummary {
	resources: number;
	concepts: number;
	topics: number;
	lists: number;
	gainingLinks: number;
	diagnostics: { line: number; severity: string; message: string }[];
}

/** Summarise a plan for the preview. */
export function summarizePlan(catalog: Catalog, report: ImportReport): PlanSummary {
	const count = (t: string): number => report.created.filter((c) => c.type === t).length;
	return {
		resources: count('resource'),
		concepts: count('concept'),
		topics: count('topic'),
		lists: count('list'),
		gainingLinks: report.updated.length,
		diagnostics: catalog.diagnostics.map((d) => ({ line: d.line, severity: d.severity, message: d.message })),
	};
}

/** The import report as a note. */
export function reportNote(source: string, report: ImportReport): string {
	const lines = [`# Import of ${source}`, '', `- Created: ${report.created.length}`, `- Updated: ${report.updated.length}`, `- Unchanged: ${report.unchanged}`, `- Skipped: ${report.skipped.length}`, ''];
	if (report.created.length) lines.push('## Created', ...report.created.map((c) => `- [[${c.path.replace(/\.md$/, '')}]] (${c.type})`), '');
	if (report.updated.length) lines.push('## Updated', ...report.updated.map((u) => `- [[${u.path.replace(/\.md$/, '')}]]: ${u.fields.join(', ')}`), '');
	if (report.skipped.length) lines.push('## Skipped', ...report.skipped.map((s) => `- ${s.path ?? s.title ?? ''}: ${s.reason}`), '');
	if (report.missing.length) lines.push('## No longer in the list', '', 'These notes were kept.', '', ...report.missing.map((m) => `- [[${m.path.replace(/\.md$/, '')}]] (${m.list})`), '');
	return lines.join('\n');
}

class PreviewModal extends Modal {
	constructor(
		app: App,
		private readonly source: string,
		private readonly summary: PlanSummary,
		private readonly onImport: (enrich: boolean) => void,
		/** Offer "Fetch metadata afterwards" (only when the reader turned fetching on). */
		private readonly offerEnrich = false,
	) {
		super(app);
	}

	onOpen(): void {
		const { contentEl, summary: s } = this;
		this.setTitle(`Import ${this.source}`);
		const ul = contentEl.createEl('ul', { cls: 'syllabus-preview' });
		ul.createEl('li', { text: `${s.resources} new resources, ${s.concepts} new concepts` });
		ul.createEl('li', { text: `${s.topics} new topics, ${s.lists} new list notes` });
		ul.createEl('li', { text: `${s.gainingLinks} existing notes gain a link or property` });
		if (s.diagnostics.length) {
			contentEl.createEl('p', { text: `${s.diagnostics.length} problems found in the list:` });
			const d = contentEl.createEl('ul', { cls: 'syllabus-diagnostics' });
			for (const x of s.diagnostics.slice(0, 50)) d.createEl('li', { text: `Line ${x.line}: ${x.message}` });
		}
		let enrich = this.offerEnrich;
		if (this.offerEnrich) {
			new Setting(contentEl)
				.setName('Fetch metadata afterwards')
				.setDesc('Titles, authors and abstracts for the new resources, in the background once the import is written.')
				.addToggle((t) => t.setValue(enrich).onChange((v) => (enrich = v)));
		}
		new Setting(contentEl)
			.addButton((b) => b.setButtonText('Cancel').onClick(() => this.close()))
			.addButton((b) =>
				b
					.setButtonText('Import')
					.setCta()
					.onClick(() => {
						this.close();
						this.onImport(enrich);
					}),
			);
	}

	onClose(): void {
		this.contentEl.empty();
	}
}

/** Runs imports for the plugin's commands. */
export class Importer {
	/** The last import of this session, for its report. */
	lastReport: { source: string; report: ImportReport } | undefined;
	/** Metadata fetching after an import: offered in the preview, started once the import is written. */
	afterImport: { offered: () => boolean; run: () => void } | undefined;

	constructor(
		private readonly app: App,
		private readonly settings: () => SyllabusSettings,
	) {}

	private options(): { folder: string; today: string; subfolders: SyllabusSettings['subfolders'] } {
		const s = this.settings();
		return { folder: s.folder, today: localDate(), subfolders: s.subfolders };
	}

	/** Preview, then import, one list's text. */
	async importText(source: string, text: string): Promise<void> {
		const catalog = buildCatalog([{ file: source, text }]);
		if (!catalog.resources.length && !catalog.concepts.length) {
			new Notice(`No resources or concepts found in ${source}.`);
			return;
		}
		const vault = new ObsidianVault(this.app, this.settings().folder);
		const plan = planImport(catalog, await vault.scan(), this.options());
		const after = this.afterImport;
		const start = (enrich: boolean): void => {
			// The import is complete before enrichment starts, and does not wait for it.
			void this.run(source, catalog, vault).then(() => enrich && after?.run(), () => undefined);
		};
		new PreviewModal(this.app, source, summarizePlan(catalog, plan.report), start, after?.offered() ?? false).open();
	}

	/** Write, showing progress, then the summary. */
	async run(source: string, catalog: Catalog, vault: ObsidianVault): Promise<ImportReport> {
		const notice = new Notice('Importing…', 0);
		try {
			const report = await importCatalog(vault, catalog, {
				...this.options(),
				onProgress: (done, total) => {
					notice.setMessage(`Importing… ${done}/${total}`);
					return new Promise<void>((r) => window.setTimeout(r, 0));
				},
			});
			notice.hide();
			this.lastReport = { source, report };
			const summary = createFragment((f) => {
				f.appendText(`Imported ${source}: created ${report.created.length} notes, updated ${report.updated.length}, ${report.unchanged} unchanged`);
				if (report.skipped.length) f.appendText(`, ${report.skipped.length} skipped`);
				if (report.missing.length) f.appendText(`, ${report.missing.length} no longer in the list`);
				f.appendText('. ');
				const link = f.createEl('a', { text: 'Open full report', href: '#' });
				link.addEventListener('click', (e) => {
					e.preventDefault();
					void this.openReport();
				});
			});
			new Notice(summary, 10_000);
			return report;
		} catch (e) {
			notice.hide();
			new Notice(`Import failed: ${e instanceof Error ? e.message : String(e)}`);
			throw e;
		}
	}

	/** Write the last import's report as a note and open it. */
	async openReport(): Promise<void> {
		if (!this.lastReport) {
			new Notice('No import has run since Obsidian started.');
			return;
		}
		const path = normalizePath(`${this.settings().folder}/Import report.md`);
		const text = reportNote(this.lastReport.source, this.lastReport.report);
		const existing = this.app.vault.getFileByPath(path);
		const file = existing ?? (await this.app.vault.create(path, text));
		if (existing) await this.app.vault.modify(existing, text);
		await this.app.workspace.getLeaf(true).openFile(file);
	}

	/** Import a vault file. */
	async importFile(file: TFile): Promise<void> {
		await this.importText(file.path, await this.app.vault.cachedRead(file));
	}

	/** Import what the clipboard holds. */
	async importClipboard(): Promise<void> {
		let text = '';
		try {
			text = await navigator.clipboard.readText();
		} catch {
			new Notice('Could not read the clipboard.');
			return;
		}
		if (!text.trim()) {
			new Notice('The clipboard is empty.');
			return;
		}
		await this.importText('Clipboard', text);
	}

	/** Let the reader choose a list file from the vault. */
	chooseFile(): void {
		new ListFileModal(this.app, (f) => void this.importFile(f)).open();
	}
}

/** A fuzzy chooser over the vault's markdown and text files. */
class ListFileModal extends FuzzySuggestModal<TFile> {
	constructor(
		app: App,
		private readonly choose: (file: TFile) => void,
	) {
		super(app);
		this.setPlaceholder('Choose a reading list to import');
	}

	getItems(): TFile[] {
		return this.app.vault.getFiles().filter((f) => f.extension === 'md' || f.extension === 'txt');
	}

	getItemText(file: TFile): string {
		return file.path;
	}

	onChooseItem(file: TFile): void {
		this.choose(file);
	}
}
