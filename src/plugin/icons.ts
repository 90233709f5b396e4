/**
 * Every icon the plugin draws, by what it means: the ribbon and views, the
 * tree's folds, the menus, and one per kind of item. Obsidian draws them from
 * Lucide by these names; the preview page registers the same names (its
 * table is typed by `IconId`, so a name added here and missing there fails
 * the typecheck).
 */
import type { LibraryItem } from '../core';

/** The icons of the plugin's own controls. */
export const ICONS = {
	studyPlan: 'graduation-cap',
	progress: 'bar-chart-3',
	/** A list or topic shown open, and folded. */
	open: 'chevron-down',
	folded: 'chevron-right',
	/** "Collapse all" and "Expand all", and the summary's fold. */
	collapseAll: 'chevrons-down-up',
	expandAll: 'chevrons-up-down',
	openUrl: 'external-link',
	openNote: 'file',
	revealNote: 'folder-open',
	studyNext: 'arrow-up-to-line',
	notNext: 'arrow-down',
	focus: 'crosshair',
	linkConcepts: 'link',
	/** A row of plain text in a list, or an item the library does not know. */
	text: 'minus',
} as const;

/** Each kind of item, as its row shows it. */
const KIND_ICONS = {
	paper: 'file-text', repo: 'git-branch', video: 'video', post: 'message-square', course: 'graduation-cap', docs: 'book-open',
	book: 'book', article: 'newspaper', site: 'globe', other: 'link', concept: 'lightbulb', topic: 'folder', list: 'list',
} as const;

/** Every icon name the plugin asks Obsidian for. */
export type IconId = (typeof ICONS)[keyof typeof ICONS] | (typeof KIND_ICONS)[keyof typeof KIND_ICONS];

/** Icon name for an item. */
export function iconFor(item: LibraryItem | undefined): IconId {
	if (!item) return ICONS.text;
	const kind = item.type === 'resource' ? item.kind ?? 'other' : item.type;
	return (KIND_ICONS as Record<string, IconId>)[kind] ?? KIND_ICONS.other;
}
