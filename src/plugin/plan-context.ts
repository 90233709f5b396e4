/**
 * What the study plan and progress views need from the plugin, and no more:
 * the library, the search, a few settings and the note actions. Views take
 * this instead of the whole plugin (the Importer's `HostPlugin` is the
 * model), so the preview and the tests can hand them a small stand-in.
 */
import type { App } from 'obsidian';
import type { SearchResult, Status } from '../core';
import type { LibraryStore } from './library-store';

/** The plugin as the views see it. */
export interface PlanContext {
	app: App;
	library: LibraryStore;
	search: { search(query: string, limit?: number): SearchResult[] };
	settings: { nextUpCount: number; weeklyGoal: number };
	importer: { chooseFile(): void };
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
