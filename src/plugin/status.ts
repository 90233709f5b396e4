/**
 * Changing a note's status through `processFrontMatter`, with the dates that
 * record the move, and an Undo on the notice that restores the status and
 * dates exactly as they were.
 */
import { Notice, type App, type TFile } from 'obsidian';
import { applyStatusChange, localDate, nextStatus, statusChange, type Status } from '../core';

/** The properties a status change touches. */
const TOUCHED = ['status', 'started', 'finished'] as const;

/** What those properties held before a change (a value, or absent), and where every property stood. */
export interface StatusSnapshot {
	values: Partial<Record<(typeof TOUCHED)[number], { value: unknown }>>;
	order: string[];
}

/** What a status change did. */
export interface StatusResult {
	from: Status | undefined;
	to: Status;
	before: StatusSnapshot;
}

/** Set `status` (or the next one in `cycle` when `status` is undefined). */
export async function setNoteStatus(app: App, file: TFile, status: Status | undefined, cycle?: Status[]): Promise<StatusResult> {
	const result: StatusResult = { from: undefined, to: status ?? 'todo', before: { values: {}, order: [] } };
	await app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
		result.before.order = Object.keys(fm);
		for (const k of TOUCHED) if (k in fm) result.before.values[k] = { value: fm[k] };
		result.from = typeof fm.status === 'string' ? (fm.status as Status) : undefined;
		result.to = status ?? nextStatus(result.from, cycle);
		applyStatusChange(fm, statusChange(result.from, result.to, localDate(), fm));
	});
	return result;
}

/**
 * Put back the status and dates a change replaced, where they stood, leaving
 * every other property as it is now (the reader may have edited one since).
 */
export async function restoreStatus(app: App, file: TFile, before: StatusSnapshot): Promise<void> {
	const touched = new Set<string>(TOUCHED);
	await app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
		const now = { ...fm };
		for (const k of Object.keys(fm)) delete fm[k];
		for (const k of before.order) {
			if (touched.has(k)) fm[k] = before.values[k as (typeof TOUCHED)[number]]?.value;
			else if (k in now) fm[k] = now[k];
		}
		for (const [k, v] of Object.entries(now)) if (!(k in fm) && !touched.has(k)) fm[k] = v;
	});
}

/** How long the notice with Undo stays, in milliseconds. */
export const UNDO_MS = 6000;

/**
 * Change a note's status and say so in a notice that offers Undo
 * ("Marked done · Undo"). Undo works on the note wherever it has moved since.
 */
export async function changeStatusWithUndo(app: App, file: TFile, status: Status | undefined, cycle?: Status[]): Promise<StatusResult> {
	const result = await setNoteStatus(app, file, status, cycle);
	if (result.from === result.to) return result;
	let notice: Notice | undefined;
	const message = createFragment((f) => {
		f.appendText(`Marked ${result.to} · `);
		const undo = f.createEl('button', { text: 'Undo', cls: 'syllabus-undo' });
		undo.setAttr('aria-label', `Undo: put ${file.basename} back to ${result.from ?? 'no status'}`);
		undo.addEventListener('click', (e) => {
			e.stopPropagation();
			notice?.hide();
			void restoreStatus(app, file, result.before).then(() => new Notice(`${file.basename} is ${result.from ?? 'without a status'} again.`, 2000));
		});
	});
	notice = new Notice(message, UNDO_MS);
	return result;
}
