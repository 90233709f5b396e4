/**
 * The import preview: what an import will create and change, in words,
 * before anything is written. It says when the import takes items out of a
 * list already in the vault, how many notes the list moves forward, what the
 * list left out of its readings (with a checkbox to keep each link, the
 * numbers following: `import-left-out.ts`), and every problem found in the
 * list with its line. For a list with no file (the clipboard) the reader
 * names the list here.
 */
import { Modal, Setting, type App, type TextComponent } from 'obsidian';
import { countOf, CONTENTS, describeListChange, leftOutLine, type Catalog, type ImportReport, type KeepLinks } from '../core';
import { LeftOutSection, type LeftOutChoice } from './import-left-out';

/** What the preview shows. */
export interface PlanSummary {
	resources: number;
	concepts: number;
	topics: number;
	lists: number;
	gainingLinks: number;
	/** Notes whose status the list moves forward. */
	advanced: number;
	/** "Replaces the list …: 9 items leave it", one line per list the import takes items out of. */
	listChanges: string[];
	/** One line per resource and concept the import will create: title, kind, topic. */
	newItems: { title: string; kind: string; topic?: string }[];
	diagnostics: { line: number; severity: string; message: string }[];
	/** "Left out of …: 23 links (9 badges, …)", one line per list that left links out. */
	leftOut: string[];
	/** The addresses this plan leaves out, for marking a ticked link it could not keep. */
	leftOutUrls: string[];
}

/** Summarise a plan for the preview. */
export function summarizePlan(catalog: Catalog, report: ImportReport): PlanSummary {
	const count = (t: string): number => report.created.filter((c) => c.type === t).length;
	return {
		resources: count('resource'),
		concepts: count('concept'),
		topics: count('topic'),
		lists: count('list'),
		gainingLinks: report.updated.length,
		advanced: report.advanced.length,
		listChanges: report.listChanges.map(describeListChange),
		newItems: report.created
			.filter((c) => c.type === 'resource' || c.type === 'concept')
			.map((c) => ({ title: c.title ?? c.path, kind: c.kind ?? c.type, ...(c.topic ? { topic: c.topic } : {}) })),
		diagnostics: catalog.diagnostics.map((d) => ({ line: d.line, severity: d.severity, message: d.message })),
		leftOut: catalog.lists.flatMap((l) => leftOutLine(l.title, l.report) ?? []),
		leftOutUrls: catalog.lists.flatMap((l) => l.report.leftOut.filter((x) => x.kind !== CONTENTS).map((x) => x.url)),
	};
}

/** The preview's lines, in the order a reader scans them. */
export function previewLines(s: PlanSummary): string[] {
	const lines = [
		`${countOf(s.resources, 'new resource')}, ${countOf(s.concepts, 'new concept')}`,
		`${countOf(s.topics, 'new topic')}, ${countOf(s.lists, 'new list note')}`,
		`${countOf(s.gainingLinks, 'existing note gains', 'existing notes gain')} a link or property`,
	];
	if (s.advanced) lines.push(`${countOf(s.advanced, 'note moves', 'notes move')} forward because the list marks ${s.advanced === 1 ? 'it' : 'them'} done or reading`);
	return lines;
}

/** What the preview offers besides Import: a name for a list with no file, fetching metadata afterwards. */
export interface PreviewOptions {
	/** Set when the reader may name the list (a clipboard import). */
	name?: string;
	/** Offer "Fetch metadata afterwards" (only when the reader turned fetching on). */
	offerEnrich?: boolean;
	leftOut?: LeftOutOffer;
}

/** The links a list left out, to tick and keep; `replan` plans the import again keeping them and gives its summary. */
export type LeftOutOffer = LeftOutChoice & { replan: (keep: KeepLinks | undefined) => Promise<PlanSummary> };

/** The preview dialog. */
export class PreviewModal extends Modal {
	constructor(
		app: App,
		private readonly source: string,
		private summary: PlanSummary,
		private readonly onImport: (name: string | undefined, enrich: boolean, keep: KeepLinks | undefined) => void,
		private readonly options: PreviewOptions = {},
	) {
		super(app);
	}

	private nameInput: TextComponent | null = null;
	private leftOut: LeftOutSection | undefined = undefined;
	/** What a re-plan redraws: the numbers and new notes, and the problems. */
	private numbersEl: HTMLElement | undefined = undefined;
	private problemsEl: HTMLElement | undefined = undefined;
	/** Only the newest re-plan is shown: ticking fast must not let an older answer win. */
	private replans = 0;

	onOpen(): void {
		const { contentEl } = this;
		this.setTitle(`Import ${this.source}`);
		if (this.options.name !== undefined) {
			new Setting(contentEl)
				.setName('List name')
				.setDesc('The name of the list note. Each clipboard import is a list of its own.')
				.addText((t) => {
					this.nameInput = t.setValue(this.options.name ?? '');
				});
		}
		// Redrawn whenever the links kept change; the checkboxes stay where they are, and so does the focus.
		this.numbersEl = contentEl.createDiv({ attr: { 'aria-live': 'polite' } });
		const choice = this.options.leftOut;
		if (choice && (choice.groups.length || choice.contents)) {
			this.leftOut = new LeftOutSection(contentEl, choice, (keep) => void this.replan(keep));
		}
		this.problemsEl = contentEl.createDiv();
		this.draw();
		let enrich = this.options.offerEnrich ?? false;
		if (enrich) {
			new Setting(contentEl)
				.setName('Fetch metadata afterwards')
				.setDesc('Titles, authors and abstracts for the new resources, in the background once the import is written.')
				.addToggle((t) => t.setValue(enrich).onChange((v) => (enrich = v)));
		}
		new Setting(contentEl)
			.addButton((b) => b.setButtonText('Cancel').onClick(() => this.close()))
			.addButton((b) =>
				b
					.setButtonText('Import')
					.setCta()
					.onClick(() => {
						// Read when Import is pressed: what the field holds is the name, however it got there.
						const name = this.nameInput?.inputEl.value.trim() || undefined;
						const keep = this.leftOut?.keep();
						this.close();
						this.onImport(name, enrich, keep);
					}),
			);
	}

	/** Plan again keeping `keep`, and show the new numbers if no newer re-plan started meanwhile. */
	private async replan(keep: KeepLinks | undefined): Promise<void> {
		const n = ++this.replans;
		const summary = await this.options.leftOut!.replan(keep);
		if (n !== this.replans || !this.numbersEl) return;
		this.summary = summary;
		this.draw();
	}

	/** The numbers, the new notes and the problems of the current summary. */
	private draw(): void {
		const { summary: s, numbersEl: numbers, problemsEl: problems } = this;
		if (!numbers || !problems) return;
		const wasOpen = numbers.querySelector('details')?.open ?? false;
		numbers.empty();
		for (const change of s.listChanges) numbers.createEl('p', { text: change, cls: 'syllabus-list-change mod-warning' });
		const ul = numbers.createEl('ul', { cls: 'syllabus-preview' });
		for (const line of previewLines(s)) ul.createEl('li', { text: line });
		if (s.newItems.length) {
			// Every new note, in a fold so a 5,000-item list does not bury the buttons.
			const details = numbers.createEl('details', { cls: 'syllabus-preview-items' });
			details.open = wasOpen;
			details.createEl('summary', { text: `What the ${countOf(s.newItems.length, 'new note')} will be` });
			const items = details.createEl('ul');
			for (const it of s.newItems.slice(0, 500)) items.createEl('li', { text: `${it.title} · ${it.kind}${it.topic ? ` · ${it.topic}` : ''}` });
			if (s.newItems.length > 500) items.createEl('li', { text: `and ${s.newItems.length - 500} more` });
		}
		this.leftOut?.update(s.leftOut[0], new Set(s.leftOutUrls));
		problems.empty();
		if (s.diagnostics.length) {
			problems.createEl('p', { text: `${countOf(s.diagnostics.length, 'problem')} found in the list:` });
			const d = problems.createEl('ul', { cls: 'syllabus-diagnostics' });
			for (const x of s.diagnostics.slice(0, 50)) d.createEl('li', { text: `Line ${x.line}: ${x.message}` });
		}
	}

	onClose(): void {
		this.contentEl.empty();
		this.numbersEl = this.problemsEl = this.leftOut = undefined;
	}
}
