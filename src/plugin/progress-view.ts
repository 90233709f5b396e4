/**
 * The progress view, a tab of its own: overall progress, the chart of items
 * finished per week with the current streak and this week against the weekly
 * goal, then lists and topics nested as in the sidebar, each with done,
 * reading and total and a bar. A row reveals its list or topic in the study
 * plan. The rows' bars all start at the same x (fixed grid columns), whatever
 * the width of the title or the count. Titles are the sidebar's short labels
 * among siblings, the full title on hover and as the button's name; a topic
 * its list only names says where its note's items are instead of a 0/0 bar.
 * Rebuilt when the library or the weekly goal changes.
 */
import { ItemView, type WorkspaceLeaf } from 'obsidian';
import { buildStudyPlan, localDate, weeklyProgress, type PlanNode } from '../core';
import { ICONS } from './icons';
import type { PlanContext } from './plan-context';
import { labelsOf, namedOnly, reachText, tooltipOf } from './plan-row-text';
import { progressBar } from './plan-rows';
import { renderWeeklyChart } from './progress-chart';

export const PROGRESS_VIEW_TYPE = 'syllabus-progress';

/** Where a progress row sends the reader: the study plan, showing that list or topic. */
export type RevealInPlan = (path: string) => void;

/** The progress view. */
export class ProgressView extends ItemView {
	private filterText = '';
	private body: HTMLElement | undefined = undefined;
	private rows: HTMLElement | undefined = undefined;
	private none: HTMLElement | undefined = undefined;
	private plan: PlanNode[] = [];
	private queued = false;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly ctx: PlanContext,
		private readonly revealInPlan: RevealInPlan,
		/** Today's date; the preview pins it so its pictures stay the same. */
		private readonly today: () => string = () => localDate(),
	) {
		super(leaf);
	}

	getViewType(): string {
		return PROGRESS_VIEW_TYPE;
	}

	getDisplayText(): string {
		return 'Progress';
	}

	getIcon(): string {
		return ICONS.progress;
	}

	async onOpen(): Promise<void> {
		this.contentEl.empty();
		this.contentEl.addClass('syllabus-progress-view');
		this.body = this.contentEl.createDiv();
		const filter = this.contentEl.createEl('input', { type: 'search', placeholder: 'Filter lists and topics', cls: 'syllabus-progress-filter', attr: { 'aria-label': 'Filter lists and topics' } });
		this.registerDomEvent(filter, 'input', () => {
			this.filterText = filter.value;
			this.renderRows();
		});
		this.rows = this.contentEl.createDiv({ cls: 'syllabus-progress-rows', attr: { role: 'list', 'aria-label': 'Progress by list and topic' } });
		this.none = this.contentEl.createEl('p', { cls: 'syllabus-muted', attr: { role: 'status' } });
		this.registerDomEvent(this.rows, 'click', (e) => {
			const path = (e.target as HTMLElement).closest<HTMLElement>('[data-path]')?.dataset.path;
			if (path) this.revealInPlan(path);
		});
		this.registerEvent(this.ctx.library.onChange(() => this.queue()));
		this.registerEvent(this.ctx.onSettingsChange((keys) => keys.includes('weeklyGoal') && this.queue()));
		this.render();
		await Promise.resolve();
	}

	async onClose(): Promise<void> {
		this.contentEl.empty();
		await Promise.resolve();
	}

	private queue(): void {
		if (this.queued) return;
		this.queued = true;
		window.requestAnimationFrame(() => {
			this.queued = false;
			this.render();
		});
	}

	/** Draw everything from the library as it is now. */
	render(): void {
		const body = this.body;
		if (!body) return;
		body.empty();
		const lib = this.ctx.library;
		const plan = buildStudyPlan(lib.items, lib.blocks, lib.resolver, {}, 0);
		let reading = 0;
		for (const i of plan.order) if (i.status === 'reading') reading++;
		const top = body.createDiv({ cls: 'syllabus-overall' });
		top.createSpan({ cls: 'syllabus-overall-count', text: `${plan.done} of ${plan.total} done, ${reading} reading` });
		progressBar(top, plan.done, plan.total, 'Overall progress');

		const goal = this.ctx.settings.weeklyGoal;
		const weeks = weeklyProgress(lib.items.values(), this.today(), 12);
		body.createEl('h3', { text: 'Finished per week' });
		const facts = body.createDiv({ cls: 'syllabus-week-facts' });
		facts.createSpan({ text: weeks.streak === 1 ? 'Streak: 1 week' : `Streak: ${weeks.streak} weeks` });
		if (goal) {
			const week = facts.createSpan({ cls: 'syllabus-week-goal' });
			week.createSpan({ text: `This week: ${weeks.thisWeek} of ${goal}` });
			progressBar(week, Math.min(weeks.thisWeek, goal), goal, 'This week against the weekly goal');
		} else facts.createSpan({ text: `This week: ${weeks.thisWeek}` });
		renderWeeklyChart(body, weeks, goal);
		if (weeks.undated) body.createEl('p', { cls: 'syllabus-muted', text: `${weeks.undated} done without a finished date are not in the chart.` });
		body.createEl('h3', { text: 'Lists and topics' });
		this.plan = plan.lists;
		this.renderRows();
	}

	private renderRows(): void {
		const rows = this.rows;
		if (!rows) return;
		rows.empty();
		const q = this.filterText.trim().toLowerCase();
		// A row shows when it or something under it matches, so the nesting stays readable.
		const keep = (n: PlanNode): boolean => !q || n.title.toLowerCase().includes(q) || n.children.some((c) => (c.type === 'topic' || c.type === 'list') && keep(c));
		const shown = (n: PlanNode): boolean => (n.type === 'list' || n.type === 'topic') && !!n.path;
		// Each row is labelled among its siblings as in the sidebar; the full title names the button.
		const walk = (n: PlanNode, label: string, level: number): void => {
			if (!keep(n) || !n.path) return;
			const row = rows.createDiv({ cls: `syllabus-progress-row is-${n.type}`, attr: { role: 'listitem' } });
			row.setCssProps({ '--syllabus-level': String(level) });
			// A short label is for the eye; the full title names the button (the label is part of it).
			const name = `${n.title}: show in the study plan`;
			const short = label !== n.title;
			const attr = { 'data-path': n.path, title: tooltipOf(n, false, new Map()), ...(short ? {} : { 'aria-label': name }) };
			const title = row.createEl('button', { cls: 'syllabus-progress-title', attr, ...(short ? {} : { text: label }) });
			if (short) {
				title.createSpan({ text: label, attr: { 'aria-hidden': 'true' } });
				title.createSpan({ cls: 'syllabus-visually-hidden', text: name });
			}
			const reach = namedOnly(n);
			// A topic this list only names: where its note's items are, not an empty bar.
			if (reach) row.createSpan({ cls: 'syllabus-muted syllabus-reach', text: reachText(reach) });
			else {
				progressBar(row, n.done, n.total, `Progress of ${n.title}`);
				row.createSpan({ cls: 'syllabus-count', text: `${n.done}/${n.total}` });
				row.createSpan({ cls: 'syllabus-count', text: n.reading ? `${n.reading} reading` : '' });
			}
			walkAll(n.children.filter(shown), level + 1);
		};
		const walkAll = (nodes: PlanNode[], level: number): void => {
			const labels = labelsOf(nodes);
			nodes.forEach((n, i) => walk(n, labels[i]!, level));
		};
		walkAll(this.plan.filter(shown), 0);
		this.none?.setText(rows.childElementCount ? '' : q ? 'No list or topic matches.' : 'No reading lists imported yet.');
	}
}
