/**
 * The progress line `import` shows on a terminal: count, rate and time left,
 * redrawn in place on stderr. Nothing is written when stderr is not a
 * terminal (piped, redirected, CI), so scripts see only the report.
 */

/** Where the line goes: stderr, or a stand-in in tests. */
export interface LineStream {
	isTTY?: boolean;
	columns?: number;
	write(text: string): unknown;
}

function duration(seconds: number): string {
	if (!Number.isFinite(seconds)) return '?';
	if (seconds < 60) return `${Math.ceil(seconds)} s`;
	const m = Math.floor(seconds / 60);
	return `${m} min ${String(Math.round(seconds % 60)).padStart(2, '0')} s`;
}

/** The line for `done` of `total` after `ms` milliseconds. */
export function progressText(done: number, total: number, ms: number): string {
	const rate = ms > 0 ? (done / ms) * 1000 : 0;
	const left = rate > 0 ? (total - done) / rate : Infinity;
	const pct = total ? Math.floor((done / total) * 100) : 100;
	return `Writing notes: ${done}/${total} (${pct}%) · ${Math.round(rate)}/s · ${done ? duration(left) : '?'} left`;
}

/** A progress reporter for `importCatalog`'s `onProgress`, and `end` to clear the line. */
export function progressLine(stream: LineStream, now: () => number = Date.now): { onProgress?: (done: number, total: number) => void; end: () => void } {
	if (!stream.isTTY) return { end: () => undefined };
	const start = now();
	let drawn = false;
	return {
		onProgress: (done, total) => {
			const width = Math.max(20, (stream.columns ?? 80) - 1);
			stream.write(`\r${progressText(done, total, now() - start).slice(0, width)}\u001b[K`);
			drawn = true;
		},
		end: () => {
			if (drawn) stream.write('\r\u001b[K');
		},
	};
}
