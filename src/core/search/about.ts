/**
 * What the picker may also search in a note's generated "About" callout: the
 * first sentence of a fetched abstract, what the lists said about the item
 * (their notes and comments) and the names of who recommended it. Only short
 * terms, so a half-remembered phrase finds the paper without the index
 * growing with every abstract's length.
 */
import { wikilinkWords } from '../note/wikilinks';
import { SAID_CALLOUT } from '../note/render';

/** Longest term kept, in characters. */
const MAX_TERM = 160;
/** Most terms kept per note. */
const MAX_TERMS = 6;

/** Lines of the callout that say where the item is, not what it is. */
const BOOKKEEPING = /^(?:Listed in |Related: |Mentions: |Filed under )/;

function plain(line: string): string {
	return wikilinkWords(line)
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/<https?:\/\/[^>]*>|https?:\/\/\S+/g, '')
		.replace(/[*_`]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

function firstSentence(text: string): string {
	const m = /^(.+?[.!?])(?:\s|$)/.exec(text);
	const s = m ? m[1]! : text;
	return s.length > MAX_TERM ? `${s.slice(0, MAX_TERM).replace(/\s+\S*$/, '')}` : s;
}

/** The searchable terms of a note's "About" (or older "From your lists") callout. */
export function aboutTerms(text: string): string[] {
	const start = SAID_CALLOUT.exec(text);
	if (!start) return [];
	const out: string[] = [];
	const rest = text.slice(start.index + start[0].length + 1).split('\n');
	for (const raw of rest) {
		if (!raw.startsWith('>')) break;
		const said = raw.replace(/^>\s?/, '');
		const line = plain(said);
		if (!line || BOOKKEEPING.test(said)) continue;
		const rec = /^Recommended by (.+?)\.?$/.exec(line);
		if (rec) out.push(...rec[1]!.split(/,\s*/).map((n) => n.trim()).filter(Boolean));
		else out.push(firstSentence(line));
		if (out.length >= MAX_TERMS) break;
	}
	return [...new Set(out)].slice(0, MAX_TERMS);
}
