/**
 * "Link concepts in all resource notes" (or a folder, or the notes a query finds): counts first (a dry run the reader
 * confirms), then links the first mention of each concept in each resource
 * note, with a progress notice that can cancel and a last notice with Undo.
 * A note open in an editor whose text differs from the file (unsaved edits)
 * is skipped, never written under the reader's cursor.
 */
import { MarkdownView, Modal, Notice, Setting, type App, type TFile } from 'obsidian';
import { findMentions, type Mention, type MentionTarget, type WrittenLink } from '../core';
import type { LibraryStore } from './library-store';
import { mentionTargets, noticeWithUndo, writeLinks } from './link-concepts';

/** What the dry run found: per note, the mentions that would be linked. */
export interface LinkPlan {
	notes: { file: TFile; text: string; mentions: Mention[] }[];
	mentions: number;
}

/** What a run did. */
export interface LinkRun {
	linked: number;
	notes: number;
	skippedUnsaved: string[];
	cancelled: boolean;
	changes: { file: TFile; links: WrittenLink[] }[];
}

/** Count what linking would do in these notes, without writing. */
export async function planLinks(app: App, files: TFile[], targets: MentionTarget[]): Promise<LinkPlan> {
	const plan: LinkPlan = { notes: [], mentions: 0 };
	for (const file of files) {
		const text = await app.vault.cachedRead(file);
		const mentions = findMentions(text, targets, { self: file.path });
		const checked = mentions.filter((m) => m.checked);
		if (!checked.length) continue;
		plan.notes.push({ file, text, mentions });
		plan.mentions += checked.length;
	}
	return plan;
}

/** Whether a note is open in an editor whose text is not what is on disk. */
export function hasUnsavedEdits(app: App, file: TFile, onDisk: string): boolean {
	return app.workspace.getLeavesOfType('markdown').some((leaf) => leaf.view instanceof MarkdownView && leaf.view.file?.path === file.path && leaf.view.editor.getValue() !== onDisk);
}

/** Link the planned mentions, note by note, until done or cancelled. */
export async function runLinks(app: App, plan: LinkPlan, targets: MentionTarget[], progress: (done: number) => void, cancelled: () => boolean): Promise<LinkRun> {
	const run: LinkRun = { linked: 0, notes: 0, skippedUnsaved: [], cancelled: false, changes: [] };
	for (const [i, n] of plan.notes.entries()) {
		if (cancelled()) {
			run.cancelled = true;
			break;
		}
		if (hasUnsavedEdits(app, n.file, await app.vault.read(n.file))) {
			run.skippedUnsaved.push(n.file.path);
			continue;
		}
		const links = await writeLinks(app, n.file, n.text, n.mentions, n.mentions.filter((m) => m.checked), targets);
		if (links.length) {
			run.changes.push({ file: n.file, links });
			run.linked += links.length;
			run.notes++;
		}
		progress(i + 1);
	}
	return run;
}

class ConfirmModal extends Modal {
	private confirmed = false;

	constructor(app: App, private readonly what: string, private readonly plan: LinkPlan, private readonly onDone: (ok: boolean) => void) {
		super(app);
	}

	onOpen(): void {
		this.setTitle(`Link concepts in ${this.what}`);
		const { mentions, notes } = this.plan;
		this.contentEl.createEl('p', { text: `${mentions} ${mentions === 1 ? 'mention' : 'mentions'} in ${notes.length} ${notes.length === 1 ? 'note' : 'notes'} would become links: the first mention of each concept in each note. Notes open with unsaved edits are skipped.` });
		const list = this.contentEl.createEl('ul');
		for (const n of notes.slice(0, 8)) list.createEl('li', { text: n.file.basename });
		if (notes.length > 8) list.createEl('li', { text: `and ${notes.length - 8} more` });
		new Setting(this.contentEl)
			.addButton((b) => b.setButtonText('Cancel').onClick(() => this.close()))
			.addButton((b) =>
				b.setButtonText('Link them').setCta().onClick(() => {
					this.confirmed = true;
					this.close();
				}),
			);
	}

	onClose(): void {
		this.contentEl.empty();
		this.onDone(this.confirmed);
	}
}

/** Every resource note in the library. */
export function resourceFiles(app: App, library: LibraryStore): TFile[] {
	return [...library.items.values()].filter((i) => i.type === 'resource').map((i) => app.vault.getFileByPath(i.path)).filter((f): f is TFile => !!f);
}

/** The whole flow over some notes (`scope` names them: "all resource notes"): count, confirm, link with progress and cancel, then Undo. */
export async function linkConceptsInNotes(app: App, library: LibraryStore, files: TFile[], scope: string): Promise<LinkRun | undefined> {
	const targets = mentionTargets(library);
	const counting = new Notice('Counting mentions…', 0);
	const plan = await planLinks(app, files, targets);
	counting.hide();
	if (!plan.mentions) {
		new Notice(`No unlinked mentions of your concepts or topics in ${scope}.`);
		return undefined;
	}
	if (!(await new Promise<boolean>((resolve) => new ConfirmModal(app, scope, plan, resolve).open()))) return undefined;
	let stop = false;
	let line: HTMLElement | undefined;
	const status = createFragment((f) => {
		line = f.createSpan({ text: `Linking concepts: 0 of ${plan.notes.length} notes` });
		f.appendText(' · ');
		const cancel = f.createEl('button', { text: 'Cancel' });
		cancel.addEventListener('click', (e) => {
			e.stopPropagation();
			stop = true;
		});
	});
	const notice = new Notice(status, 0);
	const run = await runLinks(app, plan, targets, (done) => line?.setText(`Linking concepts: ${done} of ${plan.notes.length} notes`), () => stop);
	notice.hide();
	const skipped = run.skippedUnsaved.length ? `; ${run.skippedUnsaved.length} open with unsaved edits skipped` : '';
	const summary = `${run.cancelled ? 'Cancelled. ' : ''}Linked ${run.linked} ${run.linked === 1 ? 'mention' : 'mentions'} in ${run.notes} ${run.notes === 1 ? 'note' : 'notes'}${skipped}`;
	if (run.changes.length) noticeWithUndo(app, summary, run.changes);
	else new Notice(summary);
	return run;
}
