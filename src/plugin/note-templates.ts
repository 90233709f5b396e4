/**
 * The template notes named in settings, read for an import: their text by
 * kind of note, the date `{{date}}` renders (in the daily notes format when
 * the vault sets one, else ISO), and a message for each template that could
 * not be found or read (those notes get the built-in body).
 */
import { moment, normalizePath, type App } from 'obsidian';
import { localDate, type TemplateKind } from '../core';
import type { SyllabusSettings } from './settings';

/** What an import needs from the template settings. */
export interface TemplateOptions {
	templates: Partial<Record<TemplateKind, string>>;
	templateDate: string;
	problems: string[];
}

/** The daily notes format the vault sets, if any. The core plugin keeps it in `daily-notes.json` in the config folder. */
async function dailyNoteFormat(app: App): Promise<string | undefined> {
	const path = normalizePath(`${app.vault.configDir}/daily-notes.json`);
	try {
		if (!(await app.vault.adapter.exists(path))) return undefined;
		const data = JSON.parse(await app.vault.adapter.read(path)) as { format?: unknown };
		return typeof data.format === 'string' && data.format.trim() ? data.format.trim() : undefined;
	} catch {
		return undefined;
	}
}

/** Obsidian's bundled moment, typed as called: its namespace typing is not callable under `esModuleInterop`. */
const momentNow = moment as unknown as () => { format(format: string): string };

/** Today as `{{date}}` shows it. */
export async function templateDate(app: App): Promise<string> {
	const format = await dailyNoteFormat(app);
	return format ? momentNow().format(format) : localDate();
}

/** Read the template notes the settings name. */
export async function readTemplateNotes(app: App, settings: SyllabusSettings): Promise<TemplateOptions> {
	const out: TemplateOptions = { templates: {}, templateDate: await templateDate(app), problems: [] };
	for (const kind of Object.keys(settings.templates) as TemplateKind[]) {
		const name = settings.templates[kind].trim();
		if (!name) continue;
		const path = normalizePath(name);
		const file = app.vault.getFileByPath(path) ?? app.vault.getFileByPath(`${path}.md`);
		if (!file) {
			out.problems.push(`template note ${name} was not found; new ${kind} notes get the built-in body`);
			continue;
		}
		try {
			out.templates[kind] = await app.vault.read(file);
		} catch (e) {
			out.problems.push(`template note ${name} could not be read (${e instanceof Error ? e.message : String(e)}); new ${kind} notes get the built-in body`);
		}
	}
	return out;
}
