/**
 * The plugin's lifecycle only: settings, the view, commands, the ribbon and
 * status bar. Indexing waits for layout-ready; every listener is registered
 * for cleanup. The work lives in the core and in the modules beside this one.
 */
import { Plugin } from 'obsidian';
import { tallyItems } from '../core';
import { registerCommands } from './commands';
import type { Enricher } from './enrich-flow';
import { registerEnrichCommands } from './enrich-commands';
import { Importer } from './import-flow';
import { LibraryStore } from './library-store';
import { ChecklistSync } from './list-checkboxes';
import { ResourceSearch } from './resource-search';
import { mergeSettings, SyllabusSettingTab, type SyllabusSettings } from './settings';
import { NoteActions } from './note-actions';
import { planContext, type PlanContext } from './plan-context';
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
	/** Open, reveal and change the status of notes: what the views, picker and commands do to a note. */
	actions!: NoteActions;
	/** What the views need of the plugin, and no more. */
	context!: PlanContext;
	private statusBarEl: HTMLElement | undefined;

	async onload(): Promise<void> {
		this.settings = mergeSettings(await this.loadData());
		this.library = new LibraryStore(this.app);
		this.importer = new Importer(this.app, () => this.settings);
		this.search = new ResourceSearch(this.library);
		this.actions = new NoteActions(this.app, () => this.settings.statusCycle);
		this.context = planContext(this);

		this.registerView(VIEW_TYPE, (leaf) => new StudyPlanView(leaf, this.context, this.settings.view));
		this.registerView(PROGRESS_VIEW_TYPE, (leaf) => new ProgressView(leaf, this.context, (path) => void revealInPlan(this.app, path)));
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
		const checklist = new ChecklistSync(this.app, this.library, (path, status) => this.actions.setStatus(path, status));
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

	onunload(): void {
		this.statusBarEl = undefined;
	}
}
