/**
 * Import inside Obsidian: read a list (the current note, a file, the
 * clipboard), show the plan before writing anything, write with progress,
 * then a summary notice whose full report can be opened as a note. The same core as
 * the CLI does the work, so results are identical.
 */
import { FuzzySuggestModal, Notice, normalizePath, TFile, type App } from 'obsidian';
import { applyPlan, buildCatalog, countOf, countSentences, describeListChange, keepable, leftOutGroups, leftOutLine, localDate, missingParts, missingSentences, parseList, prepareImport, recoverySentences, summaryClauses, type Catalog, type CatalogList, type ImportPlan, type ImportReport, type KeepLinks, type ListSource } from '../core';
import { confirmInModal, type ConfirmImport } from './import-confirm';
import { readTemplateNotes } from './note-templates';
import { summarizePlan, type PlanSummary } from './import-preview';
import { ObsidianVault } from './obsidian-vault';
import type { SyllabusSettings } from './settings';

/** One line per list that left links out of its readings (`leftOutLine`, as the CLI prints it). */
export function leftOutLines(lists: CatalogList[]): string[] {
	return lists.flatMap((l) => leftOutLine(l.title, l.report) ?? []);
}

/** The same keep, however it was written: all, or the same addresses in any order. */
function keepKey(keep: KeepLinks | undefined): string {
	return keep === 'all' ? 'all' : JSON.stringify([...(keep ?? [])].sort());
}

/** The import report as a note; `leftOut` are the lists' left-out lines. */
export function reportNote(source: string, report: ImportReport, leftOut: string[] = []): string {
	const counts = countSentences(report);
	const lines = [`# Import of ${source}`, '', counts.created, counts.updated, ...(report.skipped.length ? [`${countOf(report.skipped.length, 'note')} skipped.`] : [])];
	if (report.removedTemporary) lines.push(`- Temporary files of an interrupted import removed: ${report.removedTemporary}`);
	lines.push('');
	if (report.listChanges.length) lines.push(...report.listChanges.map(describeListChange), '');
	if (report.templateProblems?.length) lines.push('## Templates', ...report.templateProblems.map((p) => `- ${p}`), '');
	if (report.created.length) lines.push('## Created', ...report.created.map((c) => `- [[${c.path.replace(/\.md$/, '')}]] (${c.type})`), '');
	if (report.updated.length) lines.push('## Updated', ...report.updated.map((u) => `- [[${u.path.replace(/\.md$/, '')}]]: ${u.fields.join(', ')}`), '');
	const recovery = recoverySentences(report);
	const linked = (paths: string[]): string[] => paths.map((p) => `- [[${p.replace(/\.md$/, '')}]]`);
	if (recovery.finished) lines.push('## Finished', recovery.finished, ...linked(report.finished ?? []), '');
	if (recovery.empty) lines.push('## Empty notes left as they are', recovery.empty, ...linked(report.empty ?? []), '');
	if (report.skipped.length) lines.push('## Skipped', ...report.skipped.map((s) => `- ${s.path ?? s.title ?? ''}: ${s.reason}`), '');
	if (report.advanced.length) lines.push('## Moved forward by the list', ...report.advanced.map((a) => `- [[${a.path.replace(/\.md$/, '')}]]: ${a.from} → ${a.to}`), '');
	const missing = missingParts(report);
	const said = missingSentences(report);
	const gone = (ms: ImportReport['missing']): string[] => ms.map((m) => `- [[${m.path.replace(/\.md$/, '')}]] (${m.list})`);
	if (said.items) lines.push('## No longer in the list', '', `${said.items}.`, '', ...gone(missing.items), '');
	if (said.topics) lines.push('## Topic notes no longer used', '', `${said.topics}.`, '', ...gone(missing.topics), '');
	if (leftOut.length) lines.push('## Left out of the readings', '', ...leftOut.map((l) => `- ${l}`), '', 'To keep some of them, import the list again and tick them in the preview.', '');
	return lines.join('\n');
}

/** Runs imports for the plugin's commands. */
export class Importer {
	/** The last import of this session, for its report; `leftOut` says what its lists left out. */
	lastReport: { source: string; report: ImportReport; leftOut: string[] } | undefined;
	/**
	 * Metadata fetching after an import: offered in the preview, started once the
	 * import is written, for the resource notes that import created and no other.
	 */
	afterImport: { offered: () => boolean; run: (created: string[]) => void } | undefined;

	constructor(
		private readonly app: App,
		private readonly settings: () => SyllabusSettings,
		/** Asked before anything is written; the preview modal unless a host or a test answers instead. */
		public confirm: ConfirmImport = confirmInModal(app),
	) {}

	private options(): { folder: string; today: string; subfolders: SyllabusSettings['subfolders']; statusFromLists: boolean } {
		const s = this.settings();
		return { folder: s.folder, today: localDate(), subfolders: s.subfolders, statusFromLists: s.statusFromLists };
	}

	/**
	 * Preview, then import, one list's text. `source` names where it came from;
	 * `key` is its identity when that name is not one (a clipboard import), and
	 * `name` a name the reader may change in the preview. Resolves once the
	 * import is written, or at once when the reader says no.
	 */
	async importText(source: string, text: string, from: Pick<ListSource, 'key'> & { name?: string } = {}): Promise<void> {
		const listSource: ListSource = { file: source, text, ...(from.key ? { key: from.key } : {}), ...(from.name ? { title: from.name } : {}) };
		const first = buildCatalog([listSource]);
		const report = first.lists[0]?.report;
		if (!first.resources.length && !first.concepts.length && !(report && keepable(report))) {
			new Notice(`No resources or concepts found in ${source}.`);
			return;
		}
		const vault = new ObsidianVault(this.app, this.settings().folder);
		const { problems, ...templates } = await readTemplateNotes(this.app, this.settings());
		const options = { ...this.options(), ...templates };
		// The plan the preview shows is the one Import writes, so its numbers are the notice's.
		let shown: { keep: string; catalog: Catalog; plan: ImportPlan } = { keep: keepKey(undefined), catalog: first, plan: await prepareImport(vault, first, options) };
		const planKeeping = async (keep: KeepLinks | undefined): Promise<typeof shown> => {
			const catalog = buildCatalog([listSource], keep ? { keep } : {});
			return { keep: keepKey(keep), catalog, plan: await prepareImport(vault, catalog, options) };
		};
		// Ticking left-out links in the preview plans again keeping them; its numbers follow.
		const replan = async (keep: KeepLinks | undefined): Promise<PlanSummary> => {
			shown = await planKeeping(keep);
			return summarizePlan(shown.catalog, shown.plan.report);
		};
		const groups = report ? leftOutGroups(report) : undefined;
		const leftOut = groups && (groups.groups.length || groups.contents) ? { ...groups, replan } : undefined;
		const after = this.afterImport;
		const offerEnrich = after?.offered() ?? false;
		const changed = this.watchVault();
		const question = { source, summary: summarizePlan(first, shown.plan.report), ...(from.name !== undefined ? { name: from.name } : {}), offerEnrich, ...(leftOut ? { leftOut } : {}) };
		const answer = await this.confirm(question).finally(changed.stop);
		if (!answer) return;
		const { name, enrich = offerEnrich, keep } = answer === true ? {} : answer;
		// The links kept are those the answer names, whichever re-plan the preview showed last.
		const chosen = shown.keep === keepKey(keep) ? shown : await planKeeping(keep);
		const { catalog } = chosen;
		const list = catalog.lists[0];
		// A new name renames the list note and every link to it: plan again.
		const renamed = !!name && !!list && name !== list.title;
		if (renamed) list.title = name;
		// A note edited while the preview was open (a status set, a property added) must not be
		// overwritten by a plan made before the edit: plan again from what the vault holds now.
		const toWrite = renamed || changed.seen() ? await prepareImport(vault, catalog, options) : chosen.plan;
		let written: ImportReport;
		try {
			written = await this.run(source, toWrite, vault, problems, catalog.lists);
		} catch {
			return; // run() told the reader why.
		}
		// The import is complete before enrichment starts, and does not wait for it.
		if (enrich) after?.run(written.created.filter((c) => c.type === 'resource').map((c) => c.path));
	}

	/** Notice any change to the vault's files until `stop`: a plan made before it may be stale. */
	private watchVault(): { seen: () => boolean; stop: () => void } {
		let seen = false;
		const mark = (): void => void (seen = true);
		const { vault, metadataCache } = this.app;
		const fileRefs = [vault.on('create', mark), vault.on('modify', mark), vault.on('delete', mark), vault.on('rename', mark)];
		const cacheRef = metadataCache.on('changed', mark);
		return {
			seen: () => seen,
			stop: () => {
				for (const ref of fileRefs) vault.offref(ref);
				metadataCache.offref(cacheRef);
			},
		};
	}

	/**
	 * Write a plan, showing progress, then the summary; `problems` are the
	 * template notes that could not be read, `lists` the catalog's (what they left out).
	 */
	async run(source: string, plan: ImportPlan, vault: ObsidianVault, problems: string[] = [], lists: CatalogList[] = []): Promise<ImportReport> {
		const notice = new Notice('Importing…', 0);
		try {
			const applied = await applyPlan(vault, plan, {
				onProgress: (done, total) => {
					notice.setMessage(`Importing… ${done}/${total}`);
					return new Promise<void>((r) => window.setTimeout(r, 0));
				},
			});
			notice.hide();
			const report: ImportReport = problems.length ? { ...applied, templateProblems: [...problems, ...(applied.templateProblems ?? [])] } : applied;
			const leftOut = leftOutLines(lists);
			this.lastReport = { source, report, leftOut };
			const summary = createFragment((f) => {
				f.appendText(`Imported ${source}: ${summaryClauses(report).join(', ')}`);
				if (report.templateProblems?.length) f.appendText(`; templates: ${report.templateProblems.join('; ')}`);
				f.appendText('. ');
				for (const line of leftOut) f.appendText(`${line}. `);
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
		const text = reportNote(this.lastReport.source, this.lastReport.report, this.lastReport.leftOut);
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
		// Each clipboard import is a list of its own: a fresh identity, named from its text.
		const now = new Date();
		await this.importText('Clipboard', text, { key: `clipboard:${now.toISOString()}`, name: clipboardListName(text, now) });
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

/** A clipboard list's name: its front-matter title or first heading, else the date and time. */
export function clipboardListName(text: string, now: Date): string {
	const titled = parseList('Clipboard', text).title;
	if (titled && titled !== 'Clipboard') return titled;
	const heading = /^ {0,3}#{1,6}[ \t]+(.+?)[ \t#]*$/m.exec(text)?.[1]?.replace(/[*_`[\]]/g, '').trim();
	if (heading) return heading;
	const time = `${String(now.getHours()).padStart(2, '0')}.${String(now.getMinutes()).padStart(2, '0')}`;
	return `Clipboard list ${localDate(now)} ${time}`;
}
