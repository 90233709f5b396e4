/**
 * Reads an HTML `<table>` block (as awesome lists and paper surveys write
 * them) with htmlparser2's tokenizer into the same rows a markdown table
 * gives: a header of column names and, per row, one text per column with
 * its source line. A cell spanning rows (`rowspan`) fills every row it spans,
 * so a category given once applies to all of them; a cell spanning columns
 * fills the first. Cell contents stay inline HTML (`<a href>`, `<img>`,
 * `<br>`, `<b>`), which the inline layer reads like any item text.
 *
 * Does not read nested tables as tables: their cells become text of the
 * outer cell.
 */
import { Parser } from 'htmlparser2';
import type { Line } from './lines';

/** One row of an HTML table. */
export interface HtmlRow {
	cells: string[];
	line: number;
}

/** What a table block says. */
export interface HtmlTable {
	header?: string[];
	rows: HtmlRow[];
	/** Columns where some cell spans several rows (how HTML tables give categories). */
	spanned: Set<number>;
}

interface RawCell {
	html: string;
	rowspan: number;
	colspan: number;
	header: boolean;
}

const INLINE = new Set(['a', 'img', 'br', 'b', 'strong', 'i', 'em', 'code', 'sup', 'sub', 's', 'del', 'span', 'font', 'small']);

/** ` href="…"`, ` src="…"`, ` alt="…"`, in the order the tag gives them. */
export function attrsText(attrs: Record<string, string>): string {
	let out = '';
	for (const k in attrs) {
		if (k !== 'href' && k !== 'src' && k !== 'alt') continue;
		const v = attrs[k]!;
		out += ` ${k}="${v.includes('"') ? v.replace(/"/g, '&quot;') : v}"`;
	}
	return out;
}

/** Text between tags as cell HTML: `&` and `<` escaped, runs of white space one space. */
export function textHtml(text: string): string {
	let t = text;
	if (t.includes('&')) t = t.replace(/&/g, '&amp;');
	if (t.includes('<')) t = t.replace(/</g, '&lt;');
	// `\s+` → ` ` changes nothing where every white space is a lone space.
	return /\s\s|[^\S ]/.test(t) ? t.replace(/\s+/g, ' ') : t;
}

/** Rows of raw cells with the offset each row starts at. */
function tokenize(html: string): { rows: { cells: RawCell[]; at: number }[]; headerRows: number } {
	const rows: { cells: RawCell[]; at: number }[] = [];
	let cell: RawCell | undefined;
	let depth = 0;
	let inHead = false;
	let headerRows = 0;
	const parser = new Parser(
		{
			onopentag(name, attrs) {
				if (name === 'table') depth++;
				if (depth > 1) {
					if (cell && name === 'br') cell.html += '<br>';
					return;
				}
				if (name === 'thead') inHead = true;
				else if (name === 'tr') {
					rows.push({ cells: [], at: parser.startIndex });
					if (inHead) headerRows = rows.length;
				} else if (name === 'td' || name === 'th') {
					if (!rows.length) rows.push({ cells: [], at: parser.startIndex });
					const span = (v: string | undefined): number => Math.min(Math.max(Number.parseInt(v ?? '1', 10) || 1, 1), 500);
					cell = { html: '', rowspan: span(attrs.rowspan), colspan: span(attrs.colspan), header: name === 'th' };
					rows[rows.length - 1]!.cells.push(cell);
				} else if (cell && INLINE.has(name)) cell.html += name === 'br' ? '<br>' : `<${name}${attrsText(attrs)}>`;
			},
			onclosetag(name, implied) {
				if (name === 'table') depth--;
				if (depth > 1) return;
				if (name === 'thead') inHead = false;
				else if (name === 'td' || name === 'th') cell = undefined;
				else if (cell && INLINE.has(name) && name !== 'br' && name !== 'img' && !implied) cell.html += `</${name}>`;
			},
			ontext(text) {
				if (cell) cell.html += textHtml(text);
			},
		},
		{ decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
	);
	parser.write(html);
	parser.end();
	return { rows, headerRows };
}

/** Read a `<table>` block's lines. */
export function readHtmlTable(lines: Line[]): HtmlTable {
	// A markdown autolink (`<https://…>`) would read as a tag: keep it as a bare URL, same length so offsets hold.
	const html = lines.map((l) => l.text).join('\n').replace(/<(https?:\/\/[^\s<>]+)>/gi, ' $1 ');
	// Line starts, to give each row the line its `<tr>` is on.
	const starts: number[] = [];
	let offset = 0;
	for (const l of lines) {
		starts.push(offset);
		offset += l.text.length + 1;
	}
	// Binary search: a table of many thousand rows must not scan its lines once per row.
	const lineAt = (at: number): number => {
		let lo = 0;
		let hi = starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (starts[mid]! <= at) lo = mid;
			else hi = mid - 1;
		}
		return lines[lo]?.line ?? 0;
	};
	const { rows: raw, headerRows } = tokenize(html);
	const pending: { text: string; left: number }[] = [];
	const spanned = new Set<number>();
	const grid: HtmlRow[] = [];
	for (const r of raw) {
		const cells: string[] = [];
		let col = 0;
		const fillPending = (): void => {
			while (pending[col] && pending[col]!.left > 0) {
				cells[col] = pending[col]!.text;
				pending[col]!.left--;
				col++;
			}
		};
		for (const c of r.cells) {
			fillPending();
			const text = c.html.trim();
			cells[col] = text;
			if (c.rowspan > 1) {
				pending[col] = { text, left: c.rowspan - 1 };
				spanned.add(col);
			}
			col += c.colspan;
		}
		fillPending();
		grid.push({ cells: Array.from(cells, (c) => c ?? ''), line: lineAt(r.at) });
	}
	const first = raw[0];
	const headerIsFirst = headerRows >= 1 || (first !== undefined && first.cells.length > 0 && first.cells.every((c) => c.header));
	if (!headerIsFirst) return { rows: grid.filter((g) => g.cells.some((c) => c)), spanned };
	const header = grid[0]!.cells.map((c) => c.replace(/<[^>]*>/g, '').trim());
	return { header, rows: grid.slice(Math.max(headerRows, 1)).filter((g) => g.cells.some((c) => c)), spanned };
}
