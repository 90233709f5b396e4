/**
 * How a note's status moves, in one place: the click cycle, which moves go
 * forward along todo → reading → done (a list's `[x]` may only move a note
 * forward), and the dates a move sets or takes away. The study plan, the
 * status commands with Undo, list-note checkboxes and the import all use it.
 */
import { scalarText } from './frontmatter';
import type { Status } from '../types';

/** The status after this one when the reader clicks it: todo → reading → done → todo. */
export function nextStatus(status: Status | undefined, cycle: Status[] = ['todo', 'reading', 'done']): Status {
	const i = status ? cycle.indexOf(status) : -1;
	return cycle[(i + 1) % cycle.length] ?? 'todo';
}

/** What a status move does to a note's properties: values to set, properties to remove. */
export interface StatusChange {
	set: Record<string, string>;
	remove: string[];
}

/** How far along todo → reading → done a status is; `skipped` is off that road. */
const PROGRESS: Partial<Record<Status, number>> = { todo: 0, reading: 1, done: 2 };

/** True when `to` is further along todo → reading → done than `from` (never for `skipped`). */
export function isAdvance(from: Status | undefined, to: Status): boolean {
	const a = PROGRESS[from ?? 'todo'];
	const b = PROGRESS[to];
	return a !== undefined && b !== undefined && b > a;
}

/**
 * The property changes for a status move, with the dates that record it.
 * Moving forward sets `started` and `finished`; moving back along
 * todo → reading → done takes away the dates the later status had (back to
 * reading drops `finished`, back to todo drops both), as Tasks drops a done
 * date when a task is unticked. `skipped` leaves the dates as they were.
 */
export function statusChange(from: Status | undefined, to: Status, today: string, props: Record<string, unknown>): StatusChange {
	const set: Record<string, string> = { status: to };
	const remove: string[] = [];
	if (to === 'reading' && from !== 'reading' && !scalarText(props.started)) set.started = today;
	if (to === 'done' && from !== 'done') {
		set.finished = today;
		if (!scalarText(props.started)) set.started = today;
	}
	if (to === 'todo' || to === 'reading') {
		if (props.finished !== undefined) remove.push('finished');
		if (to === 'todo' && props.started !== undefined) remove.push('started');
	}
	return { set, remove };
}

/** Apply a status change to a front-matter object in place (as `processFrontMatter` hands it). */
export function applyStatusChange(fm: Record<string, unknown>, change: StatusChange): void {
	Object.assign(fm, change.set);
	for (const k of change.remove) delete fm[k];
}
