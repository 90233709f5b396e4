/**
 * The words that name one reading: hints split off a title (`DPO (blog
 * material)`), and the primary link's title from the words around it (its
 * name, else a citation, the strong text, the words before it, or after a
 * bare URL), with what is left over as notes.
 */
import { isGenericLabel, stripMarkup } from '../text/clean';
import { readVenueTag, takeLeadingTag } from '../text/venue';
import { readCitation, type Citation } from './citation';
import { wordsOnly, type Candidates } from './candidates';
import { byline } from './meta-words';
import type { ResSeg } from './segments';
import { boldPart, cleanNote, cleanTitle, dropTagLists } from './words';

// Parenthesised words that say what the reader meant to do, not what the thing is called.
const HINT_PAREN = /\s*\((?:\?+|blogs?|blog material|blog post|video|paper|to read|later|maybe|todo|tbd|optional)\)\s*/gi;
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

/** The primary link's title and notes: its name, else a citation, the strong text, the words before it, or (for a bare URL) the words after it. */
export function titleAround(c: Candidates, primary: ResSeg, raw: string): { title?: string; notes: string[]; citation?: Citation; aliases?: string[]; authors?: string[] } {
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
