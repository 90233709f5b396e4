/**
 * Tables, markdown and HTML: the header names the columns; the column whose
 * cells hold links is the resource; the rest go to `cells`. Separator rows
 * anywhere are skipped. HTML `<table>` blocks are read by `html-table.ts`
 * and come out as the same rows.
 */
import type { OutlineNode } from '../types';
import { stripMarkup } from '../text/clean';
import { readHtmlTable } from './html-table';
import { hasLink, isBlank, isTableSeparator, splitRow, type Line } from './lines';
import { TAG_COLUMN, TITLE_COLUMN, TOPIC_COLUMN } from './vocabulary';

/** A markdown table from line `i` (or from `headerLine`, a header without a leading pipe); returns the next line. */
export function takeTable(lines: Line[], i: number, into: OutlineNode[], headerLine?: Line): number {
	let j = i;
	let header: string[] | undefined;
	const rows: { cells: string[]; line: number }[] = [];
	const first = headerLine ?? lines[j]!;
	if (headerLine) {
		header = splitRow(headerLine.text);
		j = i + 1;
	} else if (lines[j + 1] && isTableSeparator(lines[j + 1]!.text)) {
		// A "header" that holds links is a row of data under an unnamed header.
		if (hasLink(first.text)) {
			rows.push({ cells: splitRow(first.text), line: first.line });
			j += 1;
		} else {
			header = splitRow(first.text);
			j += 2;
		}
	}
	for (; j < lines.length; j++) {
		const t = lines[j]!.text;
		if (isBlank(t)) break;
		if (isTableSeparator(t) || /^[ \t]*\|?[ \t:=|-]*$/.test(t)) continue;
		if (!t.includes('|')) break;
		rows.push({ cells: splitRow(t), line: lines[j]!.line });
	}
	emitRows(header, rows, into);
	return j;
}

/** An HTML `<table>` block from line `i` to its `</table>`; returns the next line. */
export function takeHtmlTable(lines: Line[], i: number, into: OutlineNode[]): number {
	let j = i;
	let depth = 0;
	for (; j < lines.length; j++) {
		const t = lines[j]!.text;
		depth += (t.match(/<table\b/gi) ?? []).length - (t.match(/<\/table>/gi) ?? []).length;
		if (depth <= 0) break;
	}
	const end = Math.min(j + 1, lines.length);
	const table = readHtmlTable(lines.slice(i, end));
	const header = table.header?.map((h, k) => {
		// A column of cells spanning rows names the category of each row it spans.
		if (table.spanned.has(k) && !table.rows.some((r) => hasLink(r.cells[k] ?? '')) && !TOPIC_COLUMN.test(stripMarkup(h))) return 'Category';
		return h;
	});
	emitRows(header, table.rows, into);
	return end;
}

/** Table rows as outline nodes: the main (link) column is the text, the other columns are named cells. */
function emitRows(header: string[] | undefined, rows: { cells: string[]; line: number }[], into: OutlineNode[]): void {
	// Rows wider than the header keep their extra cells under numbered names (every cell, without a header).
	// Loops, not `Math.max(...rows)`: a spread of 200,000 rows overflows the stack.
	let width = header?.length ?? 0;
	for (const r of rows) width = Math.max(width, r.cells.length);
	const names = Array.from({ length: width }, (_, k) => stripMarkup(header?.[k] ?? '') || `Column ${k + 1}`);
	// A topic column names sections even when its cells are links; the resource is in another column if there is one.
	const isTopic = names.map((n) => TOPIC_COLUMN.test(n) || TAG_COLUMN.test(n));
	const counts = names.map((_, k) => {
		let n = 0;
		for (const r of rows) if (hasLink(r.cells[k] ?? '')) n++;
		return n;
	});
	const linkCounts = counts.some((n, k) => n > 0 && !isTopic[k]) ? counts.map((n, k) => (isTopic[k] ? 0 : n)) : counts;
	let best = 0;
	for (const n of linkCounts) best = Math.max(best, n);
	let main = best > 0 ? linkCounts.indexOf(best) : names.findIndex((n) => TITLE_COLUMN.test(n));
	if (main < 0) main = 0;
	for (const r of rows) {
		const mainCell = r.cells[main] ?? '';
		const cells: { name: string; value: string }[] = [];
		for (let k = 0; k < width; k++) {
			const value = r.cells[k] ?? '';
			if (k !== main && value.trim() !== '') cells.push({ name: names[k]!, value });
		}
		if (stripMarkup(mainCell) === '' && !hasLink(mainCell) && !cells.length) continue;
		into.push({ type: 'table-row', text: mainCell, line: r.line, cells, children: [] });
	}
}
