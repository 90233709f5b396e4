/**
 * "Update which resources mention each concept": reads every resource note,
 * finds the concepts each mentions, and writes into each concept note the
 * generated block that lists them (see `core/mentions/mentioned-in.ts`).
 * Only that block changes; a concept note open with unsaved edits is skipped.
 */
import { Notice, type App, type TFile } from 'obsidian';
import { mentionedInBlock, mentionIndex, withMentionedIn } from '../core';
import type { LibraryStore } from './library-store';
import { hasUnsavedEdits } from './link-concepts-all';
import { mentionTargets } from './link-concepts';

/** What an update did. */
export interface MentionedInRun {
	updated: string[];
	skippedUnsaved: string[];
}

/** Refresh the block in every concept note. */
export async function updateMentionedIn(app: App, library: LibraryStore): Promise<MentionedInRun> {
	const items = [...library.items.values()];
	const file = (path: string): TFile | null => app.vault.getFileByPath(path);
	const notes: { path: string; text: string }[] = [];
	for (const item of items) {
		const f = item.type === 'resource' ? file(item.path) : null;
		if (f) notes.push({ path: f.path, text: await app.vault.cachedRead(f) });
	}
	const targets = mentionTargets(library).filter((t) => library.items.get(t.key)?.type === 'concept');
	const index = mentionIndex(notes, targets);
	const run: MentionedInRun = { updated: [], skippedUnsaved: [] };
	for (const target of targets) {
		const f = file(target.key);
		if (!f) continue;
		const paths = index.get(target.key) ?? [];
		const links = paths.map((p) => file(p)).filter((x): x is TFile => !!x).map((x) => `[[${app.metadataCache.fileToLinktext(x, f.path, true)}]]`)
			// By name, so the block does not change when only the order notes were indexed in does.
			.sort((a, b) => a.localeCompare(b));
		const block = mentionedInBlock(links);
		const onDisk = await app.vault.read(f);
		if (withMentionedIn(onDisk, block, links.length > 0) === null) continue;
		if (hasUnsavedEdits(app, f, onDisk)) {
			run.skippedUnsaved.push(f.path);
			continue;
		}
		await app.vault.process(f, (text) => withMentionedIn(text, block, links.length > 0) ?? text);
		run.updated.push(f.path);
	}
	return run;
}

/** The command: update, then say what changed. */
export async function updateMentionedInWithNotice(app: App, library: LibraryStore): Promise<void> {
	const run = await updateMentionedIn(app, library);
	const skipped = run.skippedUnsaved.length ? `; ${run.skippedUnsaved.length} open with unsaved edits skipped` : '';
	new Notice(`Updated ${run.updated.length} concept ${run.updated.length === 1 ? 'note' : 'notes'}${skipped}.`);
}
