/**
 * A stand-in for Obsidian's Bases in the preview page, for the one kind of
 * `base` block Syllabus writes into topic notes: the notes whose `topics`
 * link the note showing the block (`list(topics).contains(this.file.asLink())`)
 * and that have a status, as a table with the first view's columns, sorted by
 * status. Only the filters Syllabus writes are understood; anything else
 * shows the block's text. The app draws the real thing.
 */
import { FILED_HERE, ID_KEY } from '../core';
import { parse } from 'yaml';
import { STATUSES, type LibraryItem } from '../core';
import type { LibraryStore } from '../plugin/library-store';

interface BaseView {
	name?: string;
	order?: string[];
	filters?: { and?: string[] };
}

interface BaseSpec {
	filters?: { and?: string[] };
	properties?: Record<string, { displayName?: string }>;
	views?: BaseView[];
}

/** Filters this stand-in can evaluate. */
const KNOWN = new Set([FILED_HERE, `file.hasProperty("${ID_KEY}")`, 'file.hasProperty("status")']);

function cell(item: LibraryItem, column: string): string {
	if (column === 'file.name') return item.title;
	if (column === 'status') return item.status ?? '';
	if (column === 'kind') return item.type === 'concept' ? 'concept' : item.kind ?? '';
	if (column === 'finished') return item.finished ?? '';
	return '';
}

/** Draw a `base` block for the note at `path`; false when it is not one this stand-in knows. */
export function renderBase(parent: HTMLElement, source: string, path: string, library: LibraryStore, open: (path: string) => void): boolean {
	let spec: BaseSpec;
	try {
		spec = parse(source) as BaseSpec;
	} catch {
		return false;
	}
	const view = spec.views?.[0];
	const filters = [...(spec.filters?.and ?? []), ...(view?.filters?.and ?? [])];
	if (!filters.length || !filters.every((f) => KNOWN.has(f)) || !view?.order?.length) return false;
	const rank = (i: LibraryItem): number => STATUSES.indexOf(i.status ?? 'todo');
	const rows = [...library.items.values()]
		.filter((i) => (i.type === 'resource' || i.type === 'concept') && i.topicLinks.some((t) => library.resolver.resolve(t) === path))
		.sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title));
	const wrap = parent.createDiv({ cls: 'preview-base' });
	wrap.createDiv({ cls: 'preview-base-name', text: `${view.name ?? 'Base'} · ${rows.length} ${rows.length === 1 ? 'result' : 'results'}` });
	const table = wrap.createEl('table');
	const head = table.createEl('thead').createEl('tr');
	for (const c of view.order) head.createEl('th', { text: spec.properties?.[c]?.displayName ?? (c === 'file.name' ? 'Name' : c), attr: { scope: 'col' } });
	const body = table.createEl('tbody');
	for (const item of rows) {
		const tr = body.createEl('tr');
		for (const c of view.order) {
			const td = tr.createEl('td');
			if (c === 'file.name') {
				const link = td.createEl('a', { text: cell(item, c), cls: 'internal-link', attr: { href: '#' } });
				link.addEventListener('click', (e) => {
					e.preventDefault();
					open(item.path);
				});
			} else td.setText(cell(item, c));
		}
	}
	return true;
}
