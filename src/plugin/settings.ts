/**
 * Settings: where notes go, which statuses exist and in what order, how much
 * the sidebar shows. Changes apply at once, without a reload.
 */
import { PluginSettingTab, Setting, type App, type Plugin } from 'obsidian';
import { DEFAULT_SUBFOLDERS, STATUSES, type Status } from '../core';
import { DEFAULT_ENRICH_SETTINGS, mergeEnrichSettings, renderEnrichSettings, type EnrichSettings } from './enrich-settings';
import type { SettingsStore } from './settings-store';

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

/** The settings tab: each control saves through the store, which tells the views what changed. */
export class SyllabusSettingTab extends PluginSettingTab {
	constructor(
		app: App,
		plugin: Plugin,
		private readonly store: SettingsStore,
	) {
		super(app, plugin);
	}

	display(): void {
		const { containerEl, store } = this;
		containerEl.empty();
		const s = store.value;

		new Setting(containerEl)
			.setName('Root folder')
			.setDesc('Where imported notes go. Notes you moved elsewhere are still found.')
			.addText((t) =>
				t.setPlaceholder(DEFAULT_SETTINGS.folder).setValue(s.folder).onChange(async (v) => {
					await store.update({ folder: v.trim() || DEFAULT_SETTINGS.folder });
				}),
			);
		const labels: Record<keyof SyllabusSettings['subfolders'], string> = { resource: 'Resources folder', concept: 'Concepts folder', topic: 'Topics folder', list: 'Lists folder' };
		for (const key of Object.keys(labels) as (keyof SyllabusSettings['subfolders'])[]) {
			new Setting(containerEl).setName(labels[key]).setDesc('Inside the root folder.').addText((t) =>
				t.setPlaceholder(DEFAULT_SUBFOLDERS[key]).setValue(s.subfolders[key]).onChange(async (v) => {
					await store.update({ subfolders: { ...s.subfolders, [key]: v.trim() || DEFAULT_SUBFOLDERS[key] } });
				}),
			);
		}

		new Setting(containerEl)
			.setName('Status from the list')
			.setDesc('When a list you import marks an item done or reading, move its note forward (never back). Turn off to keep status only in Obsidian.')
			.addToggle((tg) =>
				tg.setValue(s.statusFromLists).onChange(async (v) => {
					await store.update({ statusFromLists: v });
				}),
			);

		new Setting(containerEl).setName('New notes').setHeading();
		const templates: Record<keyof SyllabusSettings['templates'], string> = { resource: 'Resource note template', concept: 'Concept note template', topic: 'Topic note template' };
		for (const key of Object.keys(templates) as (keyof SyllabusSettings['templates'])[]) {
			new Setting(containerEl)
				.setName(templates[key])
				.setDesc('A note in the vault whose text becomes the part of each new note you write in, below what the lists said. Empty for the built-in body. Notes that exist are never changed.')
				.addText((t) =>
					t.setPlaceholder('Templates/Paper.md').setValue(s.templates[key]).onChange(async (v) => {
						await store.update({ templates: { ...s.templates, [key]: v.trim() } });
					}),
				);
		}

		new Setting(containerEl).setName('Study plan').setHeading();
		new Setting(containerEl)
			.setName('Status cycle')
			.setDesc('Statuses a click on a status moves through, in order, separated by commas. Any of: todo, reading, done, skipped.')
			.addText((t) =>
				t.setValue(s.statusCycle.join(', ')).onChange(async (v) => {
					const cycle = v.split(',').map((x) => x.trim().toLowerCase()).filter((x): x is Status => STATUSES.includes(x as Status));
					if (cycle.length >= 2) {
						await store.update({ statusCycle: [...new Set(cycle)] });
					}
				}),
			);
		new Setting(containerEl)
			.setName('Next up items')
			.setDesc('How many to-do items the study plan shows at the top.')
			.addSlider((sl) =>
				sl.setLimits(0, 20, 1).setValue(s.nextUpCount).onChange(async (v) => {
					await store.update({ nextUpCount: v });
				}),
			);
		new Setting(containerEl)
			.setName('Weekly goal')
			.setDesc('How many items you mean to finish each week; the progress view shows how far this week is. Zero hides the goal.')
			.addSlider((sl) =>
				sl.setLimits(0, 30, 1).setValue(s.weeklyGoal).onChange(async (v) => {
					await store.update({ weeklyGoal: v });
				}),
			);
		new Setting(containerEl)
			.setName('Show progress in the status bar')
			.addToggle((tg) =>
				tg.setValue(s.showStatusBar).onChange(async (v) => {
					await store.update({ showStatusBar: v });
				}),
			);
		// The enrich form edits its part in place; the store sees what changed.
		renderEnrichSettings(containerEl, s.enrich, async () => {
			await store.update();
		});
	}
}
