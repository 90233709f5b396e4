/**
 * The study plan's header, pinned above the scrolling tree: overall progress,
 * Reading now, Next up (from the focused list or topic), and the filters with
 * "Collapse all" / "Expand all". Reading now and Next up fold away behind one
 * button so a short sidebar keeps room for the tree. Rows are rebuilt only
 * when the items they show change.
 */
import { setIcon, type Component } from 'obsidian';
import { STATUSES, type LibraryItem, type StudyPlan } from '../core';
import { ICONS } from './icons';
import type { PlanViewState } from './plan-context';
import { itemRow, KIND_CHOICES, paintBar, paintStatus, progressBar } from './plan-rows';

/** What the header asks of the view. */
export interface HeaderHost {
	state: PlanViewState;
	/** The filters or the summary's fold changed: save the state and rebuild. */
	changed(): void;
	open(path: string, newTab: boolean): void;
	openUrl(url: string): void;
	cycleStatus(path: string): void;
	menu(path: string, at: MouseEvent): void;
	foldAll(collapsed: boolean): void;
}

/** The pinned header. */
export class PlanHeader {
	readonly el: HTMLElement;
	private readonly count: HTMLElement;
	private readonly bar: HTMLElement;
	private readonly summary: HTMLElement;
	private readonly summaryToggle: HTMLElement;
	private readonly reading: HTMLElement;
	private readonly next: HTMLElement;
	private shownIds = '';
	readonly search: HTMLInputElement;

	constructor(parent: HTMLElement, owner: Component, private readonly host: HeaderHost) {
		this.el = parent.createDiv({ cls: 'syllabus-pinned' });
		const top = this.el.createDiv({ cls: 'syllabus-overall' });
		this.count = top.createSpan({ cls: 'syllabus-overall-count' });
		this.bar = progressBar(top, 0, 0, 'Overall progress');
		this.summaryToggle = top.createEl('button', { cls: 'clickable-icon syllabus-summary-toggle', attr: { 'aria-label': 'Reading now and next up', 'aria-controls': 'syllabus-summary' } });
		this.summary = this.el.createDiv({ cls: 'syllabus-summary', attr: { id: 'syllabus-summary' } });
		this.reading = this.summary.createDiv({ cls: 'syllabus-reading-now' });
		this.next = this.summary.createDiv({ cls: 'syllabus-next-up' });
		owner.registerDomEvent(this.summaryToggle, 'click', () => {
			host.state.summaryHidden = !host.state.summaryHidden;
			this.paintSummaryToggle();
			host.changed();
		});
		this.paintSummaryToggle();
		owner.registerDomEvent(this.summary, 'click', (e) => this.onClick(e));
		owner.registerDomEvent(this.summary, 'contextmenu', (e) => {
			const path = (e.target as HTMLElement).closest<HTMLElement>('[data-path]')?.dataset.path;
			if (!path) return;
			e.preventDefault();
			host.menu(path, e);
		});
		owner.registerDomEvent(this.summary, 'keydown', (e) => {
			if (e.key !== 'Enter' || (e.target as HTMLElement).tagName === 'BUTTON') return;
			const path = (e.target as HTMLElement).closest<HTMLElement>('[data-action="open"]') && (e.target as HTMLElement).closest<HTMLElement>('[data-path]')?.dataset.path;
			if (!path) return;
			e.preventDefault();
			host.open(path, e.ctrlKey || e.metaKey);
		});
		this.search = this.renderFilters(this.el.createDiv({ cls: 'syllabus-filters' }), owner);
	}

	private paintSummaryToggle(): void {
		const hidden = this.host.state.summaryHidden;
		this.summaryToggle.setAttr('aria-expanded', String(!hidden));
		setIcon(this.summaryToggle, hidden ? ICONS.expandAll : ICONS.collapseAll);
		this.summary.toggleClass('is-hidden', hidden);
	}

	private onClick(e: MouseEvent): void {
		const target = e.target as HTMLElement;
		const action = target.closest<HTMLElement>('[data-action]')?.dataset.action;
		const path = target.closest<HTMLElement>('[data-path]')?.dataset.path;
		if (!path) return;
		if (action === 'open') this.host.open(path, e.ctrlKey || e.metaKey);
		else if (action === 'status') this.host.cycleStatus(path);
		else if (action === 'url') this.host.openUrl(path);
	}

	/** Show a plan: overall progress, Reading now and Next up. */
	render(plan: StudyPlan, readingNow: LibraryItem[], focusTitle: string | undefined): void {
		const count = `${plan.done}/${plan.total} done`;
		if (this.count.getText() !== count) this.count.setText(count);
		paintBar(this.bar, plan.done, plan.total);
		// Rebuild the rows only when what they show changed; a status repaint is enough otherwise.
		const ids = JSON.stringify([readingNow.map((i) => i.path), plan.nextUp.map((i) => i.path), focusTitle, plan.focusDone]);
		if (ids === this.shownIds) {
			const byPath = new Map([...readingNow, ...plan.nextUp].map((i) => [i.path, i]));
			for (const row of Array.from(this.summary.querySelectorAll<HTMLElement>('[data-path]'))) {
				const el = row.querySelector<HTMLElement>('.syllabus-status');
				if (el) paintStatus(el, byPath.get(row.dataset.path ?? '')?.status);
			}
			return;
		}
		const hadFocus = this.summary.contains(activeDocument.activeElement);
		this.shownIds = ids;
		this.section(this.reading, 'Reading now', readingNow);
		const caption = focusTitle ? (plan.focusDone ? `Next up (${focusTitle} is done)` : `Next up in ${focusTitle}`) : 'Next up';
		this.section(this.next, caption, plan.nextUp);
		// The row the reader was on may have left (it is being read now): stay in the header.
		if (hadFocus && !this.summary.contains(activeDocument.activeElement)) this.summaryToggle.focus();
	}

	private section(el: HTMLElement, title: string, items: LibraryItem[]): void {
		el.empty();
		if (!items.length) return;
		const id = `syllabus-${el.className.replace(/\W+/g, '-')}`;
		el.createDiv({ text: title, cls: 'syllabus-section-title', attr: { id } });
		const list = el.createDiv({ attr: { role: 'list', 'aria-labelledby': id } });
		for (const item of items) itemRow(list, item);
	}

	private renderFilters(el: HTMLElement, owner: Component): HTMLInputElement {
		const v = this.host.state;
		const search = el.createEl('input', { type: 'search', placeholder: 'Filter by title', cls: 'syllabus-filter-text', attr: { 'aria-label': 'Filter by title' } });
		search.value = v.text;
		owner.registerDomEvent(search, 'input', () => {
			v.text = search.value;
			this.host.changed();
		});
		const chips = el.createDiv({ cls: 'syllabus-chips', attr: { role: 'group', 'aria-label': 'Filter by status' } });
		for (const s of STATUSES) {
			const chip = chips.createEl('button', { text: s, cls: 'syllabus-chip', attr: { 'data-status': s } });
			owner.registerDomEvent(chip, 'click', () => {
				v.statuses = v.statuses.includes(s) ? v.statuses.filter((x) => x !== s) : [...v.statuses, s];
				this.host.changed();
			});
		}
		const kind = el.createEl('select', { cls: 'dropdown syllabus-filter-kind', attr: { 'aria-label': 'Filter by kind' } });
		kind.createEl('option', { text: 'All kinds', value: '' });
		for (const k of KIND_CHOICES) kind.createEl('option', { text: k, value: k });
		owner.registerDomEvent(kind, 'change', () => {
			v.kinds = kind.value ? [kind.value] : [];
			this.host.changed();
		});
		const tools = el.createDiv({ cls: 'syllabus-tools' });
		for (const [label, iconName, collapsed] of [['Collapse all', ICONS.collapseAll, true], ['Expand all', ICONS.expandAll, false]] as const) {
			const b = tools.createEl('button', { cls: 'clickable-icon', attr: { 'aria-label': label } });
			setIcon(b, iconName);
			owner.registerDomEvent(b, 'click', () => this.host.foldAll(collapsed));
		}
		this.paintFilters();
		return search;
	}

	/** Show the filters' current values (after a clear or a restored state). */
	paintFilters(): void {
		const v = this.host.state;
		if (this.search && this.search.value !== v.text) this.search.value = v.text;
		for (const chip of Array.from(this.el.querySelectorAll<HTMLElement>('.syllabus-chip'))) {
			const on = v.statuses.includes(chip.dataset.status as never);
			chip.toggleClass('is-active', on);
			chip.setAttr('aria-pressed', String(on));
		}
		const kind = this.el.querySelector<HTMLSelectElement>('.syllabus-filter-kind');
		if (kind) kind.value = v.kinds[0] ?? '';
	}
}
