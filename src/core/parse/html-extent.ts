/**
 * Where an HTML block's extent ends when markdown-it cut it short: the
 * `</details>` that closes a fold, the `</table>` of a table broken by blank
 * lines. `tree.ts` reads what lies between.
 */
import type { Token } from 'markdown-it';

/** Where in `html` the fold open `open` deep closes (just past its `</details>`), reading tags in order; else how deep it still is. */
export function closeIn(html: string, open: number): { at: number; open: number } {
	const re = /<(\/?)details\b[^>]*>/gi;
	let depth = open;
	for (let m = re.exec(html); m; m = re.exec(html)) {
		depth += m[1] ? -1 : 1;
		if (depth <= 0) return { at: m.index + m[0].length, open: 0 };
	}
	return { at: -1, open: depth };
}

const tableBalance = (s: string): number => (s.match(/<table\b/gi) ?? []).length - (s.match(/<\/table>/gi) ?? []).length;

/**
 * An HTML table broken by blank lines is several HTML blocks to markdown-it (a blank line ends one): the
 * blocks after a `<table>` that does not close, up to its `</table>`, are joined back, blank lines kept,
 * so the table is read whole. Returns the HTML and the token after it.
 */
export function wholeTable(tokens: Token[], i: number, to: number): { html: string; next: number } {
	const t = tokens[i]!;
	let open = tableBalance(t.content);
	if (open <= 0) return { html: t.content, next: i + 1 };
	let html = t.content;
	let end = t.map?.[1] ?? 0;
	let j = i + 1;
	for (; j < to && open > 0; j++) {
		const u = tokens[j]!;
		if (u.level !== t.level) continue;
		const text = u.type === 'html_block' ? u.content : u.type === 'inline' ? `${u.content}\n` : '';
		if (!text) continue;
		const start = u.map?.[0] ?? end;
		html += '\n'.repeat(Math.max(0, start - end)) + text;
		end = u.map?.[1] ?? end;
		open += tableBalance(text);
	}
	// What follows a paragraph's inline token is its close: step past it.
	while (j < to && tokens[j]!.type === 'paragraph_close') j++;
	return { html, next: j };
}
