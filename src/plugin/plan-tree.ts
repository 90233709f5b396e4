/**
 * The study plan's tree, following the WAI-ARIA tree pattern: one tab stop
 * (the current row), arrow keys move and fold, Home/End, Enter opens the
 * note, Space changes an item's status (or folds a list or topic), typing
 * jumps to the next row that starts with the letters. Folding builds or drops
 * one node's children in place; a status change repaints only the rows it
 * touches. After any rebuild the keyboard focus stays on the same row, or on
 * the one that took its place when a filter hid it — never on the page body.
 * What one row shows (its short label among its siblings, the full title to
 * screen readers and on hover) is `plan-tree-row.ts`'s.
 */
import { setIcon, type Component } from 'obsidian';
import { trailTo, type PlanNode, type StudyPlan } from '../core';
import { ICONS } from './icons';
import { labelsOf, type Places } from './plan-row-text';
import { buildRow, repaintRow, type RowSetting, type TreeRow as Rendered } from './plan-tree-row';

/** What the tree asks of the view around it. */
export interface TreeHost {
	isCollapsed(node: PlanNode): boolean;
	/** Remember a fold; the tree has already changed the DOM. */
	rememberFold(node: PlanNode, collapsed: boolean): void;
	open(node: PlanNode, newTab: boolean): void;
	openUrl(url: string): void;
	cycleStatus(node: PlanNode): void;
	menu(node: PlanNode, at: MouseEvent | { x: number; y: number }): void;
}

/** Milliseconds within which typed letters add up to one type-ahead search. */
const TYPE_AHEAD_MS = 700;

/** The tree element and everything it shows. */
export class PlanTree {
	readonly el: HTMLElement;
	private byKey = new Map<string, Rendered>();
	private setting: RowSetting = { filtered: false, places: new Map() };
	/** The row holding the tree's one tab stop. */
	private current: string | undefined = undefined;
	private typed = '';
	private typedAt = 0;

	constructor(parent: HTMLElement, owner: Component, private readonly host: TreeHost) {
		this.el = parent.createDiv({ cls: 'syllabus-tree', attr: { role: 'tree', 'aria-label': 'Study plan' } });
		// One listener per kind of event for the whole tree: rows come and go with every render.
		owner.registerDomEvent(this.el, 'click', (e) => this.onClick(e));
		owner.registerDomEvent(this.el, 'keydown', (e) => this.onKey(e));
		owner.registerDomEvent(this.el, 'contextmenu', (e) => {
			const r = this.rowOf(e.target);
			if (r) {
				e.preventDefault();
				this.host.menu(r.node, e);
			}
		});
		owner.registerDomEvent(this.el, 'focusin', (e) => {
			const r = this.rowOf(e.target);
			if (r) this.setCurrent(r, false);
		});
	}

	/**
	 * Build the whole tree for a plan, keeping the keyboard user's place;
	 * `places` (where each item sits in its lists) go in the items' tooltips.
	 * Returns true when the focus was in the tree and no row is left to hold it.
	 */
	render(plan: StudyPlan, places: Places): boolean {
		const hadFocus = this.el.contains(activeDocument.activeElement);
		const before = this.visible();
		const at = this.current ? before.findIndex((el) => el.dataset.key === this.current) : -1;
		this.byKey.clear();
		this.el.empty();
		this.setting = { filtered: plan.filtered, places };
		this.renderNodes(plan.lists, this.el, 1);
		const rows = this.visible();
		const keep = (this.current ? this.byKey.get(this.current)?.el : undefined) ?? rows[Math.min(Math.max(at, 0), rows.length - 1)];
		this.current = undefined;
		if (keep) this.setCurrent(this.byKey.get(keep.dataset.key ?? '')!, hadFocus);
		// An empty tree is hidden: a tree without items means nothing to a screen reader.
		this.el.toggle(rows.length > 0);
		return hadFocus && !keep;
	}

	/**
	 * Repaint statuses and counts from a new plan of the same shape. Returns
	 * false when the shape changed (a row left or arrived): render instead.
	 */
	update(plan: StudyPlan): boolean {
		const fresh = new Map<string, PlanNode>();
		const index = (n: PlanNode): void => {
			fresh.set(n.key, n);
			n.children.forEach(index);
		};
		plan.lists.forEach(index);
		for (const [key, r] of this.byKey) {
			const n = fresh.get(key);
			if (!n || (r.children && r.children.childElementCount !== n.children.length)) return false;
		}
		for (const [key, r] of this.byKey) if (!repaintRow(r, fresh.get(key)!, this.setting)) return false;
		return true;
	}

	/** Show a list or topic: open its ancestors, scroll to it and give it the focus. */
	reveal(path: string, expand: (key: string) => void): boolean {
		const roots = [...this.byKey.values()].filter((r) => r.node.type === 'list').map((r) => r.node);
		const trail = trailTo(roots, (n) => n.path === path);
		if (!trail) return false;
		for (const n of trail.slice(0, -1)) {
			const r = this.byKey.get(n.key);
			if (r && !r.children) {
				expand(n.key);
				this.fold(r, false);
			}
		}
		const target = this.byKey.get(trail[trail.length - 1]!.key);
		if (!target) return false;
		this.setCurrent(target, true);
		target.row.scrollIntoView({ block: 'center' });
		return true;
	}

	/** Build sibling rows, each labelled by what tells it apart from the others. */
	private renderNodes(nodes: PlanNode[], parent: HTMLElement, level: number): void {
		const labels = labelsOf(nodes);
		nodes.forEach((node, i) => {
			const r = buildRow(parent, node, labels[i]!, level, this.setting);
			this.byKey.set(node.key, r);
			if (node.children.length) this.fold(r, this.host.isCollapsed(node));
		});
	}

	/** Fold or unfold one node in place: children are built only when shown. */
	private fold(r: Rendered, collapsed: boolean): void {
		r.row.setAttr('aria-expanded', String(!collapsed));
		const toggle = r.row.querySelector<HTMLElement>('.syllabus-toggle');
		if (toggle) setIcon(toggle, collapsed ? ICONS.folded : ICONS.open);
		if (collapsed) {
			const drop = (n: PlanNode): void => n.children.forEach((c) => {
				this.byKey.delete(c.key);
				drop(c);
			});
			drop(r.node);
			r.children?.remove();
			delete r.children;
			return;
		}
		if (r.children) return;
		r.children = r.el.createDiv({ cls: 'syllabus-children' });
		const level = Number(r.row.getAttr('aria-level') ?? '1');
		this.renderNodes(r.node.children, r.children, level + 1);
	}

	private toggle(r: Rendered, collapsed = !!r.children): void {
		if (!r.node.children.length || collapsed === !r.children) return;
		this.fold(r, collapsed);
		this.host.rememberFold(r.node, collapsed);
	}

	private rowOf(target: EventTarget | null): Rendered | undefined {
		const key = (target as HTMLElement | null)?.closest<HTMLElement>('[data-key]')?.dataset.key;
		return key ? this.byKey.get(key) : undefined;
	}

	/** Every node on screen, top to bottom (folded children are not built). */
	private visible(): HTMLElement[] {
		return [...this.el.querySelectorAll<HTMLElement>('[data-key]')];
	}

	private setCurrent(r: Rendered, focus: boolean): void {
		if (this.current !== r.node.key) {
			const old = this.current ? this.byKey.get(this.current) : undefined;
			old?.row.setAttr('tabindex', '-1');
			this.current = r.node.key;
		}
		r.row.setAttr('tabindex', '0');
		if (focus) r.row.focus({ preventScroll: false });
	}

	private onClick(e: MouseEvent): void {
		const r = this.rowOf(e.target);
		if (!r) return;
		const action = (e.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
		this.setCurrent(r, action !== 'status');
		if (action === 'toggle') this.toggle(r);
		else if (action === 'open') this.host.open(r.node, e.ctrlKey || e.metaKey);
		else if (action === 'status') this.host.cycleStatus(r.node);
		else if (action === 'url' && r.node.item?.url) this.host.openUrl(r.node.item.url);
	}

	private move(from: Rendered, by: number | 'first' | 'last'): void {
		const rows = this.visible();
		const i = rows.indexOf(from.el);
		const to = by === 'first' ? rows[0] : by === 'last' ? rows[rows.length - 1] : rows[Math.min(Math.max(i + by, 0), rows.length - 1)];
		const r = to ? this.byKey.get(to.dataset.key ?? '') : undefined;
		if (r) this.setCurrent(r, true);
	}

	private onKey(e: KeyboardEvent): void {
		const r = this.rowOf(e.target);
		if (!r || e.altKey) return;
		const handled = (): void => {
			e.preventDefault();
			e.stopPropagation();
		};
		switch (e.key) {
			case 'ArrowDown': handled(); return this.move(r, 1);
			case 'ArrowUp': handled(); return this.move(r, -1);
			case 'Home': handled(); return this.move(r, 'first');
			case 'End': handled(); return this.move(r, 'last');
			case 'ArrowRight':
				handled();
				if (r.node.children.length && !r.children) return this.toggle(r, false);
				if (r.children) return this.move(r, 1);
				return;
			case 'ArrowLeft': {
				handled();
				if (r.children) return this.toggle(r, true);
				const up = this.rowOf(r.el.parentElement);
				if (up) this.setCurrent(up, true);
				return;
			}
			case 'Enter':
				handled();
				// Shift+Enter opens the URL, as in the picker.
				if (e.shiftKey && r.node.item?.url) return this.host.openUrl(r.node.item.url);
				return this.host.open(r.node, e.ctrlKey || e.metaKey);
			case ' ':
				handled();
				if (r.node.type === 'item' && r.node.item) return this.host.cycleStatus(r.node);
				return this.toggle(r);
			case 'ContextMenu':
				handled();
				return this.host.menu(r.node, this.menuPoint(r));
		}
		if (e.key === 'F10' && e.shiftKey) {
			handled();
			return this.host.menu(r.node, this.menuPoint(r));
		}
		if (e.key.length === 1 && !e.ctrlKey && !e.metaKey) {
			handled();
			this.typeAhead(r, e.key);
		}
	}

	private menuPoint(r: Rendered): { x: number; y: number } {
		const box = r.row.getBoundingClientRect();
		return { x: box.left + 24, y: box.bottom };
	}

	/** Jump to the next row whose label or full title starts with what was typed (wrapping round). */
	private typeAhead(from: Rendered, key: string): void {
		const now = Date.now();
		this.typed = now - this.typedAt > TYPE_AHEAD_MS ? key.toLowerCase() : this.typed + key.toLowerCase();
		this.typedAt = now;
		const rows = this.visible();
		const start = rows.indexOf(from.el);
		// A fresh letter starts after the current row; a longer prefix may still match it.
		const offset = this.typed.length === 1 ? 1 : 0;
		for (let k = 0; k < rows.length; k++) {
			const el = rows[(start + offset + k) % rows.length]!;
			const r = this.byKey.get(el.dataset.key ?? '');
			const starts = (t: string): boolean => t.toLowerCase().startsWith(this.typed);
			if (r && (starts(r.label) || starts(r.node.title))) return this.setCurrent(r, true);
		}
	}
}
