/**
 * The study-plan sidebar: lists → topics → resources and concepts in study
 * order, a progress bar on every list and topic, overall progress and Next up
 * at the top, filters that survive a restart. A status change touches only
 * that row and its ancestors' bars; anything structural re-renders.
 * Everything is built with createEl/setText: titles come from lists and may
 * hold HTML.
 */
import { ItemView, Menu, setIcon, type WorkspaceLeaf } from 'obsidian';
import { buildStudyPlan, STATUSES, type LibraryItem, type PlanFilter, type PlanNode, type Status, type StudyPlan } from '../core';
import type { LibraryChange } from './library-store';
import type SyllabusPlugin from './main';

export const VIEW_TYPE = 'syllabus-study-plan';

const KIND_ICONS: Record<string, string> = {
	paper: 'file-text', repo: 'git-branch', video: 'video', post: 'message-square', course: 'graduation-cap', docs: 'book-open',
	book: 'book', article: 'newspaper', site: 'globe', other: 'link', concept: 'lightbulb', topic: 'folder', list: 'list',
};
/** Items above which topics start folded. */
const FOLD_ABOVE = 1000;
const KINDS = ['paper', 'repo', 'video', 'post', 'course', 'docs', 'book', 'article', 'site', 'other', 'concept'];

/** Icon name for an item. */
export function iconFor(item: LibraryItem | undefined): string {
	if (!item) return 'minus';
	return KIND_ICONS[item.type === 'resource' ? item.kind ?? 'other' : item.type] ?? 'link';
}

interface Rendered {
	node: PlanNode;
	/** How many children are rendered; -1 while folded. */
	shownChildren: number;
	bar?: HTMLElement;
	count?: HTMLElement;
	status?: HTMLElement;
	row: HTMLElement;
}

/** The study-plan view. */
export class StudyPlanView extends ItemView {
	private plan: StudyPlan | undefined = undefined;
	private rendered = new Map<string, Rendered[]>();
	private byKey = new Map<string, Rendered>();
	private headerEl!: HTMLElement;
	private overallEl: HTMLElement | undefined = undefined;
	private overallBar: HTMLElement | undefined = undefined;
	private nextUpEl: HTMLElement | undefined = undefined;
	private nextUpIds = '';
	private foldByDefault = false;
	private treeEl!: HTMLElement;
	private renderQueued = false;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly plugin: SyllabusPlugin,
	) {
		super(leaf);
	}

	getViewType(): string {
		return VIEW_TYPE;
	}

	getDisplayText(): string {
		return 'Study plan';
	}

	getIcon(): string {
		return 'graduation-cap';
	}

	async onOpen(): Promise<void> {
		this.contentEl.empty();
		this.contentEl.addClass('syllabus-view');
		this.headerEl = this.contentEl.createDiv({ cls: 'syllabus-header' });
		this.renderFilters(this.contentEl.createDiv({ cls: 'syllabus-filters' }));
		this.treeEl = this.contentEl.createDiv({ cls: 'syllabus-tree', attr: { role: 'tree', 'aria-label': 'Study plan' } });
		// One listener per kind of event for the whole tree, not three per row: rows
		// come and go with every render, listeners registered on them would pile up.
		for (const el of [this.headerEl, this.treeEl]) {
			this.registerDomEvent(el, 'click', (e) => this.onClick(e));
			this.registerDomEvent(el, 'keydown', (e) => this.onKey(e));
			this.registerDomEvent(el, 'contextmenu', (e) => this.onMenu(e));
		}
		this.registerEvent(this.plugin.library.onChange((c) => this.onLibraryChange(c)));
		this.render();
		await Promise.resolve();
	}

	async onClose(): Promise<void> {
		this.contentEl.empty();
		await Promise.resolve();
	}

	private targetOf(e: Event): { el: HTMLElement; action: string; node?: PlanNode; path?: string } | undefined {
		const el = (e.target as HTMLElement | null)?.closest<HTMLElement>('[data-action]');
		if (!el) return undefined;
		const key = el.closest<HTMLElement>('[data-key]')?.dataset.key;
		const node = key ? this.byKey.get(key)?.node : undefined;
		return { el, action: el.dataset.action ?? '', ...(node ? { node } : {}), ...(el.dataset.path ? { path: el.dataset.path } : node?.path ? { path: node.path } : {}) };
	}

	private act(t: { action: string; node?: PlanNode; path?: string }, newTab: boolean): void {
		if (t.action === 'toggle' && t.node) void this.toggleCollapsed(t.node);
		else if (t.action === 'open' && t.path) void this.plugin.openNote(t.path, newTab);
		else if (t.action === 'status' && t.path) void this.plugin.cycleStatus(t.path);
		else if (t.action === 'import') this.plugin.importer.chooseFile();
	}

	private onClick(e: MouseEvent): void {
		const t = this.targetOf(e);
		if (t) this.act(t, e.ctrlKey || e.metaKey);
	}

	private onKey(e: KeyboardEvent): void {
		if (e.key !== 'Enter' && e.key !== ' ') return;
		const t = this.targetOf(e);
		if (!t || t.el.tagName === 'BUTTON') return;
		e.preventDefault();
		this.act(t, e.ctrlKey || e.metaKey);
	}

	private onMenu(e: MouseEvent): void {
		const key = (e.target as HTMLElement | null)?.closest<HTMLElement>('[data-key]')?.dataset.key;
		const node = key ? this.byKey.get(key)?.node : undefined;
		if (node) this.menu(e, node);
	}

	private filter(): PlanFilter {
		const v = this.plugin.settings.view;
		return { statuses: v.statuses, kinds: v.kinds, text: v.text };
	}

	private onLibraryChange(change: LibraryChange): void {
		if (change.structural || !this.plan) return this.queueRender();
		// A status change: recompute the plan (cheap, no DOM), then repaint only the
		// rendered rows whose status or counts moved: that row, if it is shown, and
		// its ancestors' bars.
		const lib = this.plugin.library;
		const next = buildStudyPlan(lib.items, lib.blocks, lib.resolver, this.filter(), this.plugin.settings.nextUpCount);
		const fresh = new Map<string, PlanNode>();
		const index = (n: PlanNode): void => {
			fresh.set(n.key, n);
			n.children.forEach(index);
		};
		next.lists.forEach(index);
		for (const [key, r] of this.byKey) {
			const n = fresh.get(key);
			// A row that left (a filter no longer matches) or a new child means the shape changed.
			if (!n || (r.shownChildren >= 0 && r.shownChildren !== n.children.length)) return this.queueRender();
		}
		for (const [key, r] of this.byKey) {
			const n = fresh.get(key)!;
			const before = r.node;
			r.node = n;
			if (r.status && before.item?.status !== n.item?.status) {
				this.paintStatus(r.status, n.item?.status);
				r.row.toggleClass('is-done', n.item?.status === 'done');
			}
			if (r.bar && (before.done !== n.done || before.total !== n.total)) this.paintBar(r);
		}
		this.plan = next;
		this.renderHeader();
	}

	/** Re-render soon, e.g. after a setting changed. */
	refresh(): void {
		this.queueRender();
	}

	private queueRender(): void {
		if (this.renderQueued) return;
		this.renderQueued = true;
		window.requestAnimationFrame(() => {
			this.renderQueued = false;
			this.render();
		});
	}

	/** Build the whole tree. */
	render(): void {
		const lib = this.plugin.library;
		this.plan = buildStudyPlan(lib.items, lib.blocks, lib.resolver, this.filter(), this.plugin.settings.nextUpCount);
		this.rendered.clear();
		this.byKey.clear();
		this.renderHeader();
		this.treeEl.empty();
		if (!this.plan.lists.length) {
			const empty = this.treeEl.createDiv({ cls: 'syllabus-empty' });
			empty.createEl('p', { text: 'No reading lists imported yet.' });
			empty.createEl('button', { text: 'Import a list', cls: 'mod-cta', attr: { 'data-action': 'import' } });
			return;
		}
		let items = 0;
		const count = (n: PlanNode): void => {
			if (n.type === 'item') items++;
			n.children.forEach(count);
		};
		this.plan.lists.forEach(count);
		// A big plan opens with its topics folded, so the first render stays light.
		this.foldByDefault = items > FOLD_ABOVE;
		for (const list of this.plan.lists) this.renderNode(list, this.treeEl, 1);
	}

	private renderHeader(): void {
		if (!this.plan) return;
		const p = this.plan;
		if (!this.overallEl) {
			this.headerEl.empty();
			const top = this.headerEl.createDiv({ cls: 'syllabus-overall' });
			this.overallEl = top.createSpan({ cls: 'syllabus-overall-count' });
			this.overallBar = this.bar(top, 0, 0, 'Overall progress');
			this.nextUpEl = this.headerEl.createDiv({ cls: 'syllabus-next-up' });
		}
		this.overallEl.setText(`${p.done}/${p.total} done`);
		this.paintBarEl(this.overallBar!, p.done, p.total);
		const ids = p.nextUp.map((i) => i.path).join('\n');
		if (ids === this.nextUpIds) return;
		this.nextUpIds = ids;
		const next = this.nextUpEl!;
		next.empty();
		if (!p.nextUp.length) return;
		next.createDiv({ text: 'Next up', cls: 'syllabus-section-title' });
		for (const item of p.nextUp) {
			const row = next.createDiv({ cls: 'syllabus-next-item', attr: { tabindex: '0', role: 'link', 'data-action': 'open', 'data-path': item.path } });
			setIcon(row.createSpan({ cls: 'syllabus-icon' }), iconFor(item));
			row.createSpan({ text: item.title, cls: 'syllabus-title' });
		}
	}

	private paintBarEl(bar: HTMLElement, done: number, total: number): void {
		const pct = total ? Math.round((done / total) * 100) : 0;
		if (bar.getAttr('aria-valuenow') === String(pct)) return;
		bar.setAttr('aria-valuenow', String(pct));
		(bar.firstElementChild as HTMLElement | null)?.setCssProps({ '--syllabus-progress': `${pct}%` });
	}

	private bar(parent: HTMLElement, done: number, total: number, label: string): HTMLElement {
		const pct = total ? Math.round((done / total) * 100) : 0;
		const bar = parent.createDiv({ cls: 'syllabus-bar', attr: { role: 'progressbar', 'aria-label': label, 'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuenow': String(pct) } });
		bar.createDiv({ cls: 'syllabus-bar-fill' }).setCssProps({ '--syllabus-progress': `${pct}%` });
		return bar;
	}

	private paintBar(r: Rendered): void {
		const { done, total } = r.node;
		r.count?.setText(`${done}/${total}`);
		if (r.bar) this.paintBarEl(r.bar, done, total);
	}

	private paintStatus(el: HTMLElement, status: Status | undefined): void {
		const s = status ?? 'todo';
		el.setText(s);
		for (const x of STATUSES) el.toggleClass(`is-${x}`, x === s);
		el.setAttr('aria-label', `Status: ${s}. Click to change.`);
	}

	private isCollapsed(node: PlanNode): boolean {
		const v = this.plugin.settings.view;
		const key = this.collapseKey(node);
		if (v.collapsed.includes(key)) return true;
		return this.foldByDefault && node.type === 'topic' && !v.expanded.includes(key);
	}

	private renderNode(node: PlanNode, parent: HTMLElement, level: number): void {
		const collapsed = this.isCollapsed(node);
		const wrap = parent.createDiv({ cls: `syllabus-node syllabus-${node.type}`, attr: { role: 'treeitem', 'aria-level': String(level), 'data-key': node.key } });
		const row = wrap.createDiv({ cls: 'syllabus-row' });
		const r: Rendered = { node, row, shownChildren: -1 };
		this.byKey.set(node.key, r);
		if (node.path) {
			const list = this.rendered.get(node.path);
			if (list) list.push(r);
			else this.rendered.set(node.path, [r]);
		}
		const hasChildren = node.children.length > 0;
		if (hasChildren) wrap.setAttr('aria-expanded', String(!collapsed));
		if (node.type === 'list' || node.type === 'topic') {
			const toggle = row.createSpan({ cls: 'syllabus-toggle', attr: { role: 'button', tabindex: '0', 'aria-label': collapsed ? 'Expand' : 'Collapse', 'data-action': 'toggle' } });
			setIcon(toggle, collapsed ? 'chevron-right' : 'chevron-down');
		}
		setIcon(row.createSpan({ cls: 'syllabus-icon', attr: { 'aria-hidden': 'true' } }), node.type === 'text' ? 'minus' : iconFor(node.item));
		const title = row.createSpan({ text: node.title, cls: 'syllabus-title' });
		if (node.path && node.item) {
			title.setAttrs({ tabindex: '0', role: 'link', 'data-action': 'open' });
		}
		if (node.type === 'item' && node.item) {
			row.toggleClass('is-done', node.item.status === 'done');
			const status = row.createEl('button', { cls: 'syllabus-status', attr: { 'data-action': 'status' } });
			this.paintStatus(status, node.item.status);
			r.status = status;
		} else if (node.type === 'list' || node.type === 'topic') {
			r.count = row.createSpan({ cls: 'syllabus-count' });
			r.bar = this.bar(row, node.done, node.total, `Progress of ${node.title}`);
			this.paintBar(r);
		}
		// Folded children are not built at all until they are opened.
		if (!collapsed) r.shownChildren = node.children.length;
		if (hasChildren && !collapsed) {
			const kids = wrap.createDiv({ cls: 'syllabus-children', attr: { role: 'group' } });
			for (const c of node.children) this.renderNode(c, kids, level + 1);
		}
	}

	private collapseKey(node: PlanNode): string {
		return node.type === 'list' ? node.key : `${node.key.split('#')[0]}#${node.path ?? node.title}`;
	}

	private async toggleCollapsed(node: PlanNode): Promise<void> {
		const v = this.plugin.settings.view;
		const key = this.collapseKey(node);
		const open = this.isCollapsed(node);
		v.collapsed = v.collapsed.filter((k) => k !== key);
		v.expanded = v.expanded.filter((k) => k !== key);
		if (open) v.expanded.push(key);
		else v.collapsed.push(key);
		const hadFocus = this.byKey.get(node.key)?.row.contains(activeDocument.activeElement) ?? false;
		await this.plugin.saveSettings();
		this.render();
		// The rows were rebuilt: a keyboard user stays on the toggle they pressed.
		if (hadFocus) this.byKey.get(node.key)?.row.querySelector<HTMLElement>('.syllabus-toggle')?.focus();
	}

	private menu(e: MouseEvent, node: PlanNode): void {
		const item = node.item;
		if (!item || !node.path) return;
		const path = node.path;
		const m = new Menu();
		if (item.type === 'resource' || item.type === 'concept') {
			for (const s of STATUSES) {
				m.addItem((mi) =>
					mi
						.setTitle(`Mark as ${s}`)
						.setChecked(item.status === s)
						.onClick(() => void this.plugin.setStatus(path, s)),
				);
			}
			m.addSeparator();
		}
		if (item.url) {
			const url = item.url;
			m.addItem((mi) => mi.setTitle('Open URL').setIcon('external-link').onClick(() => window.open(url)));
		}
		m.addItem((mi) => mi.setTitle('Open note').setIcon('file').onClick(() => void this.plugin.openNote(path, false)));
		m.addItem((mi) => mi.setTitle('Reveal note in navigation').setIcon('folder-open').onClick(() => this.plugin.revealNote(path)));
		m.showAtMouseEvent(e);
	}

	private renderFilters(el: HTMLElement): void {
		const v = this.plugin.settings.view;
		const search = el.createEl('input', { type: 'search', placeholder: 'Filter by title', cls: 'syllabus-filter-text', attr: { 'aria-label': 'Filter by title' } });
		search.value = v.text;
		this.registerDomEvent(search, 'input', () => {
			v.text = search.value;
			void this.plugin.saveSettings();
			this.queueRender();
		});
		const chips = el.createDiv({ cls: 'syllabus-chips', attr: { role: 'group', 'aria-label': 'Filter by status' } });
		for (const s of STATUSES) {
			const chip = chips.createEl('button', { text: s, cls: 'syllabus-chip', attr: { 'aria-pressed': String(v.statuses.includes(s)) } });
			chip.toggleClass('is-active', v.statuses.includes(s));
			this.registerDomEvent(chip, 'click', () => {
				v.statuses = v.statuses.includes(s) ? v.statuses.filter((x) => x !== s) : [...v.statuses, s];
				chip.toggleClass('is-active', v.statuses.includes(s));
				chip.setAttr('aria-pressed', String(v.statuses.includes(s)));
				void this.plugin.saveSettings();
				this.queueRender();
			});
		}
		const kind = el.createEl('select', { cls: 'dropdown syllabus-filter-kind', attr: { 'aria-label': 'Filter by kind' } });
		kind.createEl('option', { text: 'All kinds', value: '' });
		for (const k of KINDS) kind.createEl('option', { text: k, value: k });
		kind.value = v.kinds[0] ?? '';
		this.registerDomEvent(kind, 'change', () => {
			v.kinds = kind.value ? [kind.value] : [];
			void this.plugin.saveSettings();
			this.queueRender();
		});
	}
}
