/**
 * The catalog in the shape `syllabus parse --json` prints and other tools rely
 * on. Kept separate from the internal types so those can grow without
 * changing the published format.
 */
import type { Catalog, ListReport } from '../types';

/** What reading a list found besides its readings (`ListReport`), as published. */
export interface ListReportJson {
	readings: number;
	related: number;
	leftOut: { url: string; label: string; kind: string; line: number }[];
	commentedOut: { url: string; line: number }[];
	titles: { list: number; heading: number; address: number };
}

/** The published JSON shape of a list's report. */
export function listReportToJson(r: ListReport): ListReportJson {
	return {
		readings: r.readings,
		related: r.related,
		leftOut: r.leftOut.map((l) => ({ url: l.url, label: l.label, kind: l.kind, line: l.line })),
		commentedOut: r.commentedOut.map((c) => ({ url: c.url, line: c.line })),
		titles: { list: r.titles.list, heading: r.titles.heading, address: r.titles.address },
	};
}

/** The published JSON shape of a catalog. */
export interface CatalogJson {
	lists: { file: string; title: string; resources: number; concepts: number; report: ListReportJson }[];
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
		lists: catalog.lists.map((l) => ({ file: l.file, title: l.title, resources: l.resourceIds.length, concepts: l.conceptIds.length, report: listReportToJson(l.report) })),
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
