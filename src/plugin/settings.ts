/**
 * Settings: where notes go, which statuses exist and in what order, how much
 * the sidebar shows; what is saved and how a saved file is read. The tab that
 * edits them is `settings-tab.ts`.
 */
import { DEFAULT_SUBFOLDERS, STATUSES, type Status } from '../core';
import { DEFAULT_ENRICH_SETTINGS, mergeEnrichSettings, type EnrichSettings } from './enrich-settings';

/** Everything the plugin saves with `saveData`. */
export interface SyllabusSettings {
	folder: string;
	subfolders: typeof DEFAULT_SUBFOLDERS;
	/** Statuses a click cycles through, in order. */
	statusCycle: Status[];
	nextUpCount: number;
	showStatusBar: boolean;
	/** Whether a list's `[x]`, `[DONE]` or `[/]` moves an existing note forward on import. */
	statusFromLists: boolean;
	/** Items the reader means to finish each week; 0 for no goal. */
	weeklyGoal: number;
	/** Template notes for the reader's part of new notes, by kind; empty for the built-in body. */
	templates: { resource: string; concept: string; topic: string };
	/** View state that survives a restart. */
	view: { collapsed: string[]; expanded: string[]; statuses: Status[]; kinds: string[]; text: string };
	/** Metadata fetching: off by default. */
	enrich: EnrichSettings;
}

/** Defaults; never mutated (settings are merged into a copy). */
export const DEFAULT_SETTINGS: Readonly<SyllabusSettings> = Object.freeze<SyllabusSettings>({
	folder: 'Syllabus',
	subfolders: { ...DEFAULT_SUBFOLDERS },
	statusCycle: ['todo', 'reading', 'done'],
	nextUpCount: 5,
	showStatusBar: true,
	statusFromLists: true,
	weeklyGoal: 3,
	templates: { resource: '', concept: '', topic: '' },
	view: { collapsed: [], expanded: [], statuses: [], kinds: [], text: '' },
	enrich: DEFAULT_ENRICH_SETTINGS,
});

function text(v: unknown): string {
	return typeof v === 'string' ? v : '';
}

/** Merge saved data over the defaults, deep enough for the nested parts. */
export function mergeSettings(saved: unknown): SyllabusSettings {
	const s = (saved && typeof saved === 'object' ? saved : {}) as Partial<SyllabusSettings>;
	const cycle = Array.isArray(s.statusCycle) ? s.statusCycle.filter((x): x is Status => STATUSES.includes(x)) : [];
	return {
		folder: typeof s.folder === 'string' && s.folder.trim() ? s.folder : DEFAULT_SETTINGS.folder,
		subfolders: { ...DEFAULT_SETTINGS.subfolders, ...(s.subfolders ?? {}) },
		statusCycle: cycle.length >= 2 ? cycle : [...DEFAULT_SETTINGS.statusCycle],
		nextUpCount: typeof s.nextUpCount === 'number' && s.nextUpCount >= 0 ? Math.min(50, Math.round(s.nextUpCount)) : DEFAULT_SETTINGS.nextUpCount,
		showStatusBar: typeof s.showStatusBar === 'boolean' ? s.showStatusBar : DEFAULT_SETTINGS.showStatusBar,
		statusFromLists: typeof s.statusFromLists === 'boolean' ? s.statusFromLists : DEFAULT_SETTINGS.statusFromLists,
		weeklyGoal: typeof s.weeklyGoal === 'number' && s.weeklyGoal >= 0 ? Math.min(100, Math.round(s.weeklyGoal)) : DEFAULT_SETTINGS.weeklyGoal,
		templates: { resource: text(s.templates?.resource), concept: text(s.templates?.concept), topic: text(s.templates?.topic) },
		view: {
			collapsed: Array.isArray(s.view?.collapsed) ? s.view.collapsed.filter((x) => typeof x === 'string') : [],
			expanded: Array.isArray(s.view?.expanded) ? s.view.expanded.filter((x) => typeof x === 'string') : [],
			statuses: Array.isArray(s.view?.statuses) ? s.view.statuses.filter((x): x is Status => STATUSES.includes(x)) : [],
			kinds: Array.isArray(s.view?.kinds) ? s.view.kinds.filter((x) => typeof x === 'string') : [],
			text: typeof s.view?.text === 'string' ? s.view.text : '',
		},
		enrich: mergeEnrichSettings(s.enrich),
	};
}
