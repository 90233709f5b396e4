/**
 * What one item says: which resources it names (with titles, related links and
 * notes), or which concept, and its status. This is where `[Paper](…) [Code](…)`
 * becomes one resource, `word2vec: https://…` takes its label, a URL followed
 * by words takes those words as its title, and `recommended by [Jing](…)` is an
 * attribution rather than a resource.
 */
import type { Diagnostic, ResourceMeta, Status } from '../types';
import { MAX_TITLE, capTitle, dropStruck, isGenericLabel, looksLikeUrl, stripMarkup, takeStatusMarkers, trimSeparators } from '../text/clean';
import { canonicalize, type CanonicalUrl } from '../url/canonical';
import { titleFromUrl } from '../url/kind';
import { balanceBrackets, finishTitle, tidyTitle } from '../text/title';
import { ratingOf, readCitation, type Citation } from './citation';
import { scanInline, type InlinePart, type RefDefs } from '../parse/inline';
import { CREDIT_PHRASE } from '../parse/vocabulary';

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

// Text ending in a credit phrase (or `via`): the link after it names a person or a source, not a resource.
const CREDIT_TAIL = new RegExp(String.raw`\b(?:${CREDIT_PHRASE}|via)\s*$`, 'i');
// The same phrase with what leads into it (`resources recommended by`), removed once the person is taken.
const CREDIT_LEAD = new RegExp(String.raw`\s*(?:resources?\s+)?(?:${CREDIT_PHRASE}|via)\s*$`, 'i');
const UNSAFE_SCHEME = /^\s*(?:javascript|data|vbscript)\s*:/i;
// Parenthesised words that say what the reader meant to do, not what the thing is called.
const HINT_PAREN = /\s*\((?:\?+|blogs?|blog material|blog post|video|paper|to read|later|maybe|todo|tbd|optional)\)\s*/gi;

/** Clean one line of prose (a child note, a cell): markup, struck words and markers gone, the writer's brackets kept. */
export function cleanLine(text: string): string {
	return capTitle(trimSeparators(stripMarkup(takeStatusMarkers(dropStruck(text)).text)));
}

/** Clean text for a title: markup, struck words and markers gone, separators trimmed, the title rules applied. */
export function cleanTitle(text: string): string {
	const plain = stripMarkup(takeStatusMarkers(dropStruck(text)).text);
	// A title keeps at most 200 characters: the rules need not run over a 10 MB line.
	return capTitle(tidyTitle(plain.length > 4 * MAX_TITLE ? plain.slice(0, 4 * MAX_TITLE) : plain));
}

// Words that make a link text a label of the medium or venue (`NIPS paper`, `code/docs`, `article2`).
const LABEL_WORD = /\b(?:paper|code|pdf|slides?|video|docs?|article|blog|project|website|poster|talk|arxiv|github|demo|tweet|thread)\b|\d/i;

// A single word in front of links that introduces them rather than names anything.
const LEAD_IN = /^(?:see|read|via|also|from|by|on|in|cf|watch|check|check out|and|or|more|links?)$/i;

function cleanNote(text: string): string {
	let t = trimSeparators(balanceBrackets(stripMarkup(takeStatusMarkers(text).text), false));
	if (/^\([^()]*\)$/.test(t)) t = t.slice(1, -1).trim();
	return t.length > 2000 ? `${t.slice(0, 2000)}…` : t;
}

/** Split a concept title from the hints people append (`DPO (blog material)`, `T5 (?)`). */
export function splitHints(title: string): { title: string; notes: string[] } {
	const notes: string[] = [];
	const stripped = title.replace(HINT_PAREN, (m) => {
		notes.push(m.trim().slice(1, -1).trim());
		return ' ';
	}).replace(/\s+/g, ' ').trim();
	return stripped ? { title: stripped, notes } : { title, notes: [] };
}

function boldPart(text: string): string | undefined {
	// `**[12]**` is numbering, not a name: look at the next bold part.
	for (const m of text.matchAll(/\*\*([^*]{1,200})\*\*|__([^_]{1,200})__/g)) {
		const inner = m[1] ?? m[2] ?? '';
		if (/^\s*[[(]?\d{1,4}[\]).]?\s*$/.test(inner)) continue;
		const t = cleanTitle(inner);
		return t && !isGenericLabel(t) ? t : undefined;
	}
	return undefined;
}

type Seg = { type: 'text'; text: string } | { type: 'res'; canon: CanonicalUrl; label?: string; bare: boolean; badge: boolean };

/** Read one item (list item, paragraph line or table cell). */
export function readItem(raw: string, file: string, line: number, diagnostics: Diagnostic[], refs?: RefDefs): ItemReading {
	const parts: InlinePart[] = scanInline(raw, refs);
	const segs: Seg[] = [];
	const recommendedBy: string[] = [];
	const attributed: string[] = [];
	let wikiTarget: string | undefined;
	let wikiTitle: string | undefined;
	const pushText = (text: string): void => {
		const last = segs[segs.length - 1];
		if (last?.type === 'text') last.text += text;
		else segs.push({ type: 'text', text });
	};

	for (const p of parts) {
		if (p.type === 'text') {
			pushText(p.text);
			continue;
		}
		if (p.type === 'wiki') {
			if (!wikiTarget) {
				wikiTarget = p.target.split('#')[0]!.trim() || p.target;
				wikiTitle = p.alias ?? wikiTarget;
			}
			pushText(p.alias ?? p.target);
			continue;
		}
		const link = p.link;
		if (link.image) continue;
		const target = link.target.trim();
		const labelText = link.label ?? '';
		if (UNSAFE_SCHEME.test(target)) {
			diagnostics.push({ file, line, severity: 'error', message: `Link with a ${target.split(':')[0]!.trim().toLowerCase()}: target is never followed or imported.` });
			pushText(labelText);
			continue;
		}
		if (!/^(?:https?:)?\/\//i.test(target) && !/^https?:/i.test(target)) {
			// Anchors, relative paths, mailto: — not resources; the label stays as words.
			pushText(labelText);
			continue;
		}
		let canon = canonicalize(target);
		if (!canon && /\s/.test(target)) {
			const joined = target.replace(/\s+/g, '');
			canon = canonicalize(joined);
			diagnostics.push(
				canon
					? { file, line, severity: 'warning', message: `Link target "${target}" had a stray space; read as ${canon.url}.` }
					: { file, line, severity: 'error', message: `Link target "${target}" is not a valid URL, even without its spaces; skipped.` },
			);
		} else if (!canon) {
			diagnostics.push({ file, line, severity: 'error', message: `Link target "${target.slice(0, 200)}" is not a valid URL; skipped.` });
		}
		if (!canon) {
			pushText(labelText);
			continue;
		}
		const before = segs[segs.length - 1];
		if (before?.type === 'text' && CREDIT_TAIL.test(before.text)) {
			const who = cleanTitle(labelText);
			recommendedBy.push(who && !looksLikeUrl(who) ? who : canon.host);
			attributed.push(canon.key);
			before.text = before.text.replace(CREDIT_LEAD, ' ');
			continue;
		}
		segs.push({ type: 'res', canon, ...(link.label !== undefined ? { label: link.label } : {}), bare: link.label === undefined, badge: link.badge !== undefined });
	}

	const markers = takeStatusMarkers(segs.filter((s) => s.type === 'text').map((s) => (s as { text: string }).text).join(' '));
	const status = markers.status;
	const resSegs = segs.filter((s): s is Extract<Seg, { type: 'res' }> => s.type === 'res');
	const allText = segs.map((s) => (s.type === 'text' ? s.text : ` ${s.label ?? ''} `)).join('');

	if (!resSegs.length) {
		const cleaned = cleanTitle(allText);
		const colon = /^([^:]{1,60}):\s+(.+)$/.exec(cleaned);
		const base = wikiTitle ? cleanTitle(wikiTitle) : colon && colon[1]!.split(' ').length <= 6 ? colon[1]!.trim() : cleaned;
		const rest = wikiTitle ? cleanNote(allText.replace(wikiTitle, '')) : colon && base !== cleaned ? colon[2]!.trim() : '';
		const split = splitHints(base);
		const finished = finishTitle(split.title);
		const notes = [...(finished.note ? [finished.note] : []), ...split.notes, ...(rest ? [rest] : [])].filter(Boolean);
		return { resources: [], title: finished.title || split.title, notes, ...(status ? { status } : {}), recommendedBy, attributed, ...(wikiTarget ? { wikiTarget } : {}) };
	}

	// Each label is cleaned once: cleaning is the costliest step of reading an item.
	const labels = new Map<Seg, string | undefined>();
	// A badge (`[![video](badge.svg)](u)`) names its target only when the item has nothing else.
	const onlyBadges = resSegs.every((s) => s.badge);
	const labelOf = (s: Extract<Seg, { type: 'res' }>): string | undefined => {
		if (s.label === undefined || (s.badge && !onlyBadges)) return undefined;
		if (labels.has(s)) return labels.get(s);
		const t = cleanTitle(s.label);
		const label = t && !isGenericLabel(t) && !looksLikeUrl(t) ? t : undefined;
		labels.set(s, label);
		return label;
	};
	const specific = resSegs.filter((s) => labelOf(s));
	const distinctKeys = new Set(specific.map((s) => s.canon.key));
	const distinctLabels = new Set(specific.map((s) => labelOf(s)!.toLowerCase()));
	const textOf = (from: number, to: number): string =>
		segs.slice(from, to).filter((s) => s.type === 'text').map((s) => (s as { text: string }).text).join(' ');
	const firstRes = segs.findIndex((s) => s.type === 'res');
	const lastRes = segs.length - 1 - [...segs].reverse().findIndex((s) => s.type === 'res');
	const beforeText = textOf(0, firstRes);
	const afterText = textOf(lastRes + 1, segs.length);
	const hint = allText;

	// `Title [[arXiv](u1)] [[code](u2)]`: the line's own words are the title, every label just a label.
	const labelled = resSegs.every((s) => s.label !== undefined);
	const tail = textOf(firstRes + 1, segs.length);
	const ownWords = cleanTitle(beforeText);
	// The labels must look like labels: wrapped in brackets (`[[Nature](u)]`), or each a medium, a venue or a word or two.
	const wrapped = /\[\s*$/.test(beforeText) && /^\s*\]/.test(tail);
	const labelish = (l: string): boolean => isGenericLabel(l) || l.split(' ').length <= 2 || LABEL_WORD.test(l);
	if (labelled && ownWords && !/:\s*$/.test(beforeText) && !isGenericLabel(ownWords) && !LEAD_IN.test(ownWords) && !/\p{L}/u.test(takeStatusMarkers(tail).text)
		&& resSegs.every((s) => cleanTitle(s.label ?? '').split(' ').length <= 4)
		&& (wrapped || (resSegs.length >= 2 && resSegs.every((s) => labelish(cleanTitle(s.label ?? '')))) || resSegs.every((s) => s.badge || isGenericLabel(cleanTitle(s.label ?? ''))))) {
		const primary = resSegs.find((s) => !s.badge) ?? resSegs[0]!;
		const links = [...new Set(resSegs.filter((s) => s.canon.key !== primary.canon.key).map((s) => s.canon.url))];
		const citation = readCitation(beforeText);
		const split = splitHints(citation ? cleanTitle(citation.title) : (boldPart(beforeText) ?? ownWords));
		const draft: ResourceDraft = { canon: primary.canon, title: split.title, links, notes: [...split.notes, ...(citation?.notes ?? [])], hint };
		if (citation) draft.meta = metaOf(citation);
		return finish({ resources: [draft], title: '', notes: [], ...(status ? { status } : {}), recommendedBy, attributed }, allText);
	}

	// Several links with their own names are several resources (`[A](…), [B](…)`).
	if (distinctKeys.size >= 2 && distinctLabels.size >= 2) {
		const drafts: ResourceDraft[] = [];
		const pending: string[] = [];
		for (const s of resSegs) {
			const label = labelOf(s);
			const prev = drafts[drafts.length - 1];
			if (!label && prev) prev.links.push(s.canon.url);
			else if (!label && s.badge) pending.push(s.canon.url);
			else drafts.push({ canon: s.canon, ...(label ? { title: label } : {}), links: pending.splice(0), notes: [], hint: `${s.label ?? ''}` });
		}
		// Links named inside a sentence are mentions: the sentence is their note, their names only aliases.
		const prose = /\p{L}/u.test(beforeText) && textOf(0, segs.length).split(/\s+/).filter(Boolean).length >= 5;
		const notes = prose ? [cleanNote(allText)] : [cleanNote(beforeText), cleanNote(afterText)].filter(Boolean);
		for (const d of drafts) {
			d.notes.push(...notes);
			if (prose) d.prose = true;
		}
		return finish({ resources: drafts, title: '', notes: [], ...(status ? { status } : {}), recommendedBy, attributed }, allText);
	}

	const primary = specific[0] ?? resSegs.find((s) => !s.badge) ?? resSegs[0]!;
	const links = [...new Set(resSegs.filter((s) => s !== primary && s.canon.key !== primary.canon.key).map((s) => s.canon.url))];
	const notes: string[] = [];
	let title = labelOf(primary);
	const citation = title ? undefined : readCitation(textOf(0, segs.length));
	const bold = boldPart(raw);
	const before = cleanTitle(beforeText.replace(/:\s*$/, ''));
	const after = cleanTitle(afterText);
	if (title) {
		if (before && !isGenericLabel(before)) notes.push(cleanNote(beforeText));
		if (afterText.trim()) notes.push(cleanNote(afterText));
	} else if (citation) {
		title = cleanTitle(citation.title);
		notes.push(...citation.notes);
	} else if (bold) {
		title = bold;
		const restBefore = cleanNote(beforeText.replace(/\*\*[^*]*\*\*|__[^_]*__/, ' '));
		if (restBefore) notes.push(restBefore);
		if (afterText.trim()) notes.push(cleanNote(afterText));
	} else if (before && !isGenericLabel(before)) {
		title = splitHints(before).title;
		notes.push(...splitHints(before).notes);
		if (afterText.trim()) notes.push(cleanNote(afterText));
	} else if (after && !isGenericLabel(after) && primary.bare) {
		title = splitHints(after.replace(/^\((.*)\)$/, '$1')).title;
	} else if (afterText.trim()) {
		notes.push(cleanNote(afterText));
	}
	const draft: ResourceDraft = { canon: primary.canon, ...(title ? { title } : {}), links, notes: notes.filter(Boolean), hint };
	if (citation) draft.meta = metaOf(citation);
	// A link named inside a sentence (`as [language parsers](…) showed`) is a mention: its words are an alias, not a title.
	if (title && labelOf(primary) === title && /\p{L}/u.test(beforeText) && /\p{L}/u.test(afterText) && textOf(0, segs.length).split(/\s+/).length >= 5) draft.prose = true;
	return finish({ resources: [draft], title: title ?? titleFromUrl(primary.canon), notes: [], ...(status ? { status } : {}), recommendedBy, attributed }, allText);
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
