/**
 * What was fetched, keyed by canonical URL with the time it was fetched, so a
 * second run makes no request. Only answers worth keeping are stored: a paper,
 * or an authoritative "no such thing"; a timeout or a spuriously empty arXiv
 * batch is tried again next time. Holds no token and no credentials.
 */
import type { Metadata, SourceName } from './types';

/** One remembered answer. */
export interface CacheEntry {
	source: SourceName;
	/** The resource's URL, without credentials. */
	url: string;
	/** ISO time of the fetch. */
	fetched: string;
	meta?: Metadata;
	/** Why there is nothing to know (a 404 from an authority). */
	missing?: string;
	/** Which service answered (arXiv, DataCite, doi.org…). */
	from?: string;
	etag?: string;
}

/** The cache file's content. */
export interface EnrichCache {
	version: 1;
	entries: Record<string, CacheEntry>;
}

/** An empty cache. */
export function emptyCache(): EnrichCache {
	return { version: 1, entries: {} };
}

/** Read a cache file's text; anything unreadable is an empty cache, never an error. */
export function parseCache(text: string | null | undefined): EnrichCache {
	if (!text) return emptyCache();
	try {
		const v = JSON.parse(text) as Partial<EnrichCache> | null;
		if (!v || v.version !== 1 || typeof v.entries !== 'object' || v.entries === null) return emptyCache();
		return { version: 1, entries: v.entries };
	} catch {
		return emptyCache();
	}
}

/** The cache as the text to save, stable for diffs. */
export function serializeCache(cache: EnrichCache): string {
	const sorted: Record<string, CacheEntry> = {};
	for (const k of Object.keys(cache.entries).sort()) sorted[k] = cache.entries[k]!;
	return `${JSON.stringify({ version: 1, entries: sorted }, null, '\t')}\n`;
}
