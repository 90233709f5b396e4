import { describe, expect, it } from 'vitest';
import type { LibraryItem } from './library';
import { weeklyProgress } from './weekly';

let n = 0;
function item(status: LibraryItem['status'], finished?: string): LibraryItem {
	n++;
	return { id: `r-${n}`, path: `R/${n}.md`, title: `Paper ${n}`, type: 'resource', status, aliases: [], topicLinks: [], listLinks: [], ...(finished ? { finished } : {}) };
}

describe('items finished per week', () => {
	// 2026-11-22 is a Sunday: its week started on Monday 2026-11-16.
	const today = '2026-11-22';

	it('counts done items into Monday-based weeks, oldest first, the current week last', () => {
		const items = [item('done', '2026-11-16'), item('done', '2026-11-22'), item('done', '2026-11-15'), item('done', '2026-11-09'), item('reading'), item('todo'), item('done', '2026-08-01')];
		const w = weeklyProgress(items, today, 4);
		expect(w.weeks).toEqual([
			{ start: '2026-10-26', count: 0 },
			{ start: '2026-11-02', count: 0 },
			{ start: '2026-11-09', count: 2 },
			{ start: '2026-11-16', count: 2 },
		]);
		expect(w.thisWeek).toBe(2);
		expect(w.streak).toBe(2);
	});

	it('keeps a streak alive through a week that is not over yet, and ignores undated or undone items', () => {
		const items = [item('done', '2026-11-10'), item('done', '2026-11-03'), item('done'), item('todo', '2026-11-20'), { ...item('done', '2026-11-18'), type: 'topic' as const }];
		const w = weeklyProgress(items, today, 3);
		expect(w.thisWeek).toBe(0);
		expect(w.streak).toBe(2);
		expect(w.undated).toBe(1);
		expect(weeklyProgress([item('done', '2026-10-20')], today).streak).toBe(0);
	});

	it('reads a date with a time after it, and never crashes on a bad one', () => {
		const w = weeklyProgress([item('done', '2026-11-17T09:30'), item('done', 'yesterday')], today, 1);
		expect(w.weeks).toEqual([{ start: '2026-11-16', count: 1 }]);
		expect(w.undated).toBe(1);
	});
});
