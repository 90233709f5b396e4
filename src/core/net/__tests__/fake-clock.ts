/** A clock whose sleeps pass at once and are recorded, for pacing assertions. */
import type { Clock } from '../types';

/** A fake clock starting at a fixed time; `sleeps` lists every wait asked for. */
export class FakeClock implements Clock {
	sleeps: number[] = [];
	constructor(public time = Date.UTC(2026, 11, 1, 12)) {}
	now(): number {
		return this.time;
	}
	sleep(ms: number): Promise<void> {
		this.sleeps.push(ms);
		this.time += ms;
		return Promise.resolve();
	}
}
