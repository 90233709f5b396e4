/**
 * Finding one's way in markdown-it's flat block token stream: where a block
 * opened at one token closes, and which line of the file a token starts on.
 */
import type { Token } from 'markdown-it';

/** `x_open` → `x_close`, worked out once per token type. */
const CLOSE_TYPE = new Map<string, string>();
function closeTypeOf(type: string): string {
	let close = CLOSE_TYPE.get(type);
	if (close === undefined) CLOSE_TYPE.set(type, (close = type.replace(/_open$/, '_close')));
	return close;
}

/** Index of the token closing the block opened at `i` (the first token at its level after it of the matching close type). */
export function closeOf(tokens: Token[], i: number): number {
	const open = tokens[i]!;
	const closeType = closeTypeOf(open.type);
	for (let j = i + 1; j < tokens.length; j++) {
		const t = tokens[j]!;
		if (t.level === open.level && t.type === closeType) return j;
	}
	return tokens.length - 1;
}

/** The 1-based line in the original file of a 0-based row of the text markdown-it read. */
export type LineMap = (row: number) => number;

/** Line of a block token (its first line). */
export function lineOf(t: Token | undefined, at: LineMap): number {
	return at(t?.map?.[0] ?? 0);
}
