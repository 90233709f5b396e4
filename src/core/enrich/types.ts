/**
 * What enrichment knows about a resource, where it asks, and what it reports.
 * Plain data: the cache stores `Metadata` as JSON and the planner turns it
 * into properties and a line of text.
 */

/** Fields a source can fill. Every one is optional: sources know different things. */
export interface Metadata {
	title?: string;
	authors?: string[];
	year?: string;
	venue?: string;
	doi?: string;
	arxiv?: string;
	abstract?: string;
	/** Repositories. */
	description?: string;
	stars?: number;
	language?: string;
	topics?: string[];
	archived?: boolean;
	pushed?: string;
	/** Videos: the channel's name. */
	channel?: string;
}

/** The sources, by the name `--only` and the settings use. */
export type SourceName = 'arxiv' | 'doi' | 'github' | 'youtube' | 'web';

/** Every source, in the order a run asks them. */
export const SOURCE_NAMES: readonly SourceName[] = ['arxiv', 'doi', 'github', 'youtube', 'web'];

/** One resource to look up: its canonical key, the URL to show, and what identifies it. */
export interface EnrichTarget {
	key: string;
	url: string;
	source: SourceName;
	/** arXiv id, DOI, `owner/repo`, or the page URL itself. */
	id: string;
}

/** A lookup's result for one target. */
export type Lookup =
	| { ok: true; meta: Metadata; source: string; etag?: string }
	/** `final`: an authoritative "no such thing", worth remembering; otherwise try again next run. */
	| { ok: false; reason: string; final?: boolean };

/** Base URLs of each API: replaceable, so a test can point the whole path at a local server. */
export interface Endpoints {
	arxiv: string;
	datacite: string;
	doi: string;
	github: string;
	oembed: string;
}

/** The public services. */
export const DEFAULT_ENDPOINTS: Readonly<Endpoints> = Object.freeze({
	arxiv: 'https://export.arxiv.org/api/query',
	datacite: 'https://api.datacite.org/dois',
	doi: 'https://doi.org',
	github: 'https://api.github.com',
	oembed: 'https://www.youtube.com/oembed',
});
