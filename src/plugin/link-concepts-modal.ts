/**
 * The preview for "Link concepts mentioned in this note": each mention with
 * its sentence and a checkbox, the first mention of each concept checked.
 * Nothing is written until the reader presses Link.
 */
import { Modal, Setting, type App, type ButtonComponent } from 'obsidian';
import { sentenceAround, type Mention } from '../core';

/** The preview dialog; `onDone` gets the checked mentions, or undefined on cancel. */
export class LinkConceptsModal extends Modal {
	private readonly checked: boolean[];
	private done = false;
	private linkButton: ButtonComponent | undefined;

	constructor(
		app: App,
		private readonly noteName: string,
		private readonly text: string,
		private readonly mentions: Mention[],
		private readonly onDone: (chosen: Mention[] | undefined) => void,
	) {
		super(app);
		this.checked = mentions.map((m) => m.checked);
	}

	onOpen(): void {
		const { contentEl } = this;
		this.setTitle(`Link concepts in ${this.noteName}`);
		const concepts = new Set(this.mentions.map((m) => m.key)).size;
		contentEl.createEl('p', { text: `${this.mentions.length} ${this.mentions.length === 1 ? 'mention' : 'mentions'} of ${concepts} ${concepts === 1 ? 'concept' : 'concepts'}. Checked mentions become links; the words stay as you wrote them.` });
		const list = contentEl.createEl('ul', { cls: 'syllabus-mentions' });
		this.mentions.forEach((m, i) => {
			const row = list.createEl('li', { cls: 'syllabus-mention' });
			const label = row.createEl('label');
			const box = label.createEl('input', { type: 'checkbox' });
			box.checked = this.checked[i]!;
			box.addEventListener('change', () => {
				this.checked[i] = box.checked;
				this.updateButton();
			});
			const body = label.createSpan({ cls: 'syllabus-mention-text' });
			body.createSpan({ text: m.title, cls: 'syllabus-mention-target' });
			const s = sentenceAround(this.text, m);
			const quote = body.createSpan({ cls: 'syllabus-mention-sentence' });
			quote.appendText(s.before);
			quote.createEl('strong', { text: s.mention });
			quote.appendText(s.after);
		});
		new Setting(contentEl)
			.addButton((b) => b.setButtonText('Cancel').onClick(() => this.close()))
			.addButton((b) => {
				this.linkButton = b.setCta().onClick(() => {
					this.done = true;
					this.close();
					this.onDone(this.mentions.filter((_, i) => this.checked[i]));
				});
			});
		this.updateButton();
	}

	private updateButton(): void {
		const n = this.checked.filter(Boolean).length;
		this.linkButton?.setButtonText(n === 1 ? 'Link 1 mention' : `Link ${n} mentions`).setDisabled(n === 0);
	}

	onClose(): void {
		this.contentEl.empty();
		if (!this.done) this.onDone(undefined);
	}
}
