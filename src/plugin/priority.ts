/**
 * "Study next": a `priority` number on the note, one above the highest in
 * use, so the item goes to the top of Next up and a Bases view can sort by
 * it too. Removing it deletes the property.
 */
import type { App } from 'obsidian';
import { topPriority, type LibraryItem } from '../core';

/** Put a note first in Next up, or take it out of Study next. */
export async function setStudyNext(app: App, items: Iterable<LibraryItem>, path: string, on: boolean): Promise<void> {
	const file = app.vault.getFileByPath(path);
	if (!file) return;
	const top = topPriority(items);
	await app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
		if (on) fm.priority = top + 1;
		else delete fm.priority;
	});
}
