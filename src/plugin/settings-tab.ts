/**
 * The settings tab. Changes apply at once, without a reload: each control
 * saves through the store, which tells the views what changed.
 */
import { PluginSettingTab, Setting, type App, type Plugin } from 'obsidian';
import { DEFAULT_SUBFOLDERS, STATUSES, type Status } from '../core';
import { renderEnrichSettings } from './enrich-settings';
import type { SettingsStore } from './settings-store';
import { DEFAULT_SETTINGS, type SyllabusSettings } from './settings';

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
