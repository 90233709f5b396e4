/**
 * The import report, worked out in one place from the planned writes and
 * what planning found. The preview shows it before anything is written; the
 * same function, told which writes could not be made, gives the report the
 * CLI prints and the plugin's notice shows, so the two agree whenever every
 * write goes through.
 */
import type { ImportReport, PlanFindings, PlannedWrite, Undone } from './types';

/** What the fields of a write are called in the report. */
function fieldsOf(w: PlannedWrite): string[] {
	if (w.op === 'patch') return w.fields;
	if (w.op === 'block') return [w.type === 'topic' ? 'filed here' : 'list'];
	if (w.op === 'upgrade') return ['views'];
	return [];
}

/**
 * The report of `writes`, less the `undone` ones: a note is created, updated
 * (the fields of every write to it, in order), skipped with a reason, or
 * unchanged. `removedTemporary` counts leftovers cleared before the scan.
 */
export function importReport(writes: PlannedWrite[], findings: PlanFindings, undone: Undone[] = [], removedTemporary = 0): ImportReport {
	const notMade = new Map(undone.map((u) => [u.write, u]));
	const { missing, listChanges } = findings;
	const report: ImportReport = { created: [], updated: [], unchanged: 0, skipped: [...findings.skipped], missing, listChanges, advanced: [], removedTemporary };
	if (findings.templateProblems?.length) report.templateProblems = findings.templateProblems;
	if (findings.empty?.length) report.empty = findings.empty;
	const updated = new Map<string, ImportReport['updated'][number]>();
	// A note counts as unchanged only when no write was even planned for it, or the planned one found it already so.
	const touched = new Set<string>();
	for (const w of writes) {
		const u = notMade.get(w);
		if (u && u.reason === undefined) continue;
		touched.add(w.path);
		if (u) continue;
		if (w.op === 'create') {
			report.created.push({ path: w.path, type: w.type, ...(w.about ?? {}) });
			if (w.finish) (report.finished ??= []).push(w.path);
			continue;
		}
		const entry = updated.get(w.path);
		if (entry) entry.fields.push(...fieldsOf(w));
		else updated.set(w.path, { path: w.path, type: w.type, fields: [...fieldsOf(w)] });
		if (w.op === 'patch' && w.advance) report.advanced.push({ path: w.path, ...w.advance });
	}
	report.updated = [...updated.values()];
	report.unchanged = findings.existing.filter((p) => !touched.has(p)).length;
	for (const u of undone) if (u.reason !== undefined) report.skipped.push({ path: u.write.path, reason: u.reason });
	return report;
}
