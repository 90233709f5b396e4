/**
 * Templates for the reader's part of new notes: `{{title}}`, `{{url}}`,
 * `{{kind}}`, `{{authors}}`, `{{year}}`, `{{venue}}`, `{{abstract}}`,
 * `{{topics}}`, `{{lists}}` (as links), `{{notes}}` (what the lists said),
 * `{{date}}`, and a fallback form `{{year|n.d.}}` for a value that is empty.
 *
 * A template shapes only notes being created: re-import never renders one
 * again. Unknown variables stay as written (another plugin such as Templater
 * may own them) and are reported once per import. Syllabus's own markers are
 * taken out of the rendered text, so nothing in a template can ever become
 * part of what a re-import refreshes. Reading the template is the caller's
 * job: it passes text, or reports a template it could not read.
 */
import type { Concept, Resource, Topic } from '../types';
import { BLOCK_BEGIN_PREFIX, BLOCK_END } from '../note/markers';
import { splitNote } from '../note/frontmatter';

/** The kinds of note a template can shape. */
export type TemplateKind = 'resource' | 'concept' | 'topic';

/** The variables a template may use. */
export const TEMPLATE_VARIABLES = ['title', 'url', 'kind', 'authors', 'year', 'venue', 'abstract', 'topics', 'lists', 'notes', 'date'] as const;

/** Values for one note; absent or empty values take the fallback, or render empty. */
export type TemplateValues = Partial<Record<(typeof TEMPLATE_VARIABLES)[number], string>>;

const KNOWN = new Set<string>(TEMPLATE_VARIABLES);
const VARIABLE = /\{\{\s*([^{}|]*?)\s*(?:\|([^{}]*))?\}\}/g;

/** Render a template: the text, and the unknown variables it left as written. */
export function renderTemplate(template: string, values: TemplateValues): { text: string; unknown: string[] } {
	const unknown = new Set<string>();
	const text = template.replace(VARIABLE, (whole, name: string, fallback: string | undefined) => {
		if (!KNOWN.has(name)) {
			unknown.add(name);
			return whole;
		}
		const value = values[name as keyof TemplateValues]?.trim();
		return value || (fallback ?? '');
	});
	return { text: withoutMarkers(text), unknown: [...unknown] };
}

/** Syllabus's markers in a template or a value are taken out, so a template never makes a generated block. */
function withoutMarkers(text: string): string {
	return text.split(BLOCK_BEGIN_PREFIX).join('%% syllabus').split(BLOCK_END).join('%% %%');
}

/** A field a resource may carry once metadata is known (authors, year, venue, abstract). */
function optionalField(r: Resource, key: string): string | undefined {
	const v = (r as unknown as Record<string, unknown>)[key];
	if (Array.isArray(v)) return v.map((x) => (typeof x === 'string' ? x : typeof x === 'object' && x && 'name' in x ? String((x as { name: unknown }).name) : '')).filter(Boolean).join(', ');
	if (typeof v === 'string') return v;
	if (typeof v === 'number') return String(v);
	return undefined;
}

/** The values for a new resource note. */
export function resourceValues(r: Resource, topics: string[], lists: string[], date: string): TemplateValues {
	return {
		title: r.title,
		url: r.url,
		kind: r.kind,
		authors: optionalField(r, 'authors'),
		year: optionalField(r, 'year'),
		venue: optionalField(r, 'venue'),
		abstract: optionalField(r, 'abstract'),
		topics: topics.join(', '),
		lists: lists.join(', '),
		notes: r.notes.join('\n'),
		date,
	};
}

/** The values for a new concept or topic note. */
export function otherValues(item: Concept | Topic, kind: 'concept' | 'topic', topics: string[], lists: string[], date: string): TemplateValues {
	return { title: item.title, kind, topics: topics.join(', '), lists: lists.join(', '), notes: item.notes.join('\n'), date };
}

/** The templates of one import, collecting what to report about them. */
export class NoteTemplates {
	private readonly unknown = new Set<string>();

	constructor(
		private readonly templates: Partial<Record<TemplateKind, string>> = {},
		private readonly date = '',
	) {}

	/** The date `{{date}}` renders. */
	get today(): string {
		return this.date;
	}

	/**
	 * The reader's part of a new note of this kind, or undefined for the built-in one.
	 * A template note's own properties (its `tags: template`) are not the new note's: they are left out.
	 */
	part(kind: TemplateKind, values: () => TemplateValues): string | undefined {
		const raw = this.templates[kind];
		// Without a template the values are not worked out: a first import makes 10k notes.
		if (raw === undefined) return undefined;
		const template = splitNote(raw).body.replace(/^\n+/, '');
		const { text, unknown } = renderTemplate(template, values());
		for (const u of unknown) this.unknown.add(u);
		return text.endsWith('\n') ? text : `${text}\n`;
	}

	/** What to tell the reader: each unknown variable, once. */
	problems(): string[] {
		return [...this.unknown].map((u) => `template variable {{${u}}} is not one Syllabus knows; left as written`);
	}
}
