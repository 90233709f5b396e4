/**
 * Changing a note's status through `processFrontMatter`, setting `started`
 * when reading begins and `finished` when it is done.
 */
import type { App, TFile } from 'obsidian';
import { localDate, nextStatus, statusChange, type Status } from '../core';

/** Set `status` (or the next one in `cycle` when `status` is undefined). */
export async function setNoteStatus(app: App, file: TFile, status: Status | undefined, cycle?: Status[]): Promise<Status> {
	let result: Status = status ?? 'todo';
	await app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
		const from = typeof fm.status === 'string' ? (fm.status as Status) : undefined;
		result = status ?? nextStatus(from, cycle);
		Object.assign(fm, statusChange(from, result, localDate(), fm));
	});
	return result;
}
