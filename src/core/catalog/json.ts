/**
 * The catalog in the shape `syllabus parse --json` prints and other tools rely
 * on. Kept separate from the internal types so those can grow without
 * changing the published format.
 */
import type { Catalog } from '../types';

/** The published JSON shape of a catalog. */
export interface CatalogJson {
	lists: { file: string; title: string; resources: number; concepts: number }[];
	resources: {
		id: string;
		title: string;
		aliases: string[];
		url: string;
		kind: string;
		status: string;
		arxiv?: string;
		topics: string[][];
		links: string[];
		notes: string[];
		recommendedBy?: string[];
		sources: { file: string; line: number }[];
		authors?: string[];
		year?: number;
		venue?: string;
		rating?: number;
	}[];
	concepts: { id: string; title: string; status: string; topics: string[][]; notes: string[]; sources: { file: string; line: number }[] }[];
	topics: { id: string; title: string; path: string[]; sources: { file: string; line: number }[] }[];
	diagnostics: { file: string; line: number; severity: string; message: string }[];
}

/** Shape a catalog for JSON output. */
export function catalogToJson(catalog: Catalog): CatalogJson {
	return {
		lists: catalog.lists.map((l) => ({ file: l.file, title: l.title, resources: l.resourceIds.length, concepts: l.conceptIds.length })),
		resources: catalog.resources.map((r) => ({
			id: r.id,
			title: r.title,
			aliases: r.aliases,
			url: r.url,
			kind: r.kind,
			status: r.status,
			...(r.arxiv ? { arxiv: r.arxiv } : {}),
			topics: r.topics,
			links: r.links,
			notes: r.notes,
			...(r.recommendedBy?.length ? { recommendedBy: r.recommendedBy } : {}),
			sources: r.sources,
			...(r.authors?.length ? { authors: r.authors } : {}),
			...(r.year !== undefined ? { year: r.year } : {}),
			...(r.venue ? { venue: r.venue } : {}),
			...(r.rating !== undefined ? { rating: r.rating } : {}),
		})),
		concepts: catalog.concepts.map((c) => ({ id: c.id, title: c.title, status: c.status, topics: c.topics, notes: c.notes, sources: c.sources })),
		topics: catalog.topics.map((t) => ({ id: t.id, title: t.title, path: t.path, sources: t.sources })),
		diagnostics: catalog.diagnostics,
	};
}
