/**
 * Venue tags people put around a paper's title (`[ICLR 2022]`, `**[ICCV
 * 2023]**`, `(*NeurIPS'22*)`, `[2023 ICLR]`, `<kbd>CVPR 2019</kbd>`, a
 * citation's closing `ICLR 2017.`) and the labels that are only a venue
 * (`arXiv 2025`): they leave the title and say the venue and the year. A tag
 * is a venue's name (an acronym, or a few capitalised words) with a year, or
 * a known venue alone; linear scans, no backtracking.
 */
import { isSpace } from './clean';

export interface VenueTag {
	venue?: string;
	year?: number;
}

// Venues written without a year often enough to know them alone.
export const KNOWN_VENUES: ReadonlySet<string> = new Set([
	'neurips', 'nips', 'icml', 'iclr', 'cvpr', 'iccv', 'eccv', 'acl', 'emnlp', 'naacl', 'eacl', 'coling', 'aaai', 'ijcai', 'kdd', 'www', 'sigir', 'wsdm', 'cikm', 'icra', 'iros', 'corl', 'rss',
	'miccai', 'tpami', 'jmlr', 'tmlr', 'arxiv', 'icassp', 'interspeech', 'uai', 'aistats', 'colt', 'wacv', 'bmvc', 'siggraph', 'mlsys', 'osdi', 'sosp', 'nature', 'science', 'pnas', 'icde', 'vldb', 'sigmod',
	'tacl', 'tkde', 'tnnls', 'tip', 'ijcv', 'cell', 'bioinformatics', 'iclr workshop', 'neurips workshop', 'openreview', 'biorxiv', 'medrxiv', 'techrxiv', 'chi', 'uist', 'isca', 'micro', 'hpca', 'asplos',
]);

const YEAR4 = /^(?:19[5-9]\d|20[0-4]\d)$/;

/** Year from `2022`, `'22`, `22` (two digits read as 20xx). */
function yearOf(s: string): number | undefined {
	const t = s.replace(/^['’]/, '');
	if (YEAR4.test(t)) return Number(t);
	if (/^\d\d$/.test(t)) return 2000 + Number(t);
	return undefined;
}

/** A venue's name: an acronym (`ICLR`, `NeurIPS`, `ACM MM`), a known venue, or up to four capitalised words. */
function venueName(s: string): boolean {
	const t = s.trim();
	if (!t || t.length > 40) return false;
	if (KNOWN_VENUES.has(t.toLowerCase())) return true;
	const words = t.split(/\s+/);
	if (words.length > 4) return false;
	// Every word an acronym or capitalised (`Findings of EMNLP` keeps its small `of`).
	return words.every((w) => /^(?:[A-Z][A-Za-z0-9-]*|of|on|in|the|and|[A-Z]{2,}[a-z]?s?)$/.test(w)) && words.some((w) => /[A-Z]{2}/.test(w) || KNOWN_VENUES.has(w.toLowerCase()));
}

/** Read `ICLR 2022`, `2023 ICLR`, `NeurIPS'22`, `ICLR`, `arXiv 2025` as a venue tag; undefined if the words are not one. */
export function readVenueTag(words: string): VenueTag | undefined {
	return tooLongForTag(words) ? undefined : readCleanedTag(words);
}

/** `readVenueTag` without the count first: the words cleaned, then read. Exported for the differential test. */
export function readCleanedTag(words: string): VenueTag | undefined {
	const t = words.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim().replace(/[,.;:]$/, '');
	if (!t || t.length > 48) return undefined;
	let m = /^(.+?)[\s,]*['’]?(\d{4}|\d{2})$/.exec(t);
	if (m && venueName(m[1]!) && yearOf(m[2]!) !== undefined) return { venue: m[1]!.trim(), year: yearOf(m[2]!)! };
	// `arxiv, 14.12`: a venue with the year and month it appeared.
	m = /^(.+?)[\s,]+(\d{2})\.(?:0[1-9]|1[0-2])$/.exec(t);
	if (m && venueName(m[1]!)) return { venue: m[1]!.trim(), year: 2000 + Number(m[2]) };
	m = /^(\d{4})[\s,]+(.+)$/.exec(t);
	if (m && venueName(m[2]!) && yearOf(m[1]!) !== undefined) return { venue: m[2]!.trim(), year: yearOf(m[1]!)! };
	if (KNOWN_VENUES.has(t.toLowerCase())) return { venue: t };
	return undefined;
}

/**
 * True when the words keep more than 48 characters however they are cleaned: more than 49 that are neither
 * white space nor `*_\``. Most words a tag is looked for in are titles and sentences, answered here without the
 * three passes that clean them.
 */
function tooLongForTag(words: string): boolean {
	if (words.length <= 49) return false;
	let kept = 0;
	for (let i = 0; i < words.length; i++) {
		const c = words.charCodeAt(i);
		if (c === 42 || c === 95 || c === 96 || isSpace(c)) continue;
		if (++kept > 49) return true;
	}
	return false;
}

/** A venue tag in brackets at the start of a title's words (`[ICLR 2022] Title`), taken out. */
export function takeLeadingTag(text: string): { text: string; tag?: VenueTag } {
	const m = /^\s*(?:\*\*|__)?\s*[[(]\s*(?:\*\*|__|\*|_)?([^\][()\n]{2,48}?)(?:\*\*|__|\*|_)?\s*[\])]\s*(?:\*\*|__)?\s*/.exec(text);
	if (!m) return { text };
	const tag = readVenueTag(m[1]!);
	return tag ? { text: text.slice(m[0].length), tag } : { text };
}

const BRACKET_TAG = /^\s*(?:\*\*|__)?\s*[[(]\s*(?:\*\*|__|\*|_)?([^\][()\n]{1,48}?)(?:\*\*|__|\*|_)?\s*[\])]\s*(?:\*\*|__)?\s*/;
const DATE_LEAD = /^\s*[*_]{0,2}((?:19|20)\d\d)[./-](?:0?[1-9]|1[0-2])(?:[./-]\d{1,2})?[*_]{0,2}\s+/;

/**
 * Tags in front of a title's words, taken out: a venue (`[ICLR 2022]`, which says the venue and year), a
 * date (`_2018.07_`, which says the year), or a few words in brackets (`[Stanford]`, `[AI] [HCI]`, `[DCN]`)
 * that file the reading rather than name it. Only words with a title after them lose their tags.
 */
export function takeLeadingTags(text: string): { text: string; tag?: VenueTag } {
	let t = text;
	let tag: VenueTag | undefined;
	for (let k = 0; k < 4; k++) {
		const date = DATE_LEAD.exec(t);
		if (date) {
			tag ??= { year: Number(date[1]) };
			t = t.slice(date[0].length);
			continue;
		}
		const m = BRACKET_TAG.exec(t);
		if (!m) break;
		const rest = t.slice(m[0].length);
		const venue = readVenueTag(m[1]!);
		// A tag has a letter (`[2106.01234]` is an arXiv number, which the browser-tab rule reads).
		if (!venue && (m[1]!.trim().split(/\s+/).length > 4 || !/\p{L}/u.test(m[1]!) || !/\p{L}[\p{L}\p{N}'’-]*\s+\p{L}/u.test(rest))) break;
		if (venue) tag ??= venue;
		t = rest;
	}
	return tag ? { text: t, tag } : { text: t };
}

/** A venue tag closing a citation (`Title. ICLR 2017.`, `Title (CVPR 2019)`), taken out. */
export function takeTrailingTag(text: string): { text: string; tag?: VenueTag } {
	// Only text ending in a closing bracket or a year can end in a tag: most titles are answered by one test.
	if (!/[\])]\W*$|\d\W*$/.test(text)) return { text };
	const paren = /\s*[[(]\s*(?:\*|_)?([^\][()\n]{2,48}?)(?:\*|_)?\s*[\])][\s.,;]*$/.exec(text);
	if (paren) {
		const tag = readVenueTag(paren[1]!);
		if (tag?.year !== undefined) return { text: text.slice(0, paren.index), tag };
		// `(Stanford 2017)`, `(2014)`: who made it and when, after the title; the year is kept.
		const year = /^(?:[\p{L}&.' -]{0,30}\s)?((?:19|20)\d\d)$/u.exec(paren[1]!.trim());
		if (year) return { text: text.slice(0, paren.index), tag: { year: Number(year[1]) } };
	}
	const dot = /[.,]\s+((?:[A-Z][A-Za-z-]*\s+){0,3}[A-Z][A-Za-z-]*\s*['’]?(?:\d{4}|\d{2}))\.?\s*$/.exec(text);
	if (dot) {
		const tag = readVenueTag(dot[1]!);
		if (tag?.year !== undefined) return { text: text.slice(0, dot.index + 1), tag };
	}
	return { text };
}
