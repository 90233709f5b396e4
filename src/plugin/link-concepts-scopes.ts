/**
 * Where "link concepts" runs over many notes: every resource note (a
 * command), one folder (its menu in the file explorer), or the resource notes
 * a picker query finds (a command that asks for the query, in the picker's
 * syntax: `#attention status:done`).
 */
import { Modal, Notice, Setting, TFile, TFolder, Vault, type App, type Plugin } from 'obsidian';
import { ICONS } from './icons';
import { linkConceptsInNotes, resourceFiles } from './link-concepts-all';
import type { PlanContext } from './plan-context';

/** The markdown notes in a folder and its sub-folders. */
export function notesInFolder(folder: TFolder): TFile[] {
	const out: TFile[] = [];
	Vault.recurseChildren(folder, (f) => {
		if (f instanceof TFile && f.extension === 'md') out.push(f);
	});
	return out;
}

/** The resource notes a picker query finds. */
export function notesForQuery(ctx: Pick<PlanContext, 'app' | 'library' | 'search'>, query: string): TFile[] {
	return ctx.search
		.search(query, Number.MAX_SAFE_INTEGER)
		.map((r) => ctx.library.items.get(r.record.id))
		.filter((i) => i?.type === 'resource')
		.map((i) => ctx.app.vault.getFileByPath(i!.path))
		.filter((f): f is TFile => !!f);
}

class QueryModal extends Modal {
	constructor(app: App, private readonly onQuery: (query: string) => void) {
		super(app);
	}

	onOpen(): void {
		this.setTitle('Link concepts in resource notes matching a query');
		let query = '';
		const submit = (): void => {
			this.close();
			this.onQuery(query.trim());
		};
		new Setting(this.contentEl)
			.setName('Query')
			.setDesc('As in the picker: words of the title, #topic, status:done, kind:paper, list:name.')
			.addText((t) => {
				t.setPlaceholder('Attention status:done').onChange((v) => (query = v));
				t.inputEl.addEventListener('keydown', (e) => {
					if (e.key === 'Enter') submit();
				});
			});
		new Setting(this.contentEl)
			.addButton((b) => b.setButtonText('Cancel').onClick(() => this.close()))
			.addButton((b) => b.setButtonText('Count mentions').setCta().onClick(submit));
	}

	onClose(): void {
		this.contentEl.empty();
	}
}

/** Register the commands and the folder menu item that link concepts in many notes. */
export function registerLinkScopes(plugin: Plugin, ctx: PlanContext): void {
	const { app, library } = ctx;
	plugin.addCommand({ id: 'link-concepts-all', name: 'Link concepts in all resource notes', callback: () => void linkConceptsInNotes(app, library, resourceFiles(app, library), 'all resource notes') });
	plugin.addCommand({
		id: 'link-concepts-query',
		name: 'Link concepts in resource notes matching a query',
		callback: () =>
			new QueryModal(app, (query) => {
				const files = notesForQuery(ctx, query);
				if (!files.length) new Notice(`No resource notes match “${query}”.`);
				else void linkConceptsInNotes(app, library, files, `resource notes matching “${query}”`);
			}).open(),
	});
	plugin.registerEvent(
		app.workspace.on('file-menu', (menu, file) => {
			if (!(file instanceof TFolder)) return;
			menu.addItem((item) =>
				item
					.setTitle('Link concepts in this folder')
					.setIcon(ICONS.linkConcepts)
					.onClick(() => void linkConceptsInNotes(app, library, notesInFolder(file), `the folder ${file.path}`)),
			);
		}),
	);
}
