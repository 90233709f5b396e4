/**
 * A modal with progress per list and per topic, read from the notes.
 */
import { Modal, type App } from 'obsidian';
import { vaultProgress, type Progress } from '../core';
import type SyllabusPlugin from './main';

/** Progress bars per list and topic. */
export class ProgressModal extends Modal {
	constructor(
		app: App,
		private readonly plugin: SyllabusPlugin,
	) {
		super(app);
	}

	onOpen(): void {
		this.setTitle('Progress');
		const lib = this.plugin.library;
		const notes = [...lib.items.values()].map((i) => ({
			path: i.path,
			properties: {
				'syllabus-id': i.id,
				...(i.status ? { status: i.status } : {}),
				tags: [`syllabus/${i.type}`],
				topics: i.topicLinks.map((t) => `[[${t}]]`),
				lists: i.listLinks.map((t) => `[[${t}]]`),
			},
		}));
		const p = vaultProgress(this.app.vault.getMarkdownFiles().map((f) => f.path), notes);
		const o = p.overall;
		this.contentEl.createEl('p', { text: `${o.done} of ${o.total} done, ${o.reading} reading.` });
		this.section('Lists', p.lists);
		this.section('Topics', p.topics);
	}

	private section(title: string, rows: Progress[]): void {
		if (!rows.length) return;
		this.contentEl.createEl('h3', { text: title });
		const table = this.contentEl.createDiv({ cls: 'syllabus-progress-table' });
		for (const r of rows) {
			const row = table.createDiv({ cls: 'syllabus-progress-row' });
			row.createSpan({ text: r.title, cls: 'syllabus-title' });
			const pct = r.total ? Math.round((r.done / r.total) * 100) : 0;
			const bar = row.createDiv({ cls: 'syllabus-bar', attr: { role: 'progressbar', 'aria-label': `Progress of ${r.title}`, 'aria-valuenow': String(pct), 'aria-valuemin': '0', 'aria-valuemax': '100' } });
			bar.createDiv({ cls: 'syllabus-bar-fill' }).setCssProps({ '--syllabus-progress': `${pct}%` });
			row.createSpan({ text: `${r.done}/${r.total}`, cls: 'syllabus-count' });
		}
	}

	onClose(): void {
		this.contentEl.empty();
	}
}
