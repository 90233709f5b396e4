/**
 * The study-plan sidebar: a pinned header (overall progress, Reading now,
 * Next up, filters) over the tree of lists → topics → resources and concepts
 * in study order. Folds, filters and the focus are the view's state, kept by
 * Obsidian with the workspace (`getState`/`setState`), not in data.json. A
 * status change repaints only what it touches; anything structural rebuilds.
 */
import { ItemView, type ViewStateResult, type WorkspaceLeaf } from 'obsidian';
import {
	buildStudyPlan, placesOf, readingNow, trailTo, STATUSES, type Place,
	type PlanFilter, type PlanNode, type Status, type StudyPlan,
} from '../core';
import type { LibraryChange } from './library-store';
import type { PlanContext, PlanViewState } from './plan-context';
import { ICONS } from './icons';
import { PlanHeader, type HeaderHost } from './plan-header';
import { showItemMenu, type MenuHost } from './plan-menu';
import { PlanTree, type TreeHost } from './plan-tree';
import type { SettingKey } from './settings-store';

export { iconFor } from './plan-rows';

export const VIEW_TYPE = 'syllabus-study-plan';

/** Items above which topics start folded. */
const FOLD_ABOVE = 1000;
/** Most matches of the title filter: more than any reader scrolls through. */
const FILTER_MATCHES = 2000;
/** The settings the plan shows: a change to one of them redraws it. */
const PLAN_SETTINGS: ReadonlySet<SettingKey> = new Set(['nextUpCount']);

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** Read a saved state, keeping only what is well formed. */
export function readViewState(saved: unknown): PlanViewState {
	const s = (saved && typeof saved === 'object' ? saved : {}) as Record<string, unknown>;
	return {
		collapsed: strings(s.collapsed),
		expanded: strings(s.expanded),
		statuses: strings(s.statuses).filter((x): x is Status => STATUSES.includes(x as Status)),
		kinds: strings(s.kinds),
		text: typeof s.text === 'string' ? s.text : '',
		...(typeof s.focus === 'string' && s.focus ? { focus: s.focus } : {}),
		summaryHidden: s.summaryHidden === true,
	};
}

/** The study-plan view. */
export class StudyPlanView extends ItemView implements TreeHost, HeaderHost, MenuHost {
	state: PlanViewState;
	private plan: StudyPlan | undefined = undefined;
	/** Where each item sits in its lists (`placesOf`), kept until the library's shape changes. */
	private places: Map<string, Place[]> | undefined = undefined;
	private header: PlanHeader | undefined = undefined;
	private tree: PlanTree | undefined = undefined;
	private emptyEl: HTMLElement | undefined = undefined;
	private foldByDefault = false;
	private renderQueued = false;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly ctx: PlanContext,
		saved?: unknown,
	) {
		super(leaf);
		// Folds and filters saved in data.json by earlier versions carry over once.
		this.state = readViewState(saved);
	}

	getViewType(): string {
		return VIEW_TYPE;
	}

	getDisplayText(): string {
		return 'Study plan';
	}

	getIcon(): string {
		return ICONS.studyPlan;
	}

	getState(): Record<string, unknown> {
		return { ...super.getState(), ...this.state };
	}

	async setState(state: unknown, result: ViewStateResult): Promise<void> {
		if (state && typeof state === 'object' && Object.keys(state).length) {
			this.state = readViewState(state);
			this.header?.paintFilters();
			this.queueRender();
		}
		await super.setState(state, result);
	}

	async onOpen(): Promise<void> {
		this.contentEl.empty();
		this.contentEl.addClass('syllabus-view');
		this.header = new PlanHeader(this.contentEl, this, this);
		this.emptyEl = this.contentEl.createDiv({ cls: 'syllabus-empty' });
		this.tree = new PlanTree(this.contentEl, this, this);
		this.registerDomEvent(this.emptyEl, 'click', (e) => {
			const action = (e.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
			if (action === 'import') this.ctx.importer.chooseFile();
			else if (action === 'clear') this.clearFilters();
		});
		this.registerEvent(this.ctx.library.onChange((c) => this.onLibraryChange(c)));
		this.registerEvent(this.ctx.onSettingsChange((keys) => keys.some((k) => PLAN_SETTINGS.has(k)) && this.refresh()));
		this.render();
		await Promise.resolve();
	}

	async onClose(): Promise<void> {
		this.contentEl.empty();
		await Promise.resolve();
	}

	/** The list or topic Next up draws from: the reader's choice, else the list imported last. */
	get focus(): string | undefined {
		const items = this.ctx.library.items;
		const chosen = this.state.focus ? items.get(this.state.focus) : undefined;
		if (chosen && (chosen.type === 'list' || chosen.type === 'topic')) return chosen.path;
		let best: { path: string; time: number } | undefined;
		for (const i of items.values()) {
			if (i.type !== 'list') continue;
			const time = this.app.vault.getFileByPath(i.path)?.stat.ctime ?? 0;
			if (!best || time > best.time) best = { path: i.path, time };
		}
		return best?.path;
	}

	private filter(): PlanFilter {
		const { statuses, kinds, text } = this.state;
		const matched = text.trim() ? new Set(this.ctx.search.search(text, FILTER_MATCHES).map((r) => r.record.id)) : undefined;
		return { statuses, kinds, text, ...(matched ? { matched } : {}) };
	}

	private buildPlan(): StudyPlan {
		const lib = this.ctx.library;
		return buildStudyPlan(lib.items, lib.blocks, lib.resolver, this.filter(), this.ctx.settings.nextUpCount, this.focus);
	}

	private onLibraryChange(change: LibraryChange): void {
		if (change.structural) this.places = undefined;
		if (change.structural || !this.plan || !this.tree) return this.queueRender();
		const next = this.buildPlan();
		if (!this.tree.update(next)) return this.queueRender();
		this.plan = next;
		this.renderHeader();
	}

	/** Re-render soon: a setting the plan shows changed. */
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

	/** Build the header and the whole tree. */
	render(): void {
		if (!this.tree || !this.emptyEl) return;
		const plan = (this.plan = this.buildPlan());
		this.renderHeader();
		this.emptyEl.empty();
		const hasLists = [...this.ctx.library.items.values()].some((i) => i.type === 'list');
		this.emptyEl.toggle(!plan.lists.length);
		if (!hasLists) {
			this.emptyEl.createEl('p', { text: 'No reading lists imported yet.' });
			this.emptyEl.createEl('button', { text: 'Import a list', cls: 'mod-cta', attr: { 'data-action': 'import' } });
		} else if (!plan.lists.length) {
			this.emptyEl.createEl('p', { text: 'Nothing matches these filters.', attr: { role: 'status' } });
			this.emptyEl.createEl('button', { text: 'Clear filters', attr: { 'data-action': 'clear' } });
		}
		let items = 0;
		const count = (n: PlanNode): void => {
			if (n.type === 'item') items++;
			n.children.forEach(count);
		};
		plan.lists.forEach(count);
		// A big plan opens with its topics folded, so the first render stays light.
		this.foldByDefault = items > FOLD_ABOVE;
		// Where each item sits in its lists, for the items' tooltips: read again only when the library's
		// shape changed, not on a filter's every keystroke or a status change.
		const lib = this.ctx.library;
		const places = (this.places ??= placesOf(lib.items, lib.blocks, lib.resolver));
		// The last row left (a filter hid it): the focus goes to the way back, not to the page.
		if (this.tree.render(plan, places)) this.emptyEl.querySelector<HTMLElement>('button')?.focus();
	}

	private renderHeader(): void {
		if (!this.plan || !this.header) return;
		const focus = this.focus;
		this.header.render(this.plan, readingNow(this.ctx.library.items.values()), focus ? this.ctx.library.items.get(focus)?.title : undefined);
	}

	private clearFilters(): void {
		Object.assign(this.state, { statuses: [], kinds: [], text: '' });
		this.changed();
		this.header?.search.focus();
	}

	private save(): void {
		this.app.workspace.requestSaveLayout();
	}

	/** Filters or the summary fold changed. */
	changed(): void {
		this.header?.paintFilters();
		this.save();
		this.queueRender();
	}

	private collapseKey(node: PlanNode): string {
		return node.type === 'list' ? node.key : `${node.key.split('#')[0]}#${node.path ?? node.title}`;
	}

	isCollapsed(node: PlanNode): boolean {
		const key = this.collapseKey(node);
		if (this.state.collapsed.includes(key)) return true;
		return this.foldByDefault && node.type === 'topic' && !this.state.expanded.includes(key);
	}

	rememberFold(node: PlanNode, collapsed: boolean): void {
		const key = this.collapseKey(node);
		this.state.collapsed = this.state.collapsed.filter((k) => k !== key);
		this.state.expanded = this.state.expanded.filter((k) => k !== key);
		(collapsed ? this.state.collapsed : this.state.expanded).push(key);
		this.save();
	}

	foldAll(collapsed: boolean): void {
		const keys: string[] = [];
		const walk = (n: PlanNode): void => {
			if ((n.type === 'list' || n.type === 'topic') && n.children.length) keys.push(this.collapseKey(n));
			n.children.forEach(walk);
		};
		this.plan?.lists.forEach(walk);
		this.state.collapsed = collapsed ? keys : [];
		this.state.expanded = collapsed ? [] : keys;
		this.save();
		this.render();
	}

	open(node: PlanNode | string, newTab: boolean): void {
		const path = typeof node === 'string' ? node : node.item ? node.path : undefined;
		if (path) void this.ctx.openNote(path, newTab);
	}

	/** Open an item's URL; from the header, `target` is the item's path. */
	openUrl(target: string): void {
		const url = this.ctx.library.items.get(target)?.url ?? target;
		if (/^https?:\/\//i.test(url)) window.open(url);
	}

	cycleStatus(node: PlanNode | string): void {
		const path = typeof node === 'string' ? node : node.path;
		if (path) void this.ctx.cycleStatus(path);
	}

	menu(node: PlanNode | string, at: MouseEvent | { x: number; y: number }): void {
		const item = typeof node === 'string' ? this.ctx.library.items.get(node) : node.item;
		if (item) showItemMenu(this.ctx, this, item, at);
	}

	/** Draw Next up from this list or topic (undefined: the list imported last). */
	focusOn(path: string | undefined): void {
		if (path) this.state.focus = path;
		else delete this.state.focus;
		this.save();
		this.queueRender();
	}

	/** Show a list or topic in the tree, clearing the filters if they hide it. */
	reveal(path: string): void {
		if (!this.tree) return;
		const expand = (key: string): void => {
			const n = this.findNode(key);
			if (n) this.rememberFold(n, false);
		};
		if (this.tree.reveal(path, expand)) return;
		Object.assign(this.state, { statuses: [], kinds: [], text: '' });
		this.header?.paintFilters();
		this.render();
		this.tree.reveal(path, expand);
	}

	private findNode(key: string): PlanNode | undefined {
		return trailTo(this.plan?.lists ?? [], (n) => n.key === key)?.pop();
	}
}
