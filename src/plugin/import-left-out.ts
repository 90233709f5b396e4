/**
 * The import preview's "left out" part: the links a list left out of its
 * readings (badges, profiles, sponsor links…), grouped by kind under a
 * heading each, every link an unticked checkbox with its words and line.
 * Ticking links (or "Keep all") asks the import to plan again keeping them,
 * and the preview's numbers follow before Import writes anything, as Zotero's
 * "Select items" dialog does. Contents links (in-page anchors) are only
 * counted: they have no address to keep. How links are grouped and what a
 * kind is called is the core's (`report-text.ts`); this only draws it.
 */
import { kindCount, lineList, type KeepLinks, type LeftOutLink } from '../core';

/** What the preview offers to keep: the left-out links of the list as first read, by kind, and how many contents links it has. */
export interface LeftOutChoice {
	groups: { kind: string; name: string; links: LeftOutLink[] }[];
	contents: number;
}

/** A sentence-case heading from a kind's plural name (`badges` → `Badges`). */
function heading(name: string, n: number): string {
	return `${name.charAt(0).toUpperCase()}${name.slice(1)} (${n})`;
}

/** The checkboxes of left-out links, inside the preview. */
export class LeftOutSection {
	private readonly rows: { link: LeftOutLink; box: HTMLInputElement; stays: HTMLElement }[] = [];
	private readonly keepAllBox: HTMLInputElement | undefined;
	private readonly summaryEl: HTMLElement;

	constructor(
		parent: HTMLElement,
		choice: LeftOutChoice,
		/** Called with what to keep whenever a box changes. */
		private readonly onChange: (keep: KeepLinks | undefined) => void,
	) {
		const details = parent.createEl('details', { cls: 'syllabus-left-out' });
		this.summaryEl = details.createEl('summary');
		if (choice.groups.length) {
			details.createEl('p', { cls: 'syllabus-left-out-hint', text: 'These links read as page furniture, not readings. Tick one to import it as a reading.' });
			const all = details.createEl('label', { cls: 'syllabus-left-out-all' });
			this.keepAllBox = all.createEl('input', { type: 'checkbox' });
			all.appendText('Keep all');
			this.keepAllBox.addEventListener('change', () => {
				for (const r of this.rows) r.box.checked = this.keepAllBox!.checked;
				this.changed();
			});
		}
		// Scrolls on its own, so a list of 300 badges does not push the buttons away.
		const groups = details.createDiv({ cls: 'syllabus-left-out-groups' });
		for (const g of choice.groups) {
			const set = groups.createEl('fieldset', { cls: 'syllabus-left-out-group' });
			set.createEl('legend', { text: heading(g.name, g.links.length) });
			const list = set.createEl('ul');
			for (const link of g.links) {
				const label = list.createEl('li').createEl('label');
				const box = label.createEl('input', { type: 'checkbox', attr: { 'data-url': link.url } });
				const text = label.createSpan({ cls: 'syllabus-left-out-text' });
				text.createSpan({ text: link.label || link.url, cls: 'syllabus-left-out-label' });
				text.createSpan({ text: `${link.label ? `${link.url} · ` : ''}${lineList(link.lines)}`, cls: 'syllabus-left-out-where' });
				const stays = text.createSpan({ text: 'Still left out: this link cannot be kept', cls: 'syllabus-left-out-stays' });
				stays.hidden = true;
				box.addEventListener('change', () => this.changed());
				this.rows.push({ link, box, stays });
			}
		}
		if (choice.contents) {
			details.createEl('p', { cls: 'syllabus-left-out-hint', text: `${kindCount('contents', choice.contents)} (in-page anchors) cannot be kept: they have no address of their own.` });
		}
	}

	/** What to keep as the boxes stand: nothing, the ticked links' addresses, or all of them. */
	keep(): KeepLinks | undefined {
		const ticked = this.rows.filter((r) => r.box.checked);
		if (!ticked.length) return undefined;
		if (ticked.length === this.rows.length) return 'all';
		return new Set(ticked.map((r) => r.link.url));
	}

	private changed(): void {
		const n = this.rows.filter((r) => r.box.checked).length;
		if (this.keepAllBox) {
			this.keepAllBox.checked = n === this.rows.length;
			this.keepAllBox.indeterminate = n > 0 && n < this.rows.length;
		}
		this.onChange(this.keep());
	}

	/** Show the new plan's left-out line, and mark the ticked links that it still leaves out. */
	update(line: string | undefined, stillLeftOut: ReadonlySet<string>): void {
		this.summaryEl.setText(line ?? 'Every left-out link is kept');
		for (const r of this.rows) r.stays.hidden = !(r.box.checked && stillLeftOut.has(r.link.url));
	}
}
