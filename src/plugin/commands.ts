/**
 * The command palette: import, find, mark progress. No default hotkeys;
 * commands that need a Syllabus note are offered only when one is active.
 */
import { MarkdownView, Notice, type Plugin, type TFile } from 'obsidian';
import { STATUSES } from '../core';
import { linkConceptsInNote } from './link-concepts';
import { LinkConceptsModal } from './link-concepts-modal';
import { registerLinkScopes } from './link-concepts-scopes';
import { updateMentionedInWithNotice } from './mentioned-in';
import type { PlanContext } from './plan-context';
import { ResourcePicker } from './resource-picker';
import { focusPlanOn, openProgress, openStudyPlan } from './views';

/** Register every command of the plugin on `plugin`; they act through `ctx`. */
export function registerCommands(plugin: Plugin, ctx: PlanContext): void {
	const { app, library, importer } = ctx;
	/** The resource picker: to open what is chosen, or to hand it to `onInsert`. */
	const openPicker = (mode: 'open' | 'insert', onInsert?: (path: string, title: string) => void): void => new ResourcePicker(app, ctx, mode, onInsert).open();
	const activeItem = (): { file: TFile } | undefined => {
		const file = app.workspace.getActiveFile();
		const item = file ? library.items.get(file.path) : undefined;
		return file && item && (item.type === 'resource' || item.type === 'concept') ? { file } : undefined;
	};

	plugin.addCommand({ id: 'open-study-plan', name: 'Open study plan', callback: () => void openStudyPlan(app) });

	plugin.addCommand({
		id: 'import-current-note',
		name: 'Import current note as a reading list',
		checkCallback: (checking) => {
			const file = app.workspace.getActiveFile();
			if (!file || (file.extension !== 'md' && file.extension !== 'txt')) return false;
			if (!checking) void importer.importFile(file);
			return true;
		},
	});
	plugin.addCommand({ id: 'import-file', name: 'Import a reading list from a file', callback: () => importer.chooseFile() });
	plugin.addCommand({ id: 'import-clipboard', name: 'Import a reading list from the clipboard', callback: () => void importer.importClipboard() });
	plugin.addCommand({ id: 'open-import-report', name: 'Open the last import report', callback: () => void importer.openReport() });

	plugin.addCommand({ id: 'find-resource', name: 'Find resource', callback: () => openPicker('open') });
	plugin.addCommand({
		id: 'insert-resource-link',
		name: 'Insert link to resource',
		editorCallback: (editor, ctx) => {
			const source = ctx instanceof MarkdownView ? ctx.file : ctx.file;
			openPicker('insert', (path, title) => {
				const file = app.vault.getFileByPath(path);
				if (!file) return;
				editor.replaceSelection(app.fileManager.generateMarkdownLink(file, source?.path ?? '', undefined, title === file.basename ? undefined : title));
			});
		},
	});

	for (const status of STATUSES) {
		plugin.addCommand({
			id: `set-status-${status}`,
			name: `Mark current note as ${status}`,
			checkCallback: (checking) => {
				const a = activeItem();
				if (!a) return false;
				if (!checking) void ctx.setStatus(a.file.path, status);
				return true;
			},
		});
	}
	plugin.addCommand({
		id: 'cycle-status',
		name: 'Move current note to its next status',
		checkCallback: (checking) => {
			const a = activeItem();
			if (!a) return false;
			if (!checking) void ctx.cycleStatus(a.file.path);
			return true;
		},
	});

	plugin.addCommand({
		id: 'open-next-up',
		name: 'Open next up',
		callback: () => {
			const next = ctx.search.nextUp(1)[0];
			if (next) void ctx.openNote(next.id, false);
			else new Notice('Nothing left to do.');
		},
	});
	plugin.addCommand({
		id: 'open-random-todo',
		name: 'Open a random to-do',
		callback: () => {
			const todo = [...library.items.values()].filter((i) => (i.type === 'resource' || i.type === 'concept') && i.status === 'todo');
			const pick = todo[Math.floor(Math.random() * todo.length)];
			if (pick) void ctx.openNote(pick.path, false);
			else new Notice('Nothing left to do.');
		},
	});
	plugin.addCommand({
		id: 'link-concepts',
		name: 'Link concepts mentioned in this note',
		checkCallback: (checking) => {
			const file = app.workspace.getActiveFile();
			if (file?.extension !== 'md') return false;
			if (!checking) void linkConceptsInNote(app, library, file, (f, text, mentions) => new Promise((resolve) => new LinkConceptsModal(app, f.basename, text, mentions, resolve).open()));
			return true;
		},
	});
	registerLinkScopes(plugin, ctx);
	plugin.addCommand({ id: 'update-mentioned-in', name: 'Update which resources mention each concept', callback: () => void updateMentionedInWithNotice(app, library) });
	plugin.addCommand({ id: 'show-progress', name: 'Show progress', callback: () => void openProgress(app) });
	plugin.addCommand({
		id: 'focus-on-current',
		name: 'Focus next up on the current list or topic',
		checkCallback: (checking) => {
			const file = app.workspace.getActiveFile();
			const item = file ? library.items.get(file.path) : undefined;
			if (!item || (item.type !== 'list' && item.type !== 'topic')) return false;
			if (!checking) void focusPlanOn(app, item.path);
			return true;
		},
	});
}
