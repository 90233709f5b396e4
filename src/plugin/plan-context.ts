/**
 * What the views and the commands need from the plugin, and no more: the
 * library, the search, the settings they read and their change events, the
 * import entry points and the note actions. They take this instead of the
 * whole plugin (the Importer's `HostPlugin` is the model), so the preview
 * and the tests can hand them a small stand-in.
 */
import type { App, EventRef } from 'obsidian';
import type { SearchRecord, SearchResult, Status } from '../core';
import type { Importer } from './import-flow';
import type { LibraryStore } from './library-store';
import type { SettingKey, SettingsStore } from './settings-store';

/** The plugin as the views and commands see it. */
export interface PlanContext {
	app: App;
	library: LibraryStore;
	search: { search(query: string, limit?: number): SearchResult[]; nextUp(n: number): SearchRecord[] };
	/** Read live: always the current values. */
	settings: { readonly nextUpCount: number; readonly weeklyGoal: number };
	/** Listen for saved setting changes; pass the ref to `registerEvent` so a closed view stops listening. */
	onSettingsChange(callback: (keys: readonly SettingKey[]) => void): EventRef;
	importer: Pick<Importer, 'chooseFile' | 'importFile' | 'importClipboard' | 'openReport'>;
	openNote(path: string, newTab: boolean): Promise<void>;
	revealNote(path: string): void;
	setStatus(path: string, status: Status): Promise<void>;
	cycleStatus(path: string): Promise<void>;
}

/** The study plan's view state, kept by Obsidian with the workspace layout. */
export interface PlanViewState {
	/** Lists and topics the reader folded, and topics they opened in a plan that starts folded. */
	collapsed: string[];
	expanded: string[];
	statuses: Status[];
	kinds: string[];
	text: string;
	/** Path of the list or topic Next up draws from; unset means the list imported last. */
	focus?: string;
	/** Reading now and Next up folded away, leaving the overall bar and the filters. */
	summaryHidden: boolean;
}

/** The parts of the plugin a context is made from. */
interface ContextSource {
	app: App;
	library: LibraryStore;
	search: PlanContext['search'];
	settings: SettingsStore;
	importer: PlanContext['importer'];
	actions: Pick<PlanContext, 'openNote' | 'revealNote' | 'setStatus' | 'cycleStatus'>;
}

/** The context over a plugin: settings read live, note actions looked up at each call. */
export function planContext(plugin: ContextSource): PlanContext {
	return {
		app: plugin.app,
		library: plugin.library,
		search: plugin.search,
		get settings() {
			return plugin.settings.value;
		},
		onSettingsChange: (callback) => plugin.settings.onChange(callback),
		importer: plugin.importer,
		openNote: (path, newTab) => plugin.actions.openNote(path, newTab),
		revealNote: (path) => plugin.actions.revealNote(path),
		setStatus: (path, status) => plugin.actions.setStatus(path, status),
		cycleStatus: (path) => plugin.actions.cycleStatus(path),
	};
}
