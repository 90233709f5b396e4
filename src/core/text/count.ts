/**
 * A count in words: `1 note`, `2 notes`, `1 note moves`, `3 notes move`. Every
 * report, notice and preview says its numbers through this, so the English
 * agrees wherever a reader meets a count.
 */

/** `n` and its noun, in the plural unless it is one (`many` for a plural that is not `one` + `s`). */
export function countOf(n: number, one: string, many = `${one}s`): string {
	return `${n} ${n === 1 ? one : many}`;
}
