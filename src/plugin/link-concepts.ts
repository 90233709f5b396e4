/**
 * "Link concepts mentioned in this note": find the mentions of Syllabus
 * concepts and topics in a note, let the reader choose in a preview, write the
 * links through `vault.process`, and offer Undo on the notice. Finding and
 * editing are the core's (`core/mentions`); this file reads, writes and asks.
 */
import { MarkdownView, Notice, type App, type TFile } from 'obsidian';
import { distinctive, findMentions, linkMentions, unlinkMentions, type Mention, type MentionTarget, type WrittenLink } from '../core';
import type { LibraryStore } from './library-store';
import { UNDO_MS } from './status';

/**
 * Every concept and topic note, by the names a reader may call it. A topic
 * whose title is one plain word (`Framework`) is offered but not checked.
 */
export function mentionTargets(library: LibraryStore): MentionTarget[] {
	const out: MentionTarget[] = [];
	for (const item of library.items.values()) {
		if (item.type === 'concept') out.push({ key: item.path, title: item.title, aliases: item.aliases });
		else if (item.type === 'topic') out.push({ key: item.path, title: item.title, aliases: item.aliases, suggest: distinctive(item.title) });
	}
	return out;
}

/** A link function for a note: `[[Concept|as written]]`, the shortest link text that reaches the concept. */
export function linkMaker(app: App, sourcePath: string): (key: string, written: string) => string {
	return (key, written) => {
		const file = app.vault.getFileByPath(key);
		const text = file ? app.metadataCache.fileToLinktext(file, sourcePath, true) : key.replace(/\.md$/i, '');
		const shown = written.replace(/[|\]\n]/g, ' ');
		return shown === text ? `[[${text}]]` : `[[${text}|${shown}]]`;
	};
}

/** Which mention of its concept this is (0 for the first): how a choice is found again if the note changed. */
function ordinals(mentions: Mention[]): string[] {
	const seen = new Map<string, number>();
	return mentions.map((m) => {
		const n = seen.get(m.key) ?? 0;
		seen.set(m.key, n + 1);
		return `${m.key}#${n}`;
	});
}

/**
 * Link the chosen mentions. The note is read again inside `vault.process`;
 * if it changed since the preview, the chosen mentions are found again by
 * concept and place in order, and any that are gone are left.
 */
export async function writeLinks(app: App, file: TFile, seen: string, all: Mention[], chosen: Mention[], targets: MentionTarget[]): Promise<WrittenLink[]> {
	const picked = new Set(chosen);
	const wanted = new Set(ordinals(all).filter((_, i) => picked.has(all[i]!)));
	let links: WrittenLink[] = [];
	await app.vault.process(file, (text) => {
		const now = text === seen ? all : findMentions(text, targets, { self: file.path });
		const keys = ordinals(now);
		const pick = text === seen ? chosen : now.filter((_, i) => wanted.has(keys[i]!));
		const edit = linkMentions(text, pick, linkMaker(app, file.path));
		links = edit.links;
		return edit.text;
	});
	return links;
}

/** Take out the links a change wrote, keeping whatever the reader typed since. */
export async function undoLinks(app: App, file: TFile, links: WrittenLink[]): Promise<number> {
	let missing = 0;
	await app.vault.process(file, (text) => {
		const undone = unlinkMentions(text, links);
		missing = undone.missing;
		return undone.text;
	});
	return missing;
}

function plural(n: number, one: string, many = `${one}s`): string {
	return `${n} ${n === 1 ? one : many}`;
}

/** A notice "Linked 3 concepts · Undo" whose Undo takes the links out of every note it lists. */
export function noticeWithUndo(app: App, message: string, changes: { file: TFile; links: WrittenLink[] }[]): Notice {
	let notice: Notice | undefined;
	const fragment = createFragment((f) => {
		f.appendText(`${message} · `);
		const undo = f.createEl('button', { text: 'Undo', cls: 'syllabus-undo' });
		undo.setAttr('aria-label', 'Undo: take these links out again');
		undo.addEventListener('click', (e) => {
			e.stopPropagation();
			notice?.hide();
			void (async () => {
				let missing = 0;
				for (const c of changes) missing += await undoLinks(app, c.file, c.links);
				new Notice(missing ? `Links taken out; ${plural(missing, 'link')} you changed since ${missing === 1 ? 'was' : 'were'} left.` : 'Links taken out.', 2000);
			})();
		});
	});
	notice = new Notice(fragment, UNDO_MS);
	return notice;
}

/** The mentions the reader chose, or undefined if they cancelled. */
export type ChooseMentions = (file: TFile, text: string, mentions: Mention[]) => Promise<Mention[] | undefined>;

/** Find, preview and link the concepts a note mentions. */
export async function linkConceptsInNote(app: App, library: LibraryStore, file: TFile, choose: ChooseMentions): Promise<void> {
	const targets = mentionTargets(library);
	// What the editor shows is what the reader chooses from: save it first, so the file holds it.
	for (const leaf of app.workspace.getLeavesOfType('markdown')) {
		if (leaf.view instanceof MarkdownView && leaf.view.file?.path === file.path) await leaf.view.save();
	}
	const text = await app.vault.read(file);
	const mentions = findMentions(text, targets, { self: file.path });
	if (!mentions.length) {
		new Notice(targets.length ? 'No mentions of your concepts or topics in this note.' : 'No concept or topic notes yet: import a list first.');
		return;
	}
	const chosen = await choose(file, text, mentions);
	if (!chosen?.length) return;
	const links = await writeLinks(app, file, text, mentions, chosen, targets);
	if (!links.length) {
		new Notice('The note changed and none of the chosen mentions are left; nothing was linked.');
		return;
	}
	noticeWithUndo(app, `Linked ${plural(links.length, 'mention')}`, [{ file, links }]);
}
