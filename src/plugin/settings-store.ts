/**
 * The settings as one store: loaded once, changed only through `update`,
 * which saves them and then tells every listener which keys changed. Views
 * and the status bar subscribe with `registerEvent(store.onChange(…))`, so a
 * closed view stops listening and nothing walks the workspace's leaves.
 */
import { Events, type EventRef } from 'obsidian';
import { mergeSettings, type SyllabusSettings } from './settings';

/** A top-level setting; nested ones (subfolders, templates, enrich) change as a whole. */
export type SettingKey = keyof SyllabusSettings;

/** Where settings are kept: the plugin's `loadData`/`saveData`. */
export interface SettingsIO {
	loadData(): Promise<unknown>;
	saveData(data: unknown): Promise<void>;
}

/** The plugin's settings, with change events. */
export class SettingsStore extends Events {
	private current: SyllabusSettings = mergeSettings(undefined);
	/** Each key's value as last saved, to tell which keys an update changed. */
	private saved = new Map<SettingKey, string>();

	constructor(private readonly io: SettingsIO) {
		super();
		this.snapshot();
	}

	/** The settings as they are now; change them with `update`. */
	get value(): SyllabusSettings {
		return this.current;
	}

	/** Read the saved settings over the defaults. */
	async load(): Promise<void> {
		this.current = mergeSettings(await this.io.loadData());
		this.snapshot();
	}

	/**
	 * Apply a change, save, then tell the listeners which keys changed. A value
	 * edited in place (the enrich settings' form) counts too. Nothing changed:
	 * nothing is written and no one is told. Resolves with the changed keys.
	 */
	async update(patch: Partial<SyllabusSettings> = {}): Promise<SettingKey[]> {
		Object.assign(this.current, patch);
		const changed = (Object.keys(this.current) as SettingKey[]).filter((k) => this.saved.get(k) !== JSON.stringify(this.current[k]));
		if (!changed.length) return changed;
		this.snapshot();
		await this.io.saveData(this.current);
		this.trigger('change', changed);
		return changed;
	}

	/** Listen for saved changes; returns the ref to pass to `registerEvent`. */
	onChange(callback: (keys: readonly SettingKey[]) => void): EventRef {
		return this.on('change', callback as (...data: unknown[]) => unknown);
	}

	/**
	 * Folds and filters that earlier versions kept in data.json: handed to the
	 * first study plan opened, then cleared, so they do not come back with
	 * every new one (its own state is kept with the workspace since).
	 */
	takeLegacyView(): SyllabusSettings['view'] | undefined {
		const view = this.current.view;
		if (!view.collapsed.length && !view.expanded.length && !view.statuses.length && !view.kinds.length && !view.text) return undefined;
		void this.update({ view: { collapsed: [], expanded: [], statuses: [], kinds: [], text: '' } });
		return view;
	}

	private snapshot(): void {
		this.saved = new Map((Object.keys(this.current) as SettingKey[]).map((k) => [k, JSON.stringify(this.current[k])]));
	}
}
