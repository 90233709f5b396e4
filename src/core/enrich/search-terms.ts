/**
 * What fetched metadata adds to the picker: the fetched title and the authors
 * as words to search, and a detail line `Tri Dao, Daniel Y. Fu et al. · 2022 ·
 * NeurIPS`. Read from properties alone, so the library needs no note bodies.
 */
import { scalarText } from '../note/frontmatter';

/** Search words and a detail line from a note's properties; empty when nothing was fetched. */
export function metadataSearchTerms(properties: Record<string, unknown>): { terms: string[]; detail?: string } {
	const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(scalarText) : scalarText(v) ? [scalarText(v)] : []).map((s) => s.trim()).filter(Boolean);
	const title = scalarText(properties.title).trim();
	const authors = list(properties.authors);
	const year = scalarText(properties.year).trim();
	const venue = scalarText(properties.venue).trim();
	const who = authors.length > 2 ? `${authors.slice(0, 2).join(', ')} et al.` : authors.join(', ');
	const detail = [who, year, venue].filter(Boolean).join(' · ');
	return { terms: [...(title ? [title] : []), ...authors], ...(detail ? { detail } : {}) };
}
