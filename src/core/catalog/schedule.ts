/**
 * Course schedules: `| 3 | 1/22 | Attention, Part 2 | [Slides](…), [Video](…) |`
 * under `Lecture | Date | Topic | Materials`. Each row is a lecture: a topic
 * of its own, numbered (`Lecture 3: Attention, Part 2`) so two lectures never
 * share a topic note, with its date kept as a note and its readings filed
 * under it. A name that says nothing alone (`Part 2`, `Review`) is qualified
 * by the section it is in when the row has no number.
 */

/** The columns that make a table a schedule, and what one row says. */
export interface Lecture {
	/** The topic the row's readings are filed under. */
	topic: string;
	/** The name as written, a title for materials that have none (`[Slides](…)`). */
	name: string;
	/** `Lecture 3, 1/22`. */
	note?: string;
	/** Cells read here, which the rest of the row reading skips. */
	used: Set<string>;
}

const NUMBER_COLUMN = /^(?:lecture|lec\.?|week|wk\.?|session|class|day|#|no\.?|nr\.?|unit|module|meeting)$/i;
const DATE_COLUMN = /^(?:date|dates|when|day)$/i;
const NAME_COLUMN = /^(?:topics?|title|subject|lecture topic|description|content|theme)$/i;
const GENERIC = /^(?:part|pt\.?|session|lecture|week|unit|module|chapter|review|recap|q ?& ?a|intro(?:duction)?|overview|conclusion|summary|guest lecture|midterm|final|discussion|project|lab|tutorial)\s*\d*$/i;

function plain(text: string): string {
	return text.replace(/<[^>]*>|\*\*|__|`/g, '').replace(/\s+/g, ' ').trim();
}

/** Read a row as a lecture of a schedule; undefined when its table is not one. */
export function readLecture(cells: { name: string; value: string }[], parent: string | undefined): Lecture | undefined {
	const num = cells.find((c) => NUMBER_COLUMN.test(c.name.trim()) && /^\d{1,3}[a-z]?$/i.test(plain(c.value)));
	const date = cells.find((c) => DATE_COLUMN.test(c.name.trim()) && plain(c.value) !== '');
	const nameCell = cells.find((c) => NAME_COLUMN.test(c.name.trim()) && plain(c.value) !== '' && !/\]\(|https?:\/\//.test(c.value));
	if (!nameCell || (!num && !date)) return undefined;
	const name = plain(nameCell.value);
	const label = num ? (/^(?:#|no\.?|nr\.?)$/i.test(num.name.trim()) ? 'Lecture' : num.name.trim().replace(/^\w/, (ch) => ch.toUpperCase()).replace(/\.$/, '')) : '';
	const topic = num ? `${label} ${plain(num.value)}: ${name}` : GENERIC.test(name) && parent ? `${parent}: ${name}` : name;
	const noteParts = [num ? `${label} ${plain(num.value)}` : '', date ? plain(date.value) : ''].filter(Boolean);
	const used = new Set([nameCell.name, ...(num ? [num.name] : []), ...(date ? [date.name] : [])]);
	return { topic, name: GENERIC.test(name) ? topic : name, ...(noteParts.length ? { note: noteParts.join(', ') } : {}), used };
}
