/**
 * The plugin's lifecycle only: make the stores and services, register the
 * views, commands, settings tab, ribbon and status bar, and the events that
 * keep them current. Indexing waits for layout-ready; every listener is
 * registered for cleanup. The work lives in the core and in the modules
 * beside this one; the views and commands see the plugin as a PlanContext.
 */
import { Plugin } from 'obsidian';
import { registerCommands } from './commands';
import { registerEnrichCommands } from './enrich-commands';
import type { Enricher } from './enrich-flow';
import { ICONS } from './icons';
import { Importer } from './import-flow';
import { LibraryStore } from './library-store';
import { ChecklistSync } from './list-checkboxes';
import { NoteActions } from './note-actions';
import { planContext, type PlanContext } from './plan-context';
import { PROGRESS_VIEW_TYPE, ProgressView } from './progress-view';
import { ResourceSearch } from './resource-search';
import type { SyllabusSettings } from './settings';
import { SyllabusSettingTab } from './settings-tab';
import { SettingsStore } from './settings-store';
import { ProgressStatusBar } from './status-bar';
import { StudyPlanView, VIEW_TYPE } from './study-plan-view';
import { openStudyPlan, revealInPlan } from './views';

/** Syllabus: reading lists into a study plan. */
export default class SyllabusPlugin extends Plugin {
	/** The settings, saved through `update`, which tells the views what changed. */
	settings!: SettingsStore;
	library!: LibraryStore;
	importer!: Importer;
	search!: ResourceSearch;
	enricher!: Enricher;
	/** Open, reveal and change the status of notes: what the views, picker and commands do to a note. */
	actions!: NoteActions;
	/** What the views and commands need of the plugin, and no more. */
	context!: PlanContext;
	private statusBar: ProgressStatusBar | undefined;

	async onload(): Promise<void> {
		this.settings = new SettingsStore(this);
		await this.settings.load();
		const settings = (): SyllabusSettings => this.settings.value;
		this.library = new LibraryStore(this.app);
		this.importer = new Importer(this.app, settings);
		this.search = new ResourceSearch(this.library);
		this.actions = new NoteActions(this.app, () => settings().statusCycle);
		this.context = planContext(this);

		this.registerView(VIEW_TYPE, (leaf) => new StudyPlanView(leaf, this.context, this.settings.takeLegacyView()));
		this.registerView(PROGRESS_VIEW_TYPE, (leaf) => new ProgressView(leaf, this.context, (path) => void revealInPlan(this.app, path)));
		this.addRibbonIcon(ICONS.studyPlan, 'Open study plan', () => void openStudyPlan(this.app));
		this.addSettingTab(new SyllabusSettingTab(this.app, this, this.settings));
		registerCommands(this, this.context);
		this.enricher = registerEnrichCommands(this, settings);
		// "Fetch metadata afterwards" fetches the resource notes that import created.
		const enrichCreated = (created: string[]): void => void this.enricher.run(created);
		this.importer.afterImport = { offered: () => settings().enrich.enabled, run: enrichCreated };

		const statusBarEl = this.addStatusBarItem();
		const statusBar = (this.statusBar = new ProgressStatusBar(statusBarEl, this.library, () => settings().showStatusBar));
		this.registerDomEvent(statusBarEl, 'click', () => void openStudyPlan(this.app));
		this.registerEvent(this.settings.onChange((keys) => keys.includes('showStatusBar') && statusBar.update()));

		this.app.workspace.onLayoutReady(() => void this.startIndexing());
	}

	private async startIndexing(): Promise<void> {
		for (const ref of this.library.watch()) this.registerEvent(ref);
		const checklist = new ChecklistSync(this.app, this.library, (path, status) => this.actions.setStatus(path, status));
		this.registerEvent(this.library.onChange((c) => checklist.onChange(c)));
		this.registerEvent(this.library.onAbout((paths) => this.search.refreshAbout(paths)));
		this.registerEvent(this.library.onChange((c) => {
			this.search.update(c);
			this.statusBar?.update();
		}));
		await this.library.build();
	}

	onunload(): void {
		this.statusBar = undefined;
	}
}
