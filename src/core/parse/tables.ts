/**
 * Tables, markdown and HTML: the header names the columns; the column whose
 * cells hold links is the resource; the rest go to `cells`. Separator rows
 * anywhere are skipped. Markdown tables come from markdown-it's tokens
 * (`tree.ts`), HTML `<table>` blocks from `html-table.ts`; both come out as
 * the same rows.
 */
import type { OutlineNode } from '../types';
import { stripMarkup } from '../text/clean';
import type { HtmlTable } from './html-table';
import { hasLink } from './lines';
import { PLAIN_HEADING } from './outline';
import { TAG_COLUMN, TITLE_COLUMN, TOPIC_COLUMN } from './vocabulary';

/** An HTML table's rows as outline nodes: a column whose cells span rows names each row's category. */
export function emitHtmlTable(table: HtmlTable, into: OutlineNode[]): void {
	const header = table.header?.map((h, k) => {
		// A column of cells spanning rows names the category of each row it spans.
		if (table.spanned.has(k) && !table.rows.some((r) => hasLink(r.cells[k] ?? '')) && !TOPIC_COLUMN.test(stripMarkup(h))) return 'Category';
		return h;
	});
	emitRows(header, table.rows, into);
}

/** Table rows as outline nodes: the main (link) column is the text, the other columns are named cells. */
export function emitRows(header: string[] | undefined, rows: { cells: string[]; line: number }[], into: OutlineNode[]): void {
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
	let group: OutlineNode | undefined;
	for (const r of rows) {
		// A row with one cell of words and nothing else (`<td colspan="2"><strong>SVM</strong></td>`) names the rows below it.
		const filled = r.cells.filter((c) => c.trim() !== '');
		if (width >= 2 && filled.length === 1 && !hasLink(filled[0]!) && stripMarkup(filled[0]!) !== '' && r.cells.findIndex((c) => c.trim() !== '') === 0) {
			group = { type: 'heading', text: filled[0]!, line: r.line, level: PLAIN_HEADING, children: [] };
			into.push(group);
			continue;
		}
		const mainCell = r.cells[main] ?? '';
		const cells: { name: string; value: string }[] = [];
		for (let k = 0; k < width; k++) {
			const value = r.cells[k] ?? '';
			if (k !== main && value.trim() !== '') cells.push({ name: names[k]!, value });
		}
		if (!cells.length && !hasLink(mainCell) && stripMarkup(mainCell) === '') continue;
		(group?.children ?? into).push({ type: 'table-row', text: mainCell, line: r.line, cells, children: [] });
	}
}
