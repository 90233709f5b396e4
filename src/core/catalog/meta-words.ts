/**
 * Who wrote a reading, when and where, from the words a list writes around
 * its title: a byline under it (`*Andrej Karpathy (2015)*`, `*Ada Okafor,
 * Lin Wei.* ACL'24`, `Sanjeev Arora and Nikunj Saunshi. *ICML 2019*`), a
 * venue and year after it (`**Title.** ICLR 2020.`, `…, Morgan & Claypool,
 * 2020.`). Only known venues are read out of running words; a bracketed tag
 * is read in `text/venue.ts`.
 */
import type { ResourceMeta } from '../types';
import { KNOWN_VENUES, type VenueTag } from '../text/venue';
import { parseAuthors, type Citation } from './citation';

// Venue names that are also common words (`Data Science 2020`) are read only in a tag, never out of running words.
const COMMON = new Set(['science', 'nature', 'cell', 'micro', 'chi', 'www', 'openreview', 'bioinformatics']);
const VENUE_WORDS = [...KNOWN_VENUES].filter((v) => !v.includes(' ') && !COMMON.has(v)).sort((a, b) => b.length - a.length);
// A known venue with its year (`ICLR 2020`, `ACL'24`, `NeurIPS-2021`), as a word of the text.
const VENUE_YEAR = new RegExp(String.raw`(?:^|[^\p{L}\p{N}])(${VENUE_WORDS.join('|')})(?:\s*['’]|[\s-]+)((?:19|20)\d\d|\d\d)(?![\p{N}])`, 'iu');
const MAYBE_YEAR = /[\s'’-]\d\d/;
const YEAR_END = /(?:\(|,\s*|\s)((?:19|20)\d\d)\)?[.\s*_]*$/;

/** The first known venue with a year in the text, as written (`ICLR`, `NeurIPS`). */
export function knownVenueIn(text: string): { venue: string; year: number; at: number; length: number } | undefined {
	// A venue's year is two digits after a space, a quote or a dash: most words have none, and skip the long expression.
	if (!MAYBE_YEAR.test(text)) return undefined;
	const m = VENUE_YEAR.exec(text);
	if (!m) return undefined;
	const y = m[2]!;
	const year = y.length === 2 ? 2000 + Number(y) : Number(y);
	const start = m.index + m[0].indexOf(m[1]!);
	return { venue: m[1]!, year, at: start, length: m.index + m[0].length - start };
}

/** What one line of words near a title says of its authors, year and venue, if anything. */
export function metaOfLine(line: string): ResourceMeta | undefined {
	// Every line that says a year or a venue's has two digits in a row.
	if (!/\d\d/.test(line)) return undefined;
	const text = line.replace(/\s+/g, ' ').trim();
	if (!text || text.length > 400) return undefined;
	const meta: ResourceMeta = {};
	let rest = text;
	const v = knownVenueIn(text);
	if (v) {
		meta.venue = v.venue;
		meta.year = v.year;
		rest = text.slice(0, v.at) + ' ' + text.slice(v.at + v.length);
	}
	const end = YEAR_END.exec(rest);
	if (end && meta.year === undefined) {
		meta.year = Number(end[1]);
		rest = rest.slice(0, end.index);
	}
	// What is left is a byline when it is set apart as one: in italics, before `(2015)` or `et al.`, or right before a venue.
	const names = rest.replace(/[*_]/g, ' ').replace(/\([^)]*\)/g, ' ').replace(/[\s.,;:]+$/, '').trim();
	const setApart = /^\s*[*_]/.test(text) || /\(\s*(?:19|20)\d\d\s*\)/.test(text) || /\bet al\b/.test(text) || v !== undefined;
	if (names && setApart && (meta.year !== undefined || meta.venue)) {
		const authors = parseAuthors(names);
		if (authors.length && authors.every(isName)) meta.authors = authors;
	}
	return meta.year !== undefined || meta.venue ? meta : undefined;
}

/** A person's name as bylines write it: one to four capitalised words or initials, with their particles. */
function isName(name: string): boolean {
	const words = name.split(' ');
	return words.length <= 4 && words.every((w) => /^(?:\p{Lu}[\p{L}'’-]*\.?|(?:\p{Lu}\.-?)+|van|von|de|der|den|da|di|du|le|la|del|dos|bin|al|al\.|et)$/u.test(w)) && /\p{Lu}/u.test(name);
}

/** `by 3Blue1Brown: …`, `by Ada Okafor and Lin Wei, a survey`: who made a reading, written after it. */
export function byline(after: string): string[] {
	const m = /^\s*[,(-]?\s*by\s+([\p{Lu}][\p{L}\p{N}.'’-]*(?:\s+(?:[\p{Lu}][\p{L}\p{N}.'’-]*|van|von|de|der|da|di|le|la))*(?:\s*(?:,|and|&)\s*[\p{Lu}][\p{L}\p{N}.'’-]*(?:\s+[\p{Lu}][\p{L}\p{N}.'’-]*)*)*)\s*(?:[:),.;–—-]|$)/u.exec(after);
	if (!m) return [];
	const names = parseAuthors(m[1]!);
	return names.length <= 6 ? names : [];
}

/** Fill what a reading's meta lacks from the first of its note lines that says it. */
export function metaFromNotes(meta: ResourceMeta | undefined, notes: string[]): ResourceMeta | undefined {
	if (meta?.year !== undefined && meta.venue && meta.authors?.length) return meta;
	for (const n of notes) {
		const found = metaOfLine(n);
		if (found) return { ...found, ...meta };
	}
	return meta;
}

/** A reading's meta with a tag's venue and year where it has none. */
export function withTag(meta: ResourceMeta | undefined, tag: VenueTag): ResourceMeta {
	const out: ResourceMeta = { ...meta };
	if (tag.venue && !out.venue) out.venue = tag.venue;
	if (tag.year !== undefined && out.year === undefined) out.year = tag.year;
	return out;
}

/** What a citation and a venue tag say of a reading, if anything. */
export function metaOf(c: Citation | undefined, tag: VenueTag | undefined): ResourceMeta | undefined {
	const meta: ResourceMeta = {};
	if (c?.authors.length) meta.authors = c.authors;
	const year = c?.year ?? tag?.year;
	if (year !== undefined) meta.year = year;
	const venue = c?.venue ?? tag?.venue;
	if (venue) meta.venue = venue;
	return Object.keys(meta).length ? meta : undefined;
}
