/**
 * DOIs through doi.org content negotiation: one request answers for Crossref,
 * DataCite and mEDRA alike, as CSL-JSON. Abstracts arrive as JATS markup,
 * which is reduced to text.
 */
import type { Metadata } from './types';
import { plainText } from './text';

/** A DOI as found in a URL or a citation line, or undefined. */
export function findDoi(text: string): string | undefined {
	const m = /\b(10\.\d{4,9}\/[^\s"'<>]+)/.exec(text);
	return m ? decodeURIComponentSafe(m[1]!).replace(/[.,;:)\]]+$/, '') : undefined;
}

function decodeURIComponentSafe(s: string): string {
	try {
		return decodeURIComponent(s);
	} catch {
		return s;
	}
}

/** The content-negotiation URL of a DOI. */
export function doiUrl(base: string, doi: string): string {
	return `${base}/${doi.split('/').map(encodeURIComponent).join('/')}`;
}

/** What to ask doi.org for. */
export const CSL_ACCEPT = 'application/vnd.citationstyles.csl+json';

interface Csl {
	title?: unknown;
	author?: { given?: unknown; family?: unknown; literal?: unknown }[];
	issued?: { 'date-parts'?: unknown[][] };
	'container-title'?: unknown;
	DOI?: unknown;
	abstract?: unknown;
}

function str(v: unknown): string {
	if (Array.isArray(v)) return str(v[0]);
	return typeof v === 'string' ? plainText(v) : '';
}

/** Read a CSL-JSON record; undefined if it has no title. */
export function parseCsl(json: unknown): Metadata | undefined {
	const c = json as Csl | null;
	const title = str(c?.title);
	if (!c || !title) return undefined;
	const authors = (Array.isArray(c.author) ? c.author : [])
		.map((a) => (str(a.literal) || [str(a.given), str(a.family)].filter(Boolean).join(' ')))
		.filter(Boolean);
	const year = c.issued?.['date-parts']?.[0]?.[0];
	const venue = str(c['container-title']);
	const abstract = str(c.abstract).replace(/^Abstract\s+/i, '');
	return {
		title,
		...(authors.length ? { authors } : {}),
		...(typeof year === 'number' || typeof year === 'string' ? { year: String(year) } : {}),
		...(venue ? { venue } : {}),
		...(str(c.DOI) ? { doi: str(c.DOI).toLowerCase() } : {}),
		...(abstract ? { abstract } : {}),
	};
}
