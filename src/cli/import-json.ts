/**
 * `syllabus import --json`: the import report as one JSON object, the same
 * numbers the text report prints (what was created, updated, left unchanged,
 * skipped, moved forward, no longer in a list, lists replaced) plus each
 * list's report (what was left out, where titles came from) and the
 * diagnostics. Its own shape, so the internal report can grow without
 * changing what other tools read.
 */
import { listReportToJson, type Catalog, type Diagnostic, type ImportReport, type ListReportJson } from '../core';

/** The published JSON shape of an import. */
export interface ImportJson {
	dryRun: boolean;
	created: { path: string; type: string; title?: string; kind?: string; topic?: string }[];
	updated: { path: string; type: string; fields: string[] }[];
	unchanged: number;
	skipped: { path?: string; title?: string; reason: string }[];
	advanced: { path: string; title: string; from: string; to: string }[];
	missing: { list: string; path: string; title: string }[];
	listChanges: { list: string; path: string; leaving: number; staying: number }[];
	removedTemporary: number;
	/** Empty notes an interrupted import left, written whole by this one (also in `created`). */
	finished: string[];
	/** Empty notes in the import's folder that no note of these lists goes in: left as they are. */
	empty: string[];
	templateProblems: string[];
	lists: { file: string; title: string; report: ListReportJson }[];
	diagnostics: { file: string; line: number; severity: string; message: string }[];
}

/** Shape an import's report, its catalog's lists and the diagnostics for JSON output. */
export function importToJson(report: ImportReport, catalog: Catalog, diagnostics: Diagnostic[], dryRun: boolean): ImportJson {
	return {
		dryRun,
		created: report.created.map((c) => ({ path: c.path, type: c.type, ...(c.title ? { title: c.title } : {}), ...(c.kind ? { kind: c.kind } : {}), ...(c.topic ? { topic: c.topic } : {}) })),
		updated: report.updated.map((u) => ({ path: u.path, type: u.type, fields: u.fields })),
		unchanged: report.unchanged,
		skipped: report.skipped.map((s) => ({ ...(s.path ? { path: s.path } : {}), ...(s.title ? { title: s.title } : {}), reason: s.reason })),
		advanced: report.advanced.map((a) => ({ path: a.path, title: a.title, from: a.from, to: a.to })),
		missing: report.missing.map((m) => ({ list: m.list, path: m.path, title: m.title })),
		listChanges: report.listChanges.map((c) => ({ list: c.list, path: c.path, leaving: c.leaving, staying: c.staying })),
		removedTemporary: report.removedTemporary,
		finished: report.finished ?? [],
		empty: report.empty ?? [],
		templateProblems: report.templateProblems ?? [],
		lists: catalog.lists.map((l) => ({ file: l.file, title: l.title, report: listReportToJson(l.report) })),
		diagnostics: diagnostics.map((d) => ({ file: d.file, line: d.line, severity: d.severity, message: d.message })),
	};
}
