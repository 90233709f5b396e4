/**
 * The study-plan sidebar: lists → topics → resources and concepts in study
 * order, a progress bar on every list and topic, overall progress and Next up
 * at the top, filters that survive a restart. A status change touches only
 * that row and its ancestors' bars; anything structural re-renders.
 * Everything is built with createEl/setText: titles come from lists and may
 * hold HTML.
 */
import { ItemView, Menu, setIcon, type WorkspaceLeaf } from 'obsidian';
import { buildStudyPlan, type LibraryItem, type PlanFilter, type PlanNode, type Status, type StudyPlan } from '../core';
import type { LibraryChange } from './library-store';
import type SyllabusPlugin from './main';

export const VIEW_TYPE = 'syllabus-study-plan';

const KIND_ICONS: Record<string, string> = {
	paper: 'file-text', repo: 'github', video: 'youtube', post: 'message-square', course: 'graduation-cap', docs: 'book-open',
	book: 'book', article: 'newspaper', site: 'globe', other: 'link', concept: 'lightbulb', topic: 'folder', list: 'list',
};
const STATUSES: Status[] = ['todo', 'reading', 'done', 'skipped'];
const KINDS = ['paper', 'repo', 'video', 'post', 'course', 'docs', 'book', 'article', 'site', 'other', 'concept'];

/** Icon name for an item. */
export function iconFor(item: LibraryItem | undefined): string {
	if (!item) return 'minus';
	return KIND_ICONS[item.type === 'resource' ? item.kind ?? 'other' : item.type] ?? 'link';
}

interface Rendered {
	node: PlanNode;
	bar?: HTMLElement;
	count?: HTMLElement;
	status?: HTMLElement;
	row: HTMLElement;
}

/** The study-plan view. */
export class StudyPlanView extends ItemView {
	private plan: StudyPlan | undefined;
	private rendered = new Map<string, Rendered[]>();
	private byKey = new Map<string, Rendered>();
	private parents = new Map<string, string>();
	private headerEl!: HTMLElement;
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
		this.registerEvent(this.plugin.library.onChange((c) => this.onLibraryChange(c)));
		this.render();
		await Promise.resolve();
	}

	async onClose(): Promise<void> {
		this.contentEl.empty();
		await Promise.resolve();
	}

	private filter(): PlanFilter {
		const v = this.plugin.settings.view;
		return { statuses: v.statuses, kinds: v.kinds, text: v.text };
	}

	private onLibraryChange(change: LibraryChange): void {
		if (change.structural || !this.plan) return this.queueRender();
		const rows = change.paths.flatMap((p) => this.rendered.get(p) ?? []);
		if (!rows.length) return this.queueRender();
		// A status change: recompute the plan (cheap, no DOM), then touch only what changed.
		const lib = this.plugin.library;
		const next = buildStudyPlan(lib.items, lib.blocks, lib.resolver, this.filter(), this.plugin.settings.nextUpCount);
		const visible = new Set<string>();
		const walk = (n: PlanNode): void => {
			visible.add(n.key);
			n.children.forEach(walk);
		};
		next.lists.forEach(walk);
		if ([...this.byKey.keys()].some((k) => !visible.has(k)) || visible.size !== this.byKey.size) return this.queueRender();
		const fresh = new Map<string, PlanNode>();
		const index = (n: PlanNode): void => {
			fresh.set(n.key, n);
			n.children.forEach(index);
		};
		next.lists.forEach(index);
		for (const r of rows) {
			const n = fresh.get(r.node.key);
			if (!n) continue;
			r.node = n;
			if (r.status) this.paintStatus(r.status, n.item?.status);
			r.row.toggleClass('is-done', n.item?.status === 'done');
			// Walk up to the list, updating each ancestor's bar.
			let key = this.parents.get(n.key);
			while (key) {
				const a = this.byKey.get(key);
				const an = fresh.get(key);
				if (a && an && (a.node.done !== an.done || a.node.total !== an.total)) {
					a.node = an;
					this.paintBar(a);
				}
				key = this.parents.get(key);
			}
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
		this.parents.clear();
		this.renderHeader();
		this.treeEl.empty();
		if (!this.plan.lists.length) {
			const empty = this.treeEl.createDiv({ cls: 'syllabus-empty' });
			empty.createEl('p', { text: 'No reading lists imported yet.' });
			const btn = empty.createEl('button', { text: 'Import a list', cls: 'mod-cta' });
			this.registerDomEvent(btn, 'click', () => this.plugin.importer.chooseFile());
			return;
		}
		for (const list of this.plan.lists) this.renderNode(list, this.treeEl, 1, undefined);
	}

	private renderHeader(): void {
		if (!this.plan) return;
		const p = this.plan;
		this.headerEl.empty();
		const top = this.headerEl.createDiv({ cls: 'syllabus-overall' });
		top.createSpan({ text: `${p.done}/${p.total} done`, cls: 'syllabus-overall-count' });
		this.bar(top, p.done, p.total, 'Overall progress');
		if (!p.nextUp.length) return;
		const next = this.headerEl.createDiv({ cls: 'syllabus-next-up' });
		next.createDiv({ text: 'Next up', cls: 'syllabus-section-title' });
		for (const item of p.nextUp) {
			const row = next.createDiv({ cls: 'syllabus-next-item', attr: { tabindex: '0', role: 'link' } });
			setIcon(row.createSpan({ cls: 'syllabus-icon' }), iconFor(item));
			row.createSpan({ text: item.title, cls: 'syllabus-title' });
			this.registerDomEvent(row, 'click', (e) => void this.plugin.openNote(item.path, e.ctrlKey || e.metaKey));
			this.registerDomEvent(row, 'keydown', (e) => {
				if (e.key === 'Enter') void this.plugin.openNote(item.path, e.ctrlKey || e.metaKey);
			});
		}
	}

	private bar(parent: HTMLElement, done: number, total: number, label: string): HTMLElement {
		const pct = total ? Math.round((done / total) * 100) : 0;
		const bar = parent.createDiv({ cls: 'syllabus-bar', attr: { role: 'progressbar', 'aria-label': label, 'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuenow': String(pct) } });
		bar.createDiv({ cls: 'syllabus-bar-fill' }).setCssProps({ '--syllabus-progress': `${pct}%` });
		return bar;
	}

	private paintBar(r: Rendered): void {
		const { done, total } = r.node;
		const pct = total ? Math.round((done / total) * 100) : 0;
		r.count?.setText(`${done}/${total}`);
		if (r.bar) {
			r.bar.setAttr('aria-valuenow', String(pct));
			(r.bar.firstElementChild as HTMLElement | null)?.setCssProps({ '--syllabus-progress': `${pct}%` });
		}
	}

	private paintStatus(el: HTMLElement, status: Status | undefined): void {
		const s = status ?? 'todo';
		el.setText(s);
		for (const x of STATUSES) el.toggleClass(`is-${x}`, x === s);
		el.setAttr('aria-label', `Status: ${s}. Click to change.`);
	}

	private renderNode(node: PlanNode, parent: HTMLElement, level: number, parentKey: string | undefined): void {
		if (parentKey) this.parents.set(node.key, parentKey);
		const collapsed = this.plugin.settings.view.collapsed.includes(this.collapseKey(node));
		const wrap = parent.createDiv({ cls: `syllabus-node syllabus-${node.type}`, attr: { role: 'treeitem', 'aria-level': String(level) } });
		const row = wrap.createDiv({ cls: 'syllabus-row' });
		const r: Rendered = { node, row };
		this.byKey.set(node.key, r);
		if (node.path) {
			const list = this.rendered.get(node.path);
			if (list) list.push(r);
			else this.rendered.set(node.path, [r]);
		}
		const hasChildren = node.children.length > 0;
		if (hasChildren) wrap.setAttr('aria-expanded', String(!collapsed));
		if (node.type === 'list' || node.type === 'topic') {
			const toggle = row.createSpan({ cls: 'syllabus-toggle', attr: { role: 'button', tabindex: '0', 'aria-label': collapsed ? 'Expand' : 'Collapse' } });
			setIcon(toggle, collapsed ? 'chevron-right' : 'chevron-down');
			this.registerDomEvent(toggle, 'click', () => void this.toggleCollapsed(node));
			this.registerDomEvent(toggle, 'keydown', (e) => {
				if (e.key === 'Enter' || e.key === ' ') {
					e.preventDefault();
					void this.toggleCollapsed(node);
				}
			});
		}
		setIcon(row.createSpan({ cls: 'syllabus-icon', attr: { 'aria-hidden': 'true' } }), node.type === 'text' ? 'minus' : iconFor(node.item));
		const title = row.createSpan({ text: node.title, cls: 'syllabus-title' });
		if (node.path && node.item) {
			title.setAttr('tabindex', '0');
			title.setAttr('role', 'link');
			const path = node.path;
			this.registerDomEvent(title, 'click', (e) => void this.plugin.openNote(path, e.ctrlKey || e.metaKey));
			this.registerDomEvent(title, 'keydown', (e) => {
				if (e.key === 'Enter') void this.plugin.openNote(path, e.ctrlKey || e.metaKey);
			});
			this.registerDomEvent(row, 'contextmenu', (e) => this.menu(e, node));
		}
		if (node.type === 'item' && node.item) {
			row.toggleClass('is-done', node.item.status === 'done');
			const status = row.createEl('button', { cls: 'syllabus-status' });
			this.paintStatus(status, node.item.status);
			r.status = status;
			const path = node.path!;
			this.registerDomEvent(status, 'click', () => void this.plugin.cycleStatus(path));
		} else if (node.type === 'list' || node.type === 'topic') {
			r.count = row.createSpan({ cls: 'syllabus-count' });
			r.bar = this.bar(row, node.done, node.total, `Progress of ${node.title}`);
			this.paintBar(r);
		}
		if (hasChildren && !collapsed) {
			const kids = wrap.createDiv({ cls: 'syllabus-children', attr: { role: 'group' } });
			for (const c of node.children) this.renderNode(c, kids, level + 1, node.key);
		}
	}

	private collapseKey(node: PlanNode): string {
		return node.type === 'list' ? node.key : `${node.key.split('#')[0]}#${node.path ?? node.title}`;
	}

	private async toggleCollapsed(node: PlanNode): Promise<void> {
		const v = this.plugin.settings.view;
		const key = this.collapseKey(node);
		v.collapsed = v.collapsed.includes(key) ? v.collapsed.filter((k) => k !== key) : [...v.collapsed, key];
		await this.plugin.saveSettings();
		this.render();
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
