/**
 * Timing helpers for the benchmark: warm up, repeat, take the median; and
 * per-call latency percentiles. Machines here are shared and noisy, so every
 * figure is read against a baseline measured in the same run.
 */

/** Median of several timed runs of `fn` after `warmup` untimed ones, in ms. */
export function median(fn: () => void, runs = 5, warmup = 1): number {
	for (let i = 0; i < warmup; i++) fn();
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t = performance.now();
		fn();
		times.push(performance.now() - t);
	}
	times.sort((a, b) => a - b);
	return times[Math.floor(times.length / 2)]!;
}

/** Same as `median` for async work. */
export async function medianAsync(fn: () => Promise<void>, runs = 3, warmup = 1): Promise<number> {
	for (let i = 0; i < warmup; i++) await fn();
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t = performance.now();
		await fn();
		times.push(performance.now() - t);
	}
	times.sort((a, b) => a - b);
	return times[Math.floor(times.length / 2)]!;
}

/** p50 and p95 of each call's latency, in ms. */
export function percentiles(calls: (() => void)[]): { p50: number; p95: number } {
	const times = calls.map((c) => {
		const t = performance.now();
		c();
		return performance.now() - t;
	});
	times.sort((a, b) => a - b);
	return { p50: times[Math.floor(times.length * 0.5)]!, p95: times[Math.floor(times.length * 0.95)]! };
}
