/** What the picker searches and what it answers: one record per resource or concept. */
import type { Place } from '../library/places';
import type { Kind, Status } from '../types';

/** What the picker searches. */
export interface SearchRecord {
	id: string;
	type: 'resource' | 'concept';
	title: string;
	/** Other names of the note, and fetched titles and authors: searched almost as the title is. */
	aliases: string[];
	/** The titles of the rows above it in its lists, and of the topics its note links, each once: its topic words. */
	topics: string[];
	/** Where it sits: each list that holds it and the rows above it there, one per place, lists by title. */
	places: Place[];
	/** What a list line called it, where that says more than its title (a renamed note, one named by its arXiv id). */
	listed: string[];
	/** What its About callout says (see about.ts): searched, but weaker than its topics. */
	about: string[];
	kind?: Kind;
	status: Status;
	url?: string;
	lists: string[];
	/** Bibliographic properties, for `author:` and `year:` and the detail line. */
	authors?: string[];
	year?: number;
	venue?: string;
	/** Position in study order, for Next up and empty queries. */
	order: number;
	/** `authors · year · venue` from fetched metadata. */
	detail?: string;
}

/** Why a result matched when its title does not say it: listed or known by other words, under a topic, mentioned. */
export interface MatchReason {
	kind: 'listed' | 'alias' | 'topic' | 'about';
	/** The list line's words, the alias, the topic's title, or the words of the About text that matched. */
	text: string;
}

/** One answer to a query. */
export interface SearchResult {
	record: SearchRecord;
	/** Lower is better. */
	score: number;
	/** Inclusive ranges of `record.title` to highlight. */
	titleMatches: [number, number][];
	/** Set when the query's words are found beside the title rather than in it. */
	reason?: MatchReason;
}

/** The bibliographic fields of a record, only those the resource has. */
export function bibliography(r: { authors?: string[]; year?: number; venue?: string }): Pick<SearchRecord, 'authors' | 'year' | 'venue'> {
	return { ...(r.authors?.length ? { authors: r.authors } : {}), ...(r.year !== undefined ? { year: r.year } : {}), ...(r.venue ? { venue: r.venue } : {}) };
}

/** The picker's detail line for a resource: `authors · year · venue`, or '' when it has none. */
export function bibliographyLine(r: Pick<SearchRecord, 'authors' | 'year' | 'venue'>): string {
	const authors = r.authors?.length ? (r.authors.length > 3 ? `${r.authors.slice(0, 3).join(', ')} et al.` : r.authors.join(', ')) : '';
	return [authors, r.year !== undefined ? String(r.year) : '', r.venue ?? ''].filter(Boolean).join(' · ');
}
