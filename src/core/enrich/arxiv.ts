/**
 * arXiv's export API: many ids per request, answered as an Atom feed. Entries
 * come back in any order and only for ids that exist, so they are matched by
 * id, never by position. The feed's own `<title>` ("arXiv Query: …") is
 * outside every `<entry>` and never mistaken for a paper's. DataCite holds the
 * same papers under `10.48550/arXiv.<id>`, for when arXiv is limiting.
 */
import type { Metadata } from './types';
import { elements, plainText, tagAttributes, yearOf } from './text';

/** Most ids in one request. */
export const ARXIV_BATCH = 50;

/** The export API URL for a batch: `max_results` is the batch size (the default is 10). */
export function arxivUrl(base: string, ids: string[]): string {
	return `${base}?id_list=${ids.map(encodeURIComponent).join(',')}&max_results=${ids.length}`;
}

/** An id without its version, lower-cased: how entries and requests are matched. */
export function arxivKey(id: string): string {
	return id.trim().toLowerCase().replace(/v\d+$/, '');
}

/** What a feed said: papers by id, or the error arXiv reported. */
export type ArxivFeed = { ok: true; papers: Map<string, Metadata>; total: number } | { ok: false; reason: string };

/** Read an export API feed. Never throws: a body that is not a feed is a failure. */
export function parseArxivFeed(xml: string): ArxivFeed {
	if (!/<feed[\s>]/.test(xml)) return { ok: false, reason: 'arXiv answered with something that is not a feed' };
	const papers = new Map<string, Metadata>();
	for (const entry of elements(xml, 'entry')) {
		const idText = plainText(elements(entry, 'id')[0] ?? '');
		const title = plainText(elements(entry, 'title')[0] ?? '');
		if (/\/api\/errors/.test(idText) || title === 'Error') {
			return { ok: false, reason: `arXiv: ${plainText(elements(entry, 'summary')[0] ?? 'error')}` };
		}
		const m = /arxiv\.org\/abs\/(.+?)(v\d+)?$/.exec(idText);
		if (!m) continue;
		const id = m[1]!;
		const authors = elements(entry, 'author').map((a) => plainText(elements(a, 'name')[0] ?? '')).filter(Boolean);
		const doi = plainText(elements(entry, 'doi')[0] ?? '');
		const venue = plainText(elements(entry, 'journal_ref')[0] ?? '');
		const primary = tagAttributes(entry, 'primary_category')[0]?.term;
		papers.set(arxivKey(id), {
			title,
			...(authors.length ? { authors } : {}),
			...(yearOf(plainText(elements(entry, 'published')[0] ?? '')) ? { year: yearOf(plainText(elements(entry, 'published')[0] ?? ''))! } : {}),
			...(venue ? { venue } : primary ? { venue: `arXiv ${primary}` } : {}),
			...(doi ? { doi } : {}),
			arxiv: id,
			...(plainText(elements(entry, 'summary')[0] ?? '') ? { abstract: plainText(elements(entry, 'summary')[0] ?? '') } : {}),
		});
	}
	const total = Number(plainText(elements(xml, 'totalResults')[0] ?? '0')) || 0;
	return { ok: true, papers, total };
}

/** The DataCite record URL for an arXiv paper. */
export function dataciteUrl(base: string, id: string): string {
	return `${base}/${encodeURIComponent(`10.48550/arXiv.${id}`).replace(/%2F/gi, '/')}`;
}

interface DataciteDoc {
	data?: {
		attributes?: {
			doi?: string;
			titles?: { title?: unknown }[];
			creators?: { name?: unknown; givenName?: unknown; familyName?: unknown }[];
			publicationYear?: unknown;
			publisher?: unknown;
			descriptions?: { description?: unknown; descriptionType?: unknown }[];
		};
	};
}

/** Read a DataCite JSON:API record; undefined if it has no title. */
export function parseDatacite(json: unknown, arxivId: string): Metadata | undefined {
	const a = (json as DataciteDoc | null)?.data?.attributes;
	const title = typeof a?.titles?.[0]?.title === 'string' ? plainText(a.titles[0].title) : '';
	if (!a || !title) return undefined;
	const authors = (a.creators ?? [])
		.map((c) => (typeof c.givenName === 'string' && typeof c.familyName === 'string' ? `${c.givenName} ${c.familyName}` : typeof c.name === 'string' ? c.name : ''))
		.filter(Boolean);
	const abs = a.descriptions?.find((d) => d.descriptionType === 'Abstract')?.description;
	const year = typeof a.publicationYear === 'number' || typeof a.publicationYear === 'string' ? String(a.publicationYear) : undefined;
	return {
		title,
		...(authors.length ? { authors } : {}),
		...(year ? { year } : {}),
		...(typeof a.doi === 'string' ? { doi: a.doi.toLowerCase() } : {}),
		arxiv: arxivId,
		...(typeof abs === 'string' && abs.trim() ? { abstract: plainText(abs) } : {}),
	};
}
