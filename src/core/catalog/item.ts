/**
 * What one item says: which resources it names (with titles, related links and
 * notes), or which concept, and its status. This is where `[Paper](…) [Code](…)`
 * becomes one resource, `word2vec: https://…` takes its label, a URL followed
 * by words takes those words as its title, and `recommended by [Jing](…)` is an
 * attribution rather than a resource.
 *
 * Reading goes in phases: segment the inline parts (`segments.ts`), take the
 * status markers, then read the item by the first shape that fits it: no
 * resource link (a concept), a title with labelled links, several named
 * links, or one primary link; last, apply the title rules and the rating.
 */
import type { Diagnostic, ResourceMeta, Status } from '../types';
import { isGenericLabel, takeStatusMarkers } from '../text/clean';
import { canonicalize, type CanonicalUrl, type Canonicalizer } from '../url/canonical';
import { titleFromUrl } from '../url/kind';
import { finishTitle } from '../text/title';
import type { RefDefs } from '../parse/inline';
import { ratingOf, readCitation, type Citation } from './citation';
import { LinkedItem, textOf } from './linked-item';
import { segmentItem, type ResSeg, type Segments } from './segments';
import { boldPart, cleanNote, cleanTitle } from './words';

/** A resource as one item describes it, before merging. */
export interface ResourceDraft {
	canon: CanonicalUrl;
	/** Undefined when the item gave no usable words: the catalog derives one from the URL. */
	title?: string;
	links: string[];
	notes: string[];
	/** Words near the link that may name its kind (`(Blog)`, the label). */
	hint: string;
	/** Other names it goes by (the browser-tab title a clean title came from). */
	aliases?: string[];
	/** What a citation or a table's columns say about it. */
	meta?: ResourceMeta;
	/** Named by a link inside a sentence: a clean list item elsewhere names it better. */
	prose?: boolean;
}

/** Everything an item says. */
export interface ItemReading {
	resources: ResourceDraft[];
	/** Title for a concept or topic (no resource link). */
	title: string;
	notes: string[];
	status?: Status;
	recommendedBy: string[];
	/** Canonical keys of the links that credited those people. */
	attributed?: string[];
	/** Target note of a `[[wikilink]]` item. */
	wikiTarget?: string;
}

// Parenthesised words that say what the reader meant to do, not what the thing is called.
const HINT_PAREN = /\s*\((?:\?+|blogs?|blog material|blog post|video|paper|to read|later|maybe|todo|tbd|optional)\)\s*/gi;

// Words that make a link text a label of the medium or venue (`NIPS paper`, `code/docs`, `article2`).
const LABEL_WORD = /\b(?:paper|code|pdf|slides?|video|docs?|article|blog|project|website|poster|talk|arxiv|github|demo|tweet|thread)\b|\d/i;

// A single word in front of links that introduces them rather than names anything.
const LEAD_IN = /^(?:see|read|via|also|from|by|on|in|cf|watch|check|check out|and|or|more|links?)$/i;

/** Split a concept title from the hints people append (`DPO (blog material)`, `T5 (?)`). */
export function splitHints(title: string): { title: string; notes: string[] } {
	const notes: string[] = [];
	const stripped = title.replace(HINT_PAREN, (m) => {
		notes.push(m.trim().slice(1, -1).trim());
		return ' ';
	}).replace(/\s+/g, ' ').trim();
	return stripped ? { title: stripped, notes } : { title, notes: [] };
}

/** Read one item (list item, paragraph line or table cell). */
export function readItem(raw: string, file: string, line: number, diagnostics: Diagnostic[], refs?: RefDefs, canon: Canonicalizer = canonicalize): ItemReading {
	const found = segmentItem(raw, { file, line, diagnostics, canon }, refs);
	const { segs, recommendedBy, attributed } = found;
	const status = takeStatusMarkers(textOf(segs, 0, segs.length)).status;
	const allText = segs.map((s) => (s.type === 'text' ? s.text : ` ${s.label ?? ''} `)).join('');
	const res = segs.filter((s): s is ResSeg => s.type === 'res');
	if (!res.length) {
		const concept = readConcept(found, allText);
		return { resources: [], title: concept.title, notes: concept.notes, ...(status ? { status } : {}), recommendedBy, attributed, ...(found.wikiTarget ? { wikiTarget: found.wikiTarget } : {}) };
	}
	const item = new LinkedItem(segs, res, allText);
	const titled = readTitledLinks(item);
	const resources = titled ? [titled] : readNamedLinks(item);
	if (resources) return finish({ resources, title: '', notes: [], ...(status ? { status } : {}), recommendedBy, attributed }, allText);
	const one = readPrimaryLink(item, raw);
	return finish({ resources: [one.draft], title: one.title, notes: [], ...(status ? { status } : {}), recommendedBy, attributed }, allText);
}

/** An item with no resource link: a concept (or topic) title, with the words after a short `Label:` or a wikilink as its note. */
function readConcept(found: Segments, allText: string): { title: string; notes: string[] } {
	const { wikiTitle } = found;
	const cleaned = cleanTitle(allText);
	const colon = /^([^:]{1,60}):\s+(.+)$/.exec(cleaned);
	const base = wikiTitle ? cleanTitle(wikiTitle) : colon && colon[1]!.split(' ').length <= 6 ? colon[1]!.trim() : cleaned;
	const rest = wikiTitle ? cleanNote(allText.replace(wikiTitle, '')) : colon && base !== cleaned ? colon[2]!.trim() : '';
	const split = splitHints(base);
	const finished = finishTitle(split.title);
	const notes = [...(finished.note ? [finished.note] : []), ...split.notes, ...(rest ? [rest] : [])].filter(Boolean);
	return { title: finished.title || split.title, notes };
}

/** `Title [[arXiv](u1)] [[code](u2)]`: the line's own words are the title, every label just a label. */
function readTitledLinks(item: LinkedItem): ResourceDraft | undefined {
	const { res, beforeText } = item;
	if (!res.every((s) => s.label !== undefined)) return undefined;
	const tail = item.text(item.firstRes + 1, item.segs.length);
	const ownWords = cleanTitle(beforeText);
	if (!ownWords || /:\s*$/.test(beforeText) || isGenericLabel(ownWords) || LEAD_IN.test(ownWords) || /\p{L}/u.test(takeStatusMarkers(tail).text)) return undefined;
	const labels = res.map((s) => cleanTitle(s.label ?? ''));
	if (!labels.every((l) => l.split(' ').length <= 4)) return undefined;
	// The labels must look like labels: wrapped in brackets (`[[Nature](u)]`), or each a medium, a venue or a word or two.
	const wrapped = /\[\s*$/.test(beforeText) && /^\s*\]/.test(tail);
	const labelish = (l: string): boolean => isGenericLabel(l) || l.split(' ').length <= 2 || LABEL_WORD.test(l);
	if (!wrapped && !(res.length >= 2 && labels.every(labelish)) && !res.every((s, k) => s.badge || isGenericLabel(labels[k]!))) return undefined;
	const primary = res.find((s) => !s.badge) ?? res[0]!;
	const links = [...new Set(res.filter((s) => s.canon.key !== primary.canon.key).map((s) => s.canon.url))];
	const citation = readCitation(beforeText);
	const split = splitHints(citation ? cleanTitle(citation.title) : (boldPart(beforeText) ?? ownWords));
	const draft: ResourceDraft = { canon: primary.canon, title: split.title, links, notes: [...split.notes, ...(citation?.notes ?? [])], hint: item.allText };
	if (citation) draft.meta = metaOf(citation);
	return draft;
}

/** `[A](…), [B](…)`: several links with their own names are several resources. */
function readNamedLinks(item: LinkedItem): ResourceDraft[] | undefined {
	const keys = new Set<string>();
	const labels = new Set<string>();
	for (const s of item.res) {
		const label = item.labelOf(s);
		if (!label) continue;
		keys.add(s.canon.key);
		labels.add(label.toLowerCase());
	}
	if (keys.size < 2 || labels.size < 2) return undefined;
	const drafts: ResourceDraft[] = [];
	const pending: string[] = [];
	for (const s of item.res) {
		const label = item.labelOf(s);
		const prev = drafts[drafts.length - 1];
		if (!label && prev) prev.links.push(s.canon.url);
		else if (!label && s.badge) pending.push(s.canon.url);
		else drafts.push({ canon: s.canon, ...(label ? { title: label } : {}), links: pending.splice(0), notes: [], hint: `${s.label ?? ''}` });
	}
	// Links named inside a sentence are mentions: the sentence is their note, their names only aliases.
	const prose = item.inSentence();
	const notes = prose ? [cleanNote(item.allText)] : [cleanNote(item.beforeText), cleanNote(item.afterText)].filter(Boolean);
	for (const d of drafts) {
		d.notes.push(...notes);
		if (prose) d.prose = true;
	}
	return drafts;
}

/** One resource: the first named link (or the first non-badge one), titled by its label, a citation, a bold part, or the words around it. */
function readPrimaryLink(item: LinkedItem, raw: string): { draft: ResourceDraft; title: string } {
	const { res, beforeText, afterText } = item;
	const primary = res.find((s) => item.labelOf(s)) ?? res.find((s) => !s.badge) ?? res[0]!;
	const links = [...new Set(res.filter((s) => s !== primary && s.canon.key !== primary.canon.key).map((s) => s.canon.url))];
	const named = titleAround(item, primary, raw);
	const draft: ResourceDraft = { canon: primary.canon, ...(named.title ? { title: named.title } : {}), links, notes: named.notes.filter(Boolean), hint: item.allText };
	if (named.citation) draft.meta = metaOf(named.citation);
	// A link named inside a sentence (`as [language parsers](…) showed`) is a mention: its words are an alias, not a title.
	const { title } = named;
	if (title && item.labelOf(primary) === title && /\p{L}/u.test(beforeText) && /\p{L}/u.test(afterText) && item.text(0, item.segs.length).split(/\s+/).length >= 5) draft.prose = true;
	return { draft, title: title ?? titleFromUrl(primary.canon) };
}

/** The primary link's title and notes: its label, else a citation, a bold part, the words before it, or (for a bare URL) the words after it. */
function titleAround(item: LinkedItem, primary: ResSeg, raw: string): { title?: string; notes: string[]; citation?: Citation } {
	const { beforeText, afterText } = item;
	const notes: string[] = [];
	const label = item.labelOf(primary);
	const before = cleanTitle(beforeText.replace(/:\s*$/, ''));
	if (label) {
		if (before && !isGenericLabel(before)) notes.push(cleanNote(beforeText));
		if (afterText.trim()) notes.push(cleanNote(afterText));
		return { title: label, notes };
	}
	const citation = readCitation(item.text(0, item.segs.length));
	if (citation) return { title: cleanTitle(citation.title), notes: [...citation.notes], citation };
	const bold = boldPart(raw);
	if (bold) {
		const restBefore = cleanNote(beforeText.replace(/\*\*[^*]*\*\*|__[^_]*__/, ' '));
		if (restBefore) notes.push(restBefore);
		if (afterText.trim()) notes.push(cleanNote(afterText));
		return { title: bold, notes };
	}
	if (before && !isGenericLabel(before)) {
		const split = splitHints(before);
		if (afterText.trim()) split.notes.push(cleanNote(afterText));
		return { title: split.title, notes: split.notes };
	}
	const after = cleanTitle(afterText);
	if (after && !isGenericLabel(after) && primary.bare) return { title: splitHints(after.replace(/^\((.*)\)$/, '$1')).title, notes };
	if (afterText.trim()) notes.push(cleanNote(afterText));
	return { notes };
}

function metaOf(c: Citation): ResourceMeta {
	return { ...(c.authors.length ? { authors: c.authors } : {}), ...(c.year !== undefined ? { year: c.year } : {}), ...(c.venue ? { venue: c.venue } : {}) };
}

/** Apply the title rules to every draft (alias and note kept) and the rating the stars give. */
function finish(reading: ItemReading, text: string): ItemReading {
	const rating = ratingOf(text);
	for (const d of reading.resources) {
		if (rating !== undefined) d.meta = { ...d.meta, rating };
		if (d.title === undefined) continue;
		const f = finishTitle(d.title);
		if (!f.title) {
			delete d.title;
			continue;
		}
		d.title = f.title;
		if (f.alias) (d.aliases ??= []).push(f.alias);
		if (f.note) d.notes.unshift(f.note);
	}
	const first = reading.resources[0];
	if (first?.title && reading.title) reading.title = first.title;
	return reading;
}
