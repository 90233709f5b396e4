/**
 * The one resolver: what an item (a list item, a paragraph line, a table
 * cell, a heading) says. Its links, each with its role (`segments.ts`), and
 * its words give candidates: each link's own name (a label that repeats on
 * many links of the list, a medium word, a badge's alt text or a venue tag is
 * no name), the item's strong text, a citation's quoted or bold title, the
 * words before its first link and after a bare one. From them it picks the
 * readings (several when several links have names of their own, else one),
 * each reading's title (its link's name, else the citation, the strong text,
 * the words before, the words after a bare URL; the heading above or the
 * address are the walk's last resorts), related links, venue, year and notes.
 */
import type { ResourceMeta, Status } from '../types';
import { isGenericLabel, labelWords, looksLikeUrl, stripMarkup, takeStatusMarkers } from '../text/clean';
import { finishTitle } from '../text/title';
import { readVenueTag, takeLeadingTag, takeLeadingTags, takeTrailingTag, type VenueTag } from '../text/venue';
import type { CanonicalUrl } from '../url/canonical';
import { titleFromUrl } from '../url/kind';
import { ratingOf, readCitation, type Citation } from './citation';
import type { ListContext } from './context';
import { byline, knownVenueIn, metaFromNotes } from './meta-words';
import { githubRepo } from './roles';
import { segmentItem, type ItemPlace, type LeftOut, type ResSeg, type Seg, type Segments } from './segments';
import { boldPart, cleanNote, cleanTitle, dropTagLists } from './words';

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

// Parenthesised words that say what the reader meant to do, not what the thing is called.
const HINT_PAREN = /\s*\((?:\?+|blogs?|blog material|blog post|video|paper|to read|later|maybe|todo|tbd|optional)\)\s*/gi;
// Words that make a link text a label of the medium or venue (`NIPS paper`, `code/docs`, `article2`).
const LABEL_WORD = /\b(?:paper|code|pdf|slides?|video|docs?|article|blog|project|website|poster|talk|arxiv|github|demo|tweet|thread)\b|\d/i;
// A single word in front of links that introduces them rather than names anything.
const LEAD_IN = /^(?:see|read|via|also|from|by|on|in|cf|watch|check|check out|and|or|more|links?)$/i;
// A file's name (`chap01.ipynb`, `slides_3.pdf`): what the link is stored as, not what it is called.
const FILE_NAME = /^[\w.-]{1,60}\.(?:ipynb|pdf|md|html?|py|r|rmd|zip|pptx?|docx?|key|tex|txt|csv|json|mp4)$/i;
// A course's code: `CS 9`, `CSE373`, `6.006`, `15-445`.
const COURSE_CODE = /^(?:[A-Z]{2,6}[ -]?\d{1,4}[A-Z]?|\d{1,2}\.\d{2,4}[A-Z]?|\d{2}-\d{3})$/;

/** Split a title from the hints people append (`DPO (blog material)`, `T5 (?)`). */
export function splitHints(title: string): { title: string; notes: string[] } {
	const notes: string[] = [];
	const stripped = title.replace(HINT_PAREN, (m) => {
		notes.push(m.trim().slice(1, -1).trim());
		return ' ';
	}).replace(/\s+/g, ' ').trim();
	return stripped ? { title: stripped, notes } : { title, notes: [] };
}

/** The text segments from `from` to `to`, one space between them (no array: every item asks several times). */
function textOf(segs: Seg[], from: number, to: number): string {
	let out = '';
	let any = false;
	for (let k = from; k < to; k++) {
		const s = segs[k]!;
		if (s.type !== 'text') continue;
		out = any ? `${out} ${s.text}` : s.text;
		any = true;
	}
	return out;
}

/** An item's links and words as the resolver weighs them. */
class Candidates {
	readonly res: ResSeg[] = [];
	readonly firstRes: number = -1;
	readonly lastRes: number = -1;
	/** The words before the first link and after the last, venue tags and keyword lists taken out. */
	readonly before: string;
	readonly after: string;
	readonly tag: VenueTag | undefined;
	readonly allText: string;
	/** Every text segment, one space between them. */
	readonly whole: string;

	constructor(readonly segs: Seg[], private readonly ctx: ListContext) {
		let allText = '';
		for (let k = 0; k < segs.length; k++) {
			const s = segs[k]!;
			if (s.type === 'text') {
				allText += s.text;
				continue;
			}
			allText += ` ${s.label ?? ''} `;
			this.res.push(s);
			if (this.firstRes < 0) this.firstRes = k;
			this.lastRes = k;
		}
		this.allText = allText;
		this.whole = textOf(segs, 0, segs.length);
		const lead = takeLeadingTags(textOf(segs, 0, this.firstRes));
		// A tag closes a title on its own line; under a title, `(2017)` belongs to a byline.
		const trail = lead.text.trim().includes('\n') ? { text: lead.text, tag: undefined } : takeTrailingTag(lead.text);
		this.tag = lead.tag ?? trail.tag;
		this.before = dropTagLists(trail.text);
		this.after = textOf(segs, this.lastRes + 1, segs.length);
	}

	/** A link's own name: its words, unless they are a medium, a label repeated across the list, a URL, a venue or a badge's alt text. */
	nameOf(s: ResSeg): string | undefined {
		if (s.label === undefined || s.badge) return undefined;
		// Lists repeat their labels: each one's name is worked out once per list.
		const names = this.ctx.labelNames;
		const known = names.get(s.label);
		if (known !== undefined) return known ?? undefined;
		const t = cleanTitle(s.label);
		const name = t && !isGenericLabel(t) && !looksLikeUrl(t) && !FILE_NAME.test(t) && !this.ctx.repeatedLabel(labelWords(t)) && !readVenueTag(t) && !isGenericLabel(t.replace(/[\d.,:/-]+/g, ' ')) ? t : undefined;
		names.set(s.label, name ?? null);
		return name;
	}

	/** A label that is only a label here: generic, repeated, short, a venue, or a medium word. */
	labelish(s: ResSeg): boolean {
		const l = cleanTitle(s.label ?? '');
		return s.badge || !this.nameOf(s) || l.split(' ').length <= 2 || LABEL_WORD.test(l);
	}

	text(from: number, to: number): string {
		return from === 0 && to === this.segs.length ? this.whole : textOf(this.segs, from, to);
	}

	/** A link to a markdown file in the list's own repository: the reader's note, not the work. */
	ownNote(s: ResSeg): boolean {
		const repo = githubRepo(s.canon);
		return repo !== undefined && this.ctx.ownRepos.has(repo) && /\.(?:md|markdown)$/i.test(s.canon.segments[s.canon.segments.length - 1] ?? '');
	}

	/** At least five words with letters before the first link: the links are named inside a sentence. */
	inSentence(): boolean {
		return /\p{L}/u.test(this.before) && wordCount(this.whole) >= 5;
	}
}

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

/** The primary link's title and notes: its name, else a citation, the strong text, the words before it, or (for a bare URL) the words after it. */
function titleAround(c: Candidates, primary: ResSeg, raw: string): { title?: string; notes: string[]; citation?: Citation; aliases?: string[]; authors?: string[] } {
	const { before, after } = c;
	const notes: string[] = [];
	const name = c.nameOf(primary);
	const lead = wordsOnly(cleanTitle(before.replace(/[:：]\s*$/, '')));
	if (name) {
		// A course's code (`[CS 9](…) **Problem Solving**`) names it only when the item gives no other name.
		const named = COURSE_CODE.test(name) ? boldPart(c.whole) ?? wordsOnly(cleanTitle(after.replace(/^\s*[-–—:|]\s*/, ''))) : '';
		if (named && named !== name && !isGenericLabel(named) && named.split(' ').length <= 14) return { title: named, notes: [name], aliases: [name] };
		if (lead && !isGenericLabel(lead)) notes.push(cleanNote(before));
		if (after.trim()) notes.push(cleanNote(after));
		const by = byline(stripMarkup(after));
		return by.length ? { title: name, notes, authors: by } : { title: name, notes };
	}
	const citation = readCitation(c.whole);
	if (citation) return { title: cleanTitle(citation.title), notes: [...citation.notes], citation };
	// Bold words before the links name the reading; bold keywords in brackets (`[**PTQ, CNN**]`) do not.
	const bold = boldPart(before) ?? boldPart(dropTagLists(takeLeadingTag(raw).text));
	if (bold) {
		// Each line under a bold title is a note of its own (a byline, a summary).
		for (const line of before.replace(/\*\*[^*]*\*\*|__[^_]*__/, ' ').split('\n')) {
			const restBefore = cleanNote(line);
			if (restBefore && !readVenueTag(restBefore)) notes.push(restBefore);
		}
		if (after.trim()) notes.push(cleanNote(after));
		return { title: bold, notes };
	}
	if (lead && !isGenericLabel(lead) && !readVenueTag(lead)) {
		const split = splitHints(lead);
		if (after.trim()) split.notes.push(cleanNote(after));
		return { title: split.title, notes: split.notes };
	}
	// After a bare address or a link that only says what it is (`[book](…) Deep Learning`), the words name it.
	// Words set apart by a separator (`[Website](…) | Instructor: Ng`) are a note, not a name.
	const afterTitle = /^\s*[|–—:-]/.test(after) ? '' : wordsOnly(cleanTitle(after));
	if (afterTitle && !isGenericLabel(afterTitle) && (primary.bare || primary.label !== undefined)) return { title: splitHints(afterTitle.replace(/^\((.*)\)$/, '$1')).title, notes };
	if (after.trim()) notes.push(cleanNote(after));
	return { notes };
}

/** Words in a text: runs between spaces, and in Chinese, Japanese and Korean, which write no spaces, one for every two characters. */
export function wordCount(text: string): number {
	let cjk = 0;
	for (const ch of text) if (/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(ch)) cjk++;
	return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length + Math.floor(cjk / 2);
}

// Words that say what medium or part of a work a link is.
const MEDIA = new Set(['paper', 'papers', 'code', 'pdf', 'video', 'videos', 'slides', 'website', 'site', 'page', 'homepage', 'repo', 'repository', 'github', 'project', 'demo', 'course', 'lecture', 'lectures', 'notes', 'note', 'playlist', 'book', 'textbook', 'blog', 'post', 'notebook', 'notebooks', 'colab', 'talk', 'docs', 'materials', 'resources', 'syllabus', 'lab', 'labs', 'assignments', 'homework', 'exercises', 'solutions', 'recording', 'recordings', 'dataset', 'data', 'the', 'and', 'with', 'official', 'online']);

/** A name made of media words only (`Lab assignments`, `Course notes page code`), with a real medium among them. */
function mediaOnly(name: string): boolean {
	const words = labelWords(name).split(' ');
	return words.length >= 1 && words.length <= 5 && words.every((w) => MEDIA.has(w)) && words.some((w) => !['the', 'and', 'with', 'official', 'online'].includes(w));
}

/** Text with a letter or a digit in it, else '' (`🔗`, `→` name nothing). */
function wordsOnly(text: string): string {
	return /[\p{L}\p{N}]/u.test(text) ? text : '';
}

/** A reading's meta with a tag's venue and year where it has none. */
function withTag(meta: ResourceMeta | undefined, tag: VenueTag): ResourceMeta {
	const out: ResourceMeta = { ...meta };
	if (tag.venue && !out.venue) out.venue = tag.venue;
	if (tag.year !== undefined && out.year === undefined) out.year = tag.year;
	return out;
}

/** What a citation and a venue tag say of a reading, if anything. */
function metaOf(c: Citation | undefined, tag: VenueTag | undefined): ResourceMeta | undefined {
	const meta: ResourceMeta = {};
	if (c?.authors.length) meta.authors = c.authors;
	const year = c?.year ?? tag?.year;
	if (year !== undefined) meta.year = year;
	const venue = c?.venue ?? tag?.venue;
	if (venue) meta.venue = venue;
	return Object.keys(meta).length ? meta : undefined;
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

