/**
 * The preview's main pane: a note's text, as Obsidian's source view shows it,
 * with one piece of the reading view that the plugin relies on: a task line
 * (`- [ ]`, `- [x]`, `- [/]`, `- [-]`) shows a checkbox, and clicking it
 * rewrites that line as Obsidian does (an empty box gets `x`, any other
 * becomes empty). The pane follows the note when it changes on disk.
 * A `base` block shows as the table Bases would draw (base-block.ts).
 * Markdown itself is not rendered: the page is not the app.
 */
import type { App, TFile } from 'obsidian';
import type { LibraryStore } from '../plugin/library-store';
import { renderBase } from './base-block';
import { wikilinkWords } from '../core';

const TASK = /^(\t*- \[)(.)(\] )(.*)$/;

/** The text a task line shows, links reduced to their display text. */
function taskLabel(rest: string): string {
	return wikilinkWords(rest);
}

/** Shows one note at a time in a pane. */
export class NotePane {
	private file: TFile | null = null;

	constructor(
		private readonly app: App,
		private readonly pane: HTMLElement,
		private readonly library: LibraryStore,
		private readonly open: (path: string) => void,
	) {
		app.vault.on('modify', (f) => {
			if (this.file && f.path === this.file.path) void this.render();
		});
	}

	/** Show the note at `path`. */
	async show(path: string): Promise<void> {
		this.file = this.app.vault.getFileByPath(path);
		await this.render();
	}

	private async render(): Promise<void> {
		const file = this.file;
		const pane = this.pane;
		pane.empty();
		if (!file) return;
		pane.createEl('h1', { cls: 'inline-title', text: file.basename });
		pane.createDiv({ cls: 'preview-note-path', text: file.path });
		const text = pane.createDiv({ cls: 'preview-note-text' });
		const lines = (await this.app.vault.cachedRead(file)).split('\n');
		let base: string[] | undefined;
		lines.forEach((line, i) => {
			// A base block is drawn as a table, the way Bases shows it (see base-block.ts).
			if (line === '```base' && !base) {
				base = [];
				return;
			}
			if (base) {
				if (line !== '```') return void base.push(line);
				const source = base.join('\n');
				base = undefined;
				if (!renderBase(text, source, file.path, this.library, this.open)) text.createDiv({ cls: 'preview-note-line', text: `\`\`\`base\n${source}\n\`\`\`` });
				return;
			}
			const m = TASK.exec(line);
			const row = text.createDiv({ cls: 'preview-note-line' });
			if (!m) {
				row.setText(line || '\u00a0');
				return;
			}
			row.createSpan({ text: m[1]!.slice(0, -1).replace(/\t/g, '    ') });
			const box = row.createEl('input', { type: 'checkbox', cls: 'task-list-item-checkbox', attr: { 'aria-label': taskLabel(m[4]!), 'data-task': m[2]! } });
			box.checked = m[2] !== ' ';
			box.addEventListener('click', () => void this.tick(file, i));
			row.createSpan({ text: ` ${m[4]!}` });
		});
	}

	/** Tick or untick the task on line `i`, as Obsidian's reading view does. */
	private async tick(file: TFile, i: number): Promise<void> {
		await this.app.vault.process(file, (text) => {
			const lines = text.split('\n');
			const m = TASK.exec(lines[i] ?? '');
			if (m) lines[i] = `${m[1]}${m[2] === ' ' ? 'x' : ' '}${m[3]}${m[4]}`;
			return lines.join('\n');
		});
	}
}
