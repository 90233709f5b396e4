/**
 * Items finished per week, from the `finished` dates the status control
 * writes: the progress view's chart, the current streak of weeks with
 * something finished, and this week against the reader's weekly goal.
 * Weeks start on Monday. Dates are calendar days (`YYYY-MM-DD`), counted in
 * UTC arithmetic so a daylight-saving change never moves a day into the
 * wrong week.
 */
import type { LibraryItem } from './library';

const DAY = 86_400_000;

/** One bar of the chart. */
export interface WeekCount {
	/** Monday of the week, `YYYY-MM-DD`. */
	start: string;
	count: number;
}

/** Finished items per week, and what they add up to. */
export interface WeeklyProgress {
	/** Oldest week first; the last one is the current week. */
	weeks: WeekCount[];
	/** Weeks in a row with something finished, ending this week (or last week, while this one is still empty). */
	streak: number;
	thisWeek: number;
	/** Finished items with no readable date are left out of the weeks; this many of them. */
	undated: number;
}

function dayNumber(date: string): number | undefined {
	const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
	if (!m) return undefined;
	const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
	return Number.isNaN(t) ? undefined : Math.floor(t / DAY);
}

/** Day number of the Monday on or before a day (day 0, 1970-01-01, was a Thursday). */
function mondayOf(day: number): number {
	return day - ((day + 3) % 7);
}

function dateOf(day: number): string {
	return new Date(day * DAY).toISOString().slice(0, 10);
}

/** Count finished items in each of the last `weeks` weeks up to `today`. */
export function weeklyProgress(items: Iterable<LibraryItem>, today: string, weeks = 12): WeeklyProgress {
	const now = mondayOf(dayNumber(today) ?? 0);
	const byWeek = new Map<number, number>();
	let undated = 0;
	for (const i of items) {
		if (i.status !== 'done' || (i.type !== 'resource' && i.type !== 'concept')) continue;
		const day = i.finished ? dayNumber(i.finished) : undefined;
		if (day === undefined) {
			undated++;
			continue;
		}
		const week = mondayOf(day);
		byWeek.set(week, (byWeek.get(week) ?? 0) + 1);
	}
	const out: WeekCount[] = [];
	for (let w = weeks - 1; w >= 0; w--) {
		const start = now - w * 7;
		out.push({ start: dateOf(start), count: byWeek.get(start) ?? 0 });
	}
	let streak = 0;
	// An empty current week does not break the streak yet: the week is not over.
	let week = (byWeek.get(now) ?? 0) > 0 ? now : now - 7;
	while ((byWeek.get(week) ?? 0) > 0) {
		streak++;
		week -= 7;
	}
	return { weeks: out, streak, thisWeek: byWeek.get(now) ?? 0, undated };
}
