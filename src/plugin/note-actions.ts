/**
 * What a reader does to a note from the study plan, the picker and the
 * commands: open it, show it in the file explorer, set or move its status
 * (with the dates and an Undo, see status.ts).
 */
import { Notice, type App, type TFile } from 'obsidian';
import type { Status } from '../core';
import { changeStatusWithUndo } from './status';

/** The note actions, over one app and the reader's status cycle. */
export class NoteActions {
	constructor(
		private readonly app: App,
		private readonly cycle: () => Status[],
	) {}

	/** Open a note, in a new tab if asked. */
	async openNote(path: string, newTab: boolean): Promise<void> {
		const file = this.app.vault.getFileByPath(path);
		if (file) await this.app.workspace.getLeaf(newTab ? 'tab' : false).openFile(file);
	}

	/** Show a note in the file explorer. */
	revealNote(path: string): void {
		const file = this.app.vault.getFileByPath(path);
		if (!file) return;
		const explorer = this.app.workspace.getLeavesOfType('file-explorer')[0];
		const view = explorer?.view as { revealInFolder?: (f: TFile) => void } | undefined;
		if (view?.revealInFolder) view.revealInFolder(file);
		else new Notice(path);
	}

	/** Set a note's status, with the dates that record the move and an Undo on the notice. */
	async setStatus(path: string, status: Status): Promise<void> {
		const file = this.app.vault.getFileByPath(path);
		if (file) await changeStatusWithUndo(this.app, file, status);
	}

	/** Move a note's status one step along the reader's cycle, with an Undo on the notice. */
	async cycleStatus(path: string): Promise<void> {
		const file = this.app.vault.getFileByPath(path);
		if (file) await changeStatusWithUndo(this.app, file, undefined, this.cycle());
	}
}
