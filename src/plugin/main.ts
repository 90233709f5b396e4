/**
 * The plugin's lifecycle only: settings, the view, commands, the ribbon and
 * status bar. Indexing waits for layout-ready; every listener is registered
 * for cleanup. The work lives in the core and in the modules beside this one.
 */
import { Notice, Plugin, TFile } from 'obsidian';
import { tallyItems, type Status } from '../core';
import { registerCommands } from './commands';
import type { Enricher } from './enrich-flow';
import { registerEnrichCommands } from './enrich-commands';
import { Importer } from './import-flow';
import { LibraryStore } from './library-store';
import { ChecklistSync } from './list-checkboxes';
import { ResourceSearch } from './resource-search';
import { mergeSettings, SyllabusSettingTab, type SyllabusSettings } from './settings';
import { changeStatusWithUndo } from './status';
import { PROGRESS_VIEW_TYPE, ProgressView } from './progress-view';
import { StudyPlanView, VIEW_TYPE } from './study-plan-view';
import { openStudyPlan, revealInPlan } from './views';

/** Syllabus: reading lists into a study plan. */
export default class SyllabusPlugin extends Plugin {
	settings!: SyllabusSettings;
	library!: LibraryStore;
	importer!: Importer;
	search!: ResourceSearch;
	enricher!: Enricher;
	private statusBarEl: HTMLElement | undefined;

	async onload(): Promise<void> {
		this.settings = mergeSettings(await this.loadData());
		this.library = new LibraryStore(this.app);
		this.importer = new Importer(this.app, () => this.settings);
		this.search = new ResourceSearch(this.library);

		this.registerView(VIEW_TYPE, (leaf) => new StudyPlanView(leaf, this, this.settings.view));
		this.registerView(PROGRESS_VIEW_TYPE, (leaf) => new ProgressView(leaf, this, (path) => void revealInPlan(this.app, path)));
		this.addRibbonIcon('graduation-cap', 'Open study plan', () => void this.activateView());
		this.addSettingTab(new SyllabusSettingTab(this.app, this));
		registerCommands(this);
		this.enricher = registerEnrichCommands(this, () => this.settings);
		this.importer.afterImport = { offered: () => this.settings.enrich.enabled, run: () => void this.enricher.run() };

		this.statusBarEl = this.addStatusBarItem();
		this.statusBarEl.addClass('syllabus-status-bar');
		this.registerDomEvent(this.statusBarEl, 'click', () => void this.activateView());

		this.app.workspace.onLayoutReady(() => void this.startIndexing());
	}

	private async startIndexing(): Promise<void> {
		for (const ref of this.library.watch()) this.registerEvent(ref);
		const checklist = new ChecklistSync(this.app, this.library, (path, status) => this.setStatus(path, status));
		this.registerEvent(this.library.onChange((c) => checklist.onChange(c)));
		this.registerEvent(this.library.onAbout((paths) => this.search.refreshAbout(paths)));
		this.registerEvent(this.library.onChange((c) => {
			this.search.update(c);
			this.updateStatusBar();
		}));
		await this.library.build();
	}

	/** Save settings and apply them at once. */
	async saveSettings(): Promise<void> {
		await this.saveData(this.settings);
		this.updateStatusBar();
		for (const leaf of this.app.workspace.getLeavesOfType(VIEW_TYPE)) {
			if (leaf.view instanceof StudyPlanView) leaf.view.refresh();
		}
	}

	private updateStatusBar(): void {
		const el = this.statusBarEl;
		if (!el) return;
		el.toggle(this.settings.showStatusBar && this.library.items.size > 0);
		const { done, total } = tallyItems(this.library.items.values());
		el.setText(`${done}/${total} done`);
		el.setAttr('aria-label', 'Open study plan');
	}

	/** Open the study plan in the right sidebar, reusing an open one. */
	async activateView(): Promise<void> {
		await openStudyPlan(this.app);
	}

	/** Open a note, in a new tab if asked. */
	async openNote(path: string, newTab: boolean): Promise<void> {
		const file = this.app.vault.getFileByPath(path);
		if (file) await this.app.workspace.getLeaf(newTab ? 'tab' : false).openFile(file);
	}

	/** Show a note in the file explorer. */
	revealNote(path: string): void {
		const file = this.app.vault.getFileByPath(path);
		if (!file) return;
		const explorer = this.app.workspace.getLeavesOfType('file-explorer')[0];
		const view = explorer?.view as { revealInFolder?: (f: TFile) => void } | undefined;
		if (view?.revealInFolder) view.revealInFolder(file);
		else new Notice(path);
	}

	/** Set a note's status, with the dates that record the move and an Undo on the notice. */
	async setStatus(path: string, status: Status): Promise<void> {
		const file = this.app.vault.getFileByPath(path);
		if (file) await changeStatusWithUndo(this.app, file, status);
	}

	/** Move a note's status one step along the cycle, with an Undo on the notice. */
	async cycleStatus(path: string): Promise<void> {
		const file = this.app.vault.getFileByPath(path);
		if (file) await changeStatusWithUndo(this.app, file, undefined, this.settings.statusCycle);
	}

	onunload(): void {
		this.statusBarEl = undefined;
	}
}
