/**
 * Which source can tell us about a URL: arXiv for papers with an arXiv id,
 * doi.org for DOIs (in the link or in what the list said about it), the GitHub
 * API for repositories, oEmbed for YouTube, the page itself for the rest.
 */
import { canonicalize } from '../url/canonical';
import { findDoi } from './csl';
import type { EnrichTarget, SourceName } from './types';

/** Path segments under github.com that are not an owner. */
const GITHUB_PAGES = new Set(['orgs', 'topics', 'features', 'marketplace', 'sponsors', 'settings', 'search', 'explore', 'collections', 'trending', 'about', 'pricing', 'login', 'apps']);

/** The lookup for a resource's URL (and the text the lists said about it), or undefined. */
export function targetOf(url: string, said = ''): EnrichTarget | undefined {
	const c = canonicalize(url);
	if (!c) return undefined;
	const base = { key: c.key, url: c.url };
	if (c.arxiv) return { ...base, source: 'arxiv', id: c.arxiv };
	if (c.host === 'doi.org' || c.host === 'dx.doi.org') {
		const doi = findDoi(c.segments.join('/'));
		if (doi) return { ...base, source: 'doi', id: doi };
	}
	const citedDoi = findDoi(said);
	if (citedDoi) return { ...base, source: 'doi', id: citedDoi };
	if (c.host === 'github.com' && c.segments.length >= 2 && !GITHUB_PAGES.has(c.segments[0]!.toLowerCase())) {
		return { ...base, source: 'github', id: `${c.segments[0]}/${c.segments[1]}` };
	}
	if (c.youtube || (c.host === 'youtube.com' && c.segments[0] === 'playlist')) return { ...base, source: 'youtube', id: c.url };
	return { ...base, source: 'web', id: c.url };
}

/** Parse `--only arxiv,github`: the names, or the first unknown one. */
export function parseSources(text: string): { sources: SourceName[] } | { unknown: string } {
	const names = text.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
	const all: SourceName[] = ['arxiv', 'doi', 'github', 'youtube', 'web'];
	const bad = names.find((n) => !all.includes(n as SourceName));
	return bad ? { unknown: bad } : { sources: names as SourceName[] };
}
