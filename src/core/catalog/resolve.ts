/**
 * The one resolver: what an item (a list item, a paragraph line, a table
 * cell, a heading) says. Its links, each with its role (`segments.ts`), and
 * its words give candidates (`candidates.ts`): each link's own name (a label
 * that repeats on many links of the list, a medium word, a badge's alt text
 * or a venue tag is no name), the item's strong text, a citation's quoted or
 * bold title, the words before its first link and after a bare one. From
 * them it picks the readings (several when several links have names of their
 * own, else one), each reading's title (`titles.ts`: its link's name, else
 * the citation, the strong text, the words before, the words after a bare
 * URL; the heading above or the address are the walk's last resorts),
 * related links, venue, year and notes.
 */
import type { ResourceMeta, Status } from '../types';
import { isGenericLabel, labelWords, stripMarkup, takeStatusMarkers } from '../text/clean';
import { finishTitle } from '../text/title';
import { readVenueTag, takeLeadingTags, takeTrailingTag, type VenueTag } from '../text/venue';
import type { CanonicalUrl } from '../url/canonical';
import { titleFromUrl } from '../url/kind';
import { Candidates, wordCount, wordsOnly } from './candidates';
import { ratingOf, readCitation } from './citation';
import type { ListContext } from './context';
import { knownVenueIn, metaFromNotes, metaOf, withTag } from './meta-words';
import { segmentItem, type ItemPlace, type LeftOut, type ResSeg, type Segments } from './segments';
import { splitHints, titleAround } from './titles';
import { boldPart, cleanNote, cleanTitle } from './words';

/** Where a reading's title came from: the list's words, the heading of its section, or its address. */
export type TitleSource = 'list' | 'heading' | 'address';

/** A resource as one item describes it, before merging. */
export interface ResourceDraft {
	canon: CanonicalUrl;
	/** Undefined when the item gave no usable words: the walk names it from its heading or its address. */
	title?: string;
	titleFrom?: TitleSource;
	links: string[];
	notes: string[];
	/** Words near the link that may name its kind (`(Blog)`, the label). */
	hint: string;
	/** Other names it goes by (the browser-tab title a clean title came from). */
	aliases?: string[];
	/** What a citation, a venue tag or a table's columns say about it. */
	meta?: ResourceMeta;
	/** Named by a link inside a sentence: a clean list item elsewhere names it better. */
	prose?: boolean;
	/** The item said what the link is, if not what it is called (`[Website](…)`, `Course website: https://…`). */
	labelled?: boolean;
	/** The link's only content is an image (a badge). */
	badge?: boolean;
}

/** Everything an item says. */
export interface ItemReading {
	resources: ResourceDraft[];
	/** Title for a concept or topic (no resource link). */
	title: string;
	/** The item's words as one title, not cut at a colon (a heading's title). */
	whole: string;
	notes: string[];
	status?: Status;
	recommendedBy: string[];
	/** Canonical keys of the links that credited those people. */
	attributed?: string[];
	/** Target note of a `[[wikilink]]` item. */
	wikiTarget?: string;
	/** Links set aside as furniture or contents. */
	leftOut: LeftOut[];
	/** Every link of the item was furniture or an anchor: the item is page furniture, not a concept. */
	furniture: boolean;
	/** The item is badges and nothing else: left out as badges, unless a heading names its reading. */
	badges?: LeftOut[];
}

// A single word in front of links that introduces them rather than names anything.
const LEAD_IN = /^(?:see|read|via|also|from|by|on|in|cf|watch|check|check out|and|or|more|links?)$/i;

/** Read one item. */
export function resolveItem(raw: string, place: ItemPlace, ctx: ListContext, opts: { rowCell?: boolean } = {}): ItemReading {
	const found = segmentItem(raw, place, ctx);
	const { segs, recommendedBy, attributed, leftOut } = found;
	const c = new Candidates(segs, ctx);
	const status = takeStatusMarkers(c.whole).status;
	// Built field by field, one shape for every item: spreading objects of different shapes was most of this function's time.
	const reading: ItemReading = { resources: [], title: '', whole: '', notes: [], recommendedBy, attributed, leftOut, furniture: false };
	if (status) reading.status = status;
	if (!c.res.length) {
		const concept = readConcept(found, c.allText);
		reading.title = concept.title;
		reading.whole = concept.whole;
		reading.notes = concept.notes;
		reading.furniture = found.linked && !attributed.length && !found.wikiTarget;
		if (found.wikiTarget) reading.wikiTarget = found.wikiTarget;
		return reading;
	}
	// Badges alone, with no words to name what they point at, are the page's decoration unless a heading names them
	// (a banner under a course's title); a table row's title is in its other cells.
	const badgesOnly = !opts.rowCell && c.res.every((s) => s.badge && !ctx.keep(s.canon.url)) && !/[\p{L}\p{N}]/u.test(stripMarkup(takeStatusMarkers(c.whole).text));
	const titled = readTitledLinks(c);
	reading.resources = titled ? [titled] : (readNamedLinks(c) ?? [readPrimaryLink(c, raw)]);
	finish(reading, c);
	if (badgesOnly) reading.badges = c.res.map((s) => ({ url: s.canon.url, label: cleanTitle(s.label ?? ''), kind: 'badge' as const, line: place.line }));
	return reading;
}

/** An item with no resource link: a concept (or topic) title, with the words after a short `Label:` or a wikilink as its note. */
function readConcept(found: Segments, allText: string): { title: string; whole: string; notes: string[] } {
	const { wikiTitle } = found;
	const cleaned = cleanTitle(allText);
	const colon = /^([^:]{1,60}):\s+(.+)$/.exec(cleaned);
	const base = wikiTitle ? cleanTitle(wikiTitle) : colon && colon[1]!.split(' ').length <= 6 ? colon[1]!.trim() : cleaned;
	const rest = wikiTitle ? cleanNote(allText.replace(wikiTitle, '')) : colon && base !== cleaned ? colon[2]!.trim() : '';
	const split = splitHints(base);
	const finished = finishTitle(split.title);
	const notes = [...(finished.note ? [finished.note] : []), ...split.notes, ...(rest ? [rest] : [])].filter(Boolean);
	const whole = wikiTitle || base === cleaned ? finished.title || split.title : finishTitle(splitHints(cleaned).title).title;
	return { title: finished.title || split.title, whole, notes };
}

/** The item's own words before its links name one reading, when its links look like labels (`Title [[pdf]](u) [[code]](u2)`). */
function readTitledLinks(c: Candidates): ResourceDraft | undefined {
	const { res, before } = c;
	if (!res.every((s) => s.label !== undefined || s.badge)) return undefined;
	const tail = c.text(c.firstRes + 1, c.segs.length);
	const ownWords = wordsOnly(cleanTitle(before));
	if (!ownWords || /:\s*$/.test(before) || isGenericLabel(ownWords) || LEAD_IN.test(ownWords) || /\p{L}/u.test(takeStatusMarkers(tail).text)) return undefined;
	const labels = res.map((s) => cleanTitle(s.label ?? ''));
	if (!labels.every((l) => l.split(' ').length <= 4)) return undefined;
	// The labels must look like labels: wrapped in brackets (`[[Nature](u)]`), or each a medium, a venue or a word or two.
	const wrapped = /\[\s*$/.test(before) && /^\s*\]/.test(tail);
	if (!wrapped && !(res.length >= 2 && res.every((s) => c.labelish(s))) && !res.every((s) => !c.nameOf(s))) return undefined;
	const primary = res.find((s) => !s.badge && !c.ownNote(s)) ?? res.find((s) => !s.badge) ?? res[0]!;
	const citation = readCitation(before);
	const split = splitHints(citation ? cleanTitle(citation.title) : (boldPart(before) ?? ownWords));
	const draft: ResourceDraft = { canon: primary.canon, title: split.title, titleFrom: 'list', links: related(res, primary), notes: [...split.notes, ...(citation?.notes ?? [])], hint: c.allText };
	const meta = metaOf(citation, c.tag);
	if (meta) draft.meta = meta;
	return draft;
}

/** The other links of an item, as related links of its reading (each address once). */
function related(res: ResSeg[], primary: ResSeg): string[] {
	const out: string[] = [];
	for (const s of res) if (s !== primary && s.canon.key !== primary.canon.key && !out.includes(s.canon.url)) out.push(s.canon.url);
	return out;
}

/** `[A](…), [B](…)`: several links with names of their own are several readings. */
function readNamedLinks(c: Candidates): ResourceDraft[] | undefined {
	// Two names on two addresses need two links: most items have one.
	if (c.res.length < 2) return undefined;
	const keys = new Set<string>();
	const labels = new Set<string>();
	// Beside a named link, one named only by media (`Lab assignments`, `Textbook resources`) is a part of it, not a reading.
	const partOf = (s: ResSeg, k: number): boolean => k > 0 && mediaOnly(c.nameOf(s) ?? '');
	const nameOf = (s: ResSeg, k: number): string | undefined => (partOf(s, k) ? undefined : c.nameOf(s));
	for (const [k, s] of c.res.entries()) {
		const name = nameOf(s, k);
		if (!name) continue;
		keys.add(s.canon.key);
		labels.add(name.toLowerCase());
	}
	if (keys.size < 2 || labels.size < 2) return undefined;
	const drafts: ResourceDraft[] = [];
	const pending: string[] = [];
	for (const [k, s] of c.res.entries()) {
		const name = nameOf(s, k);
		const prev = drafts[drafts.length - 1];
		if (!name && prev) prev.links.push(s.canon.url);
		else if (!name) pending.push(s.canon.url);
		else drafts.push({ canon: s.canon, title: name, titleFrom: 'list', links: pending.splice(0), notes: [], hint: `${s.label ?? ''}` });
	}
	// Links named inside a sentence are mentions: the sentence is their note, their names only aliases.
	const prose = c.inSentence();
	const notes = prose ? [cleanNote(c.allText)] : [cleanNote(c.before), cleanNote(c.after)].filter(Boolean);
	for (const d of drafts) {
		d.notes.push(...notes);
		if (prose) d.prose = true;
	}
	return drafts;
}

/** One reading: the first named link (else the first that is not a badge), titled by its name or the item's other words. */
function readPrimaryLink(c: Candidates, raw: string): ResourceDraft {
	const { res } = c;
	const first = res.find((s) => c.nameOf(s)) ?? res.find((s) => !s.badge) ?? res[0]!;
	// The reader's own note on a paper (`[Title](notes/x.md) [[arXiv](…)]`) names the paper it links beside it.
	const paper = c.ownNote(first) ? res.find((s) => s !== first && !c.ownNote(s) && !c.nameOf(s)) : undefined;
	const primary = paper ?? first;
	const named = paper ? { title: c.nameOf(first)!, notes: [] as string[] } : titleAround(c, primary, raw);
	const draft: ResourceDraft = { canon: primary.canon, links: related(res, primary), notes: named.notes.filter(Boolean), hint: c.allText };
	if (primary.label !== undefined || wordsOnly(cleanTitle(c.before))) draft.labelled = true;
	if (primary.badge) draft.badge = true;
	if (named.title) {
		draft.title = named.title;
		draft.titleFrom = 'list';
	}
	if (named.aliases) draft.aliases = named.aliases;
	// A link labelled by its venue (`[[SIGGRAPH](…)]`) says where the reading appeared.
	const labelTag = primary.label !== undefined && !c.nameOf(primary) ? readVenueTag(cleanTitle(primary.label)) : undefined;
	const meta = metaOf(named.citation, c.tag ?? labelTag);
	if (meta) draft.meta = meta;
	if ('authors' in named && named.authors) draft.meta = { ...draft.meta, authors: named.authors };
	// A link named inside a sentence (`as [language parsers](…) showed`) is a mention: its words are an alias, not a title.
	if (named.title && c.nameOf(primary) === named.title && /\p{L}/u.test(c.before) && /\p{L}/u.test(c.after) && wordCount(c.whole) >= 5) draft.prose = true;
	return draft;
}

// Words that say what medium or part of a work a link is.
const MEDIA = new Set(['paper', 'papers', 'code', 'pdf', 'video', 'videos', 'slides', 'website', 'site', 'page', 'homepage', 'repo', 'repository', 'github', 'project', 'demo', 'course', 'lecture', 'lectures', 'notes', 'note', 'playlist', 'book', 'textbook', 'blog', 'post', 'notebook', 'notebooks', 'colab', 'talk', 'docs', 'materials', 'resources', 'syllabus', 'lab', 'labs', 'assignments', 'homework', 'exercises', 'solutions', 'recording', 'recordings', 'dataset', 'data', 'the', 'and', 'with', 'official', 'online']);

/** A name made of media words only (`Lab assignments`, `Course notes page code`), with a real medium among them. */
function mediaOnly(name: string): boolean {
	const words = labelWords(name).split(' ');
	return words.length >= 1 && words.length <= 5 && words.every((w) => MEDIA.has(w)) && words.some((w) => !['the', 'and', 'with', 'official', 'online'].includes(w));
}

/**
 * A title that is a whole citation (`Okafor, A. "Sparse Mixtures." ACL 2021`, a link's words) is its quoted
 * title; tags in front of a title (`[DCN]`, `[ICLR 2022]`) and who-and-when after it (`(Stanford 2017)`) leave
 * it, saying the venue and year.
 */
function untag(d: ResourceDraft): void {
	const title = d.title!;
	const citation = readCitation(title);
	if (citation?.title) {
		d.title = cleanTitle(citation.title);
		d.meta = { ...metaOf(citation, undefined), ...d.meta };
		return;
	}
	// `Paper: Title`, `论文：Title`: a word that says what the link is, in front of the title.
	const labelled = /^([^:：]{1,14})[:：]\s*(\S.*)$/u.exec(title);
	if (labelled && isGenericLabel(labelled[1]!) && /\p{L}/u.test(labelled[2]!)) {
		d.title = labelled[2]!;
		return;
	}
	const lead = takeLeadingTags(title);
	const trail = /[\])]\W*$/.test(lead.text) ? takeTrailingTag(lead.text) : { text: lead.text, tag: undefined };
	if (trail.text === title || !/\p{L}[\p{L}\p{N}'’-]*\s+\p{L}/u.test(trail.text)) return;
	d.title = trail.text.trim();
	const tag = lead.tag ?? trail.tag;
	if (tag) d.meta = withTag(d.meta, tag);
}

/** Apply the title rules to every draft (alias and note kept), the rating the stars give, and a venue written among the words. */
function finish(reading: ItemReading, c: Candidates): ItemReading {
	const rating = ratingOf(c.allText);
	const found = c.tag ? undefined : knownVenueIn(c.allText);
	const venue: VenueTag | undefined = c.tag ?? (found ? { venue: found.venue, year: found.year } : undefined);
	for (const d of reading.resources) {
		if (rating !== undefined) d.meta = { ...d.meta, rating };
		if (venue && !d.meta?.venue) d.meta = withTag(d.meta, venue);
		d.meta = metaFromNotes(d.meta, d.notes);
		if (d.title === undefined) continue;
		untag(d);
		const f = finishTitle(d.title);
		if (!f.title) {
			delete d.title;
			delete d.titleFrom;
			continue;
		}
		d.title = f.title;
		if (f.alias) (d.aliases ??= []).push(f.alias);
		if (f.note) d.notes.unshift(f.note);
	}
	const first = reading.resources[0];
	reading.title = first?.title ?? (first ? titleFromUrl(first.canon) : '');
	return reading;
}

