/**
 * What the cells of a table row say besides its main link: the topic it is
 * filed under, its status (a `Status` column, or a `✅`/`Done`/`Read` cell
 * anywhere), notes, bibliographic columns (`Authors`, `Year`/`Date`, `Venue`),
 * a kind word (`Blog`), links in other cells (`[Github](…)`, `[Demo](…)`,
 * which are related links of the row's paper, never resources of their own)
 * and, when the main link has no name, the title written in a text cell:
 * `3) **Sparse Mixtures** - shows that…` or `Sparse Mixtures  This paper…`
 * with `<br> ● point` lines as its notes.
 */
import type { Diagnostic, ResourceMeta, Status } from '../types';
import { moreAdvanced } from '../note/schema';
import { dropNumbering } from '../text/title';
import { hasLink } from '../parse/lines';
import { TAG_COLUMN, TITLE_COLUMN, TOPIC_COLUMN } from '../parse/vocabulary';
import { parseAuthors } from './citation';
import type { ListContext } from './context';
import { resolveItem, type ResourceDraft } from './resolve';
import type { LeftOut } from './segments';
import { cleanLine, cleanTitle } from './words';
import { readLecture } from './schedule';

const NOTE_COLUMN = /^(?:comments?|notes?|descriptions?|summary|remarks?|why|thoughts|review|takeaways?|abstract|tl;?dr)$/i;
const STATUS_COLUMN = /^(?:status|progress|state|done|read)$/i;
const VENUE_COLUMN = /^(?:venue|conference|conf\.?|journal|published in|publication|publisher|booktitle)$/i;
const YEAR_COLUMN = /^(?:year|date|published|pub\.? date|time|when)$/i;
const AUTHOR_COLUMN = /^(?:authors?|by|writers?|speakers?)$/i;
const KIND_COLUMN = /^(?:type|kind|format|medium)$/i;

/** A cell's status: words only in a status column; check marks anywhere. */
export function statusOfCell(value: string, statusColumn: boolean): Status | undefined {
	const v = value.trim().toLowerCase();
	if (/^(?:✅|✔|✔️|☑️|✓|\[x\])$/u.test(v)) return 'done';
	if (/^(?:done|read|finished)$/.test(v)) return 'done';
	if (!statusColumn) return undefined;
	if (/^(?:yes|y|x)$/.test(v)) return 'done';
	if (/^(?:reading|wip|in progress|started|\[\/\]|📖)$/u.test(v)) return 'reading';
	if (/^(?:skipped|skip|dropped|\[-\])$/.test(v)) return 'skipped';
	return undefined;
}

/** Everything a row's other cells say. */
export interface RowReading {
	topics: string[];
	notes: string[];
	status?: Status;
	title?: string;
	links: string[];
	meta: ResourceMeta;
	hint: string;
	/** Resources of their own in a schedule row (a lecture's named readings). */
	readings: ResourceDraft[];
	/** Links of the other cells set aside as furniture. */
	leftOut: LeftOut[];
	/** The first link of the other cells with a name of its own (`[LLM AutoEval](…)` beside a Colab badge). */
	named?: ResourceDraft;
}

const BULLET = /^[\s●•◦▪‣*-]+/;

/** Title and notes from a cell describing a paper: numbering, a bold or leading name, the description after it. */
export function titleFromCell(value: string): { title?: string; notes: string[] } {
	const lines = value.split(/<br\s*\/?>|\n/i).map((l) => l.trim()).filter(Boolean);
	const head = dropNumbering(lines[0] ?? '');
	const notes = lines.slice(1).map((l) => cleanLine(l.replace(BULLET, ''))).filter(Boolean);
	const bold = /^\*\*([^*]{2,300})\*\*\s*(.*)$/.exec(head) ?? /^__([^_]{2,300})__\s*(.*)$/.exec(head);
	let title: string;
	let rest: string;
	if (bold) {
		title = bold[1]!;
		rest = bold[2]!;
	} else {
		const cut = /\s{2,}|\s+[-–—]\s+|\s+(?=(?:This|The|In this) (?:paper|work|study|survey|article)\b|(?:We|It) (?:propose|present|show|introduce)s?\b)/.exec(head);
		title = cut ? head.slice(0, cut.index) : head;
		rest = cut ? head.slice(cut.index + cut[0].length) : '';
	}
	const t = cleanTitle(title);
	const note = cleanLine(rest.replace(/^[\s\-–—:]+/, ''));
	return { ...(t ? { title: t } : {}), notes: [...(note ? [note] : []), ...notes] };
}

/** Read the cells other than the main one. */
export function readRow(
	cells: { name: string; value: string }[],
	needTitle: boolean,
	where: { line: number; diagnostics: Diagnostic[]; ctx: ListContext; parent?: string },
): RowReading {
	const out: RowReading = { topics: [], notes: [], links: [], meta: {}, hint: '', readings: [], leftOut: [] };
	const lecture = readLecture(cells, where.parent);
	if (lecture) {
		out.topics.push(lecture.topic);
		out.title = lecture.name;
		if (lecture.note) out.notes.push(lecture.note);
	}
	const setStatus = (s: Status): void => {
		out.status = out.status ? moreAdvanced(out.status, s) : s;
	};
	let textTitleTaken = false;
	for (const cell of cells) {
		if (lecture?.used.has(cell.name)) continue;
		const status = statusOfCell(cell.value, STATUS_COLUMN.test(cell.name));
		if (status) {
			setStatus(status);
			continue;
		}
		const value = cleanLine(cell.value);
		if (!value && !hasLink(cell.value)) continue;
		if (TOPIC_COLUMN.test(cell.name) || TAG_COLUMN.test(cell.name)) {
			// The words name a topic; a link there has nowhere to go, so the reader is told.
			for (const m of cell.value.matchAll(/https?:\/\/[^\s)\]>"'|<]+/gi)) {
				const url = m[0].replace(/[.,;:!?*_~]+$/, '');
				where.diagnostics.push({ file: where.ctx.file, line: where.line, severity: 'info', message: `Link ${url} in the ${cell.name} column names a topic; the link itself is not kept.` });
			}
			// A topic cell is one name even with commas in it (`Attention, Part 2`); a tags cell is a list.
			const parts = value.split(TAG_COLUMN.test(cell.name) ? /\s*[/,;]\s*/ : /\s*[/;]\s*/);
			for (const p of parts) if (p.trim()) out.topics.push(p.trim());
			continue;
		}
		const known = [NOTE_COLUMN, VENUE_COLUMN, YEAR_COLUMN, AUTHOR_COLUMN, KIND_COLUMN, STATUS_COLUMN].some((re) => re.test(cell.name));
		const describes = TITLE_COLUMN.test(cell.name) || (needTitle && !textTitleTaken && !known && !/^\d{1,4}$/.test(value) && /\p{L}{2}/u.test(value));
		if (hasLink(cell.value)) {
			const r = resolveItem(cell.value, { line: where.line, diagnostics: where.diagnostics }, where.ctx, { rowCell: true });
			out.leftOut.push(...r.leftOut);
			for (const d of r.resources) {
				// A lecture's readings with their own names are resources filed under it; Slides and Video are its links.
				if (lecture && d.title !== undefined) out.readings.push(d);
				else out.links.push(d.canon.url, ...d.links);
				if (!lecture && d.title !== undefined && !out.named) out.named = d;
			}
			if (!describes || lecture) continue;
		}
		if (describes && !out.title) {
			textTitleTaken = true;
			const t = titleFromCell(cell.value.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1'));
			if (t.title) out.title = t.title;
			out.notes.push(...t.notes);
		} else if (NOTE_COLUMN.test(cell.name)) out.notes.push(value);
		else if (VENUE_COLUMN.test(cell.name)) out.meta.venue ??= value;
		else if (YEAR_COLUMN.test(cell.name)) {
			const y = /\b(1[89]\d\d|20\d\d)\b/.exec(value);
			if (y) out.meta.year ??= Number(y[1]);
			if (!y || value !== y[1]) out.notes.push(`${cell.name}: ${value}`);
		} else if (AUTHOR_COLUMN.test(cell.name)) {
			const authors = parseAuthors(value);
			if (authors.length) out.meta.authors = authors;
			else out.notes.push(`${cell.name}: ${value}`);
		} else if (KIND_COLUMN.test(cell.name) || /^(?:blog|blog post|video|paper|book|course|repo|article|docs)$/i.test(value)) {
			out.hint += ` (${value})`;
		} else out.notes.push(`${cell.name}: ${value}`);
	}
	return out;
}
