/**
 * What enrichment writes into one note, decided before anything is written.
 * Properties the source owns are added only where the note has none, so a
 * value the reader set or edited is never replaced. The abstract goes into
 * the generated callout at the top of the body (retitled "About"), never
 * elsewhere. A note still carrying the name Syllabus derived from its URL is
 * renamed to the fetched title; a note the reader named keeps its name and
 * gets the title as an alias.
 */
import { parseDocument } from 'yaml';
import { splitNote, YAML_OPTIONS } from '../note/frontmatter';
import { basenameOf, hasPlaceholderName, safeFileName } from '../note/names';
import { SAID_CALLOUT } from '../note/render';
import type { Vault } from '../vault/types';
import type { Metadata } from './types';

/** The planned change to one note. */
export interface NotePlan {
	/** Properties to add (absent in the note today). */
	add: Record<string, string | number | string[]>;
	/** The abstract to put into the About callout, if the note lacks it. */
	about?: string;
	/** New path, when the note still has its placeholder name. */
	rename?: string;
	/** The fetched title as a new alias (the reader named the note, or the name could not hold it). */
	alias?: string;
	/** Why a placeholder-named note was not renamed. */
	renameSkipped?: string;
	/** Names of what changes, for the report. */
	fields: string[];
}

function isEmpty(v: unknown): boolean {
	return v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
}


/** The note's text with the abstract in its About callout; null if there is no callout to put it in. */
export function withAbout(text: string, abstract: string): string | null {
	const { frontMatter, body } = splitNote(text);
	const m = SAID_CALLOUT.exec(body);
	if (!m) return null;
	const lines = abstract.replace(/\s+/g, ' ').trim();
	if (body.includes(lines.slice(0, 80))) return text;
	const at = m.index;
	const next = `${body.slice(0, at)}> [!quote] About\n> ${lines}\n>${body.slice(at + m[0].length)}`;
	return frontMatter === undefined ? next : `${text.slice(0, text.length - body.length)}${next}`;
}

/** Plan the changes to one resource note from what a source said about it. */
export function planNote(note: { path: string; properties: Record<string, unknown>; text: string }, meta: Metadata, takenNames: Set<string>): NotePlan {
	const p = note.properties;
	const add: NotePlan['add'] = {};
	const offer = (key: string, value: string | number | string[] | undefined): void => {
		if (value === undefined || (Array.isArray(value) && !value.length) || value === '') return;
		if (isEmpty(p[key])) add[key] = value;
	};
	const year = meta.year && /^\d{4}$/.test(meta.year) ? Number(meta.year) : undefined;
	offer('title', meta.title);
	offer('authors', meta.authors);
	offer('year', year);
	offer('venue', meta.venue);
	offer('doi', meta.doi);
	offer('arxiv', meta.arxiv);
	offer('stars', meta.stars);
	offer('language', meta.language);
	offer('channel', meta.channel);
	const plan: NotePlan = { add, fields: Object.keys(add) };
	if (meta.abstract && withAbout(note.text, meta.abstract) !== note.text && withAbout(note.text, meta.abstract) !== null) {
		plan.about = meta.abstract;
		plan.fields.push('about');
	}
	if (!meta.title) return plan;
	const url = typeof p.url === 'string' ? p.url : '';
	const name = basenameOf(note.path);
	const wanted = safeFileName(meta.title);
	const aliases = Array.isArray(p.aliases) ? p.aliases.map(String) : typeof p.aliases === 'string' ? [p.aliases] : [];
	const known = (t: string): boolean => t.toLowerCase() === name.toLowerCase() || aliases.some((a) => a.toLowerCase() === t.toLowerCase());
	if (url && hasPlaceholderName(note.path, url) && wanted.toLowerCase() !== name.toLowerCase()) {
		const folder = note.path.slice(0, note.path.length - basenameOf(note.path).length - 3);
		const kind = typeof p.kind === 'string' ? p.kind : 'resource';
		const free = [wanted, `${wanted} (${kind})`].find((n) => !takenNames.has(n.toLowerCase()));
		if (free) {
			plan.rename = `${folder}${free}.md`;
			takenNames.add(free.toLowerCase());
			plan.fields.push('name');
			if (free !== meta.title && !known(meta.title)) addAlias(plan, meta.title);
			return plan;
		}
		plan.renameSkipped = `kept its name: another note is already called "${wanted}"`;
	}
	if (!known(meta.title) && wanted.toLowerCase() !== name.toLowerCase()) addAlias(plan, meta.title);
	return plan;
}

function addAlias(plan: NotePlan, title: string): void {
	plan.alias = title;
	plan.fields.push('aliases');
}

/** Add absent properties (and an alias) to a note through a vault's atomic `process`; broken YAML is refused, not rewritten. */
export function addPropertiesVia(vault: Pick<Vault, 'process'>, path: string, add: Record<string, unknown>, alias?: string): Promise<void> {
	return vault.process(path, (text) => {
		const next = addPropertiesToText(text, add, alias);
		if (next === null) throw new Error(`${path} has front matter that is not valid YAML`);
		return next;
	});
}

/** A note's text with absent properties added (and an alias appended); values already there are kept. */
export function addPropertiesToText(text: string, add: Record<string, unknown>, alias?: string): string | null {
	const { frontMatter, body } = splitNote(text);
	const doc = parseDocument(frontMatter ?? '', { uniqueKeys: false });
	if (doc.errors.length) return null;
	if (doc.contents === null) doc.contents = doc.createNode({}) as never;
	for (const [k, v] of Object.entries(add)) if (isEmpty(doc.get(k))) doc.set(k, v);
	if (alias) {
		const now = doc.toJS() as Record<string, unknown> | null;
		const list = Array.isArray(now?.aliases) ? now.aliases.map(String) : typeof now?.aliases === 'string' ? [now.aliases] : [];
		if (!list.some((a) => a.toLowerCase() === alias.toLowerCase())) doc.set('aliases', doc.createNode([...list, alias]));
	}
	return `---\n${doc.toString(YAML_OPTIONS)}---\n${frontMatter === undefined ? text : body}`;
}
