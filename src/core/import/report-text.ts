/**
 * The import report in words, written once: the CLI prints these sentences,
 * the plugin's notice and its report note say the same, so a count reads the
 * same wherever the reader meets it. The base file is named apart from the
 * notes: it is made once and never counted as unchanged, so a first run's
 * "Created 457 notes" meets a second run's "457 unchanged".
 */
import { countOf } from '../text/count';
import type { ImportReport } from './types';

/** New notes by type, in the order they come: `85 topics, 313 resources`. */
function byType(items: { type: string }[]): string {
	const counts = new Map<string, number>();
	for (const i of items) counts.set(i.type, (counts.get(i.type) ?? 0) + 1);
	return [...counts].map(([t, n]) => countOf(n, t)).join(', ');
}

/** The notes of a report apart from the base, and what befell the base. */
function notesAndBase(report: ImportReport): { created: ImportReport['created']; updated: number; base?: string; baseUpdated: boolean } {
	const base = report.created.find((c) => c.type === 'base')?.path;
	return {
		created: report.created.filter((c) => c.type !== 'base'),
		updated: report.updated.filter((u) => u.type !== 'base').length,
		...(base ? { base } : {}),
		baseUpdated: report.updated.some((u) => u.type === 'base'),
	};
}

/** The report's two count sentences: what was (or would be) created, and updated or left as it was. */
export function countSentences(report: ImportReport, dryRun = false): { created: string; updated: string } {
	const { created, updated, base, baseUpdated } = notesAndBase(report);
	const kinds = created.length ? ` (${byType(created)})` : '';
	const made = `${countOf(created.length, 'note')}${kinds}${base ? ` and the base ${base}` : ''}`;
	return {
		created: `${dryRun ? 'Would create' : 'Created'} ${made}.`,
		updated: `${dryRun ? 'Would update' : 'Updated'} ${countOf(updated, 'note')}${baseUpdated ? ' and the base' : ''}; ${report.unchanged} unchanged.`,
	};
}

/** After an interrupted import: the empty notes this one finished, and those it left (each then listed by path). */
export function recoverySentences(report: ImportReport, dryRun = false): { finished?: string; empty?: string } {
	const finished = report.finished?.length ?? 0;
	const empty = report.empty?.length ?? 0;
	const out: { finished?: string; empty?: string } = {};
	if (finished) out.finished = `${dryRun ? 'Would finish' : 'Finished'} ${countOf(finished, 'note')} an interrupted import left empty (counted as created).`;
	const are = empty === 1 ? 'is left as it is' : 'are left as they are';
	if (empty) out.empty = `${countOf(empty, 'empty note')} in the import's folder ${are}: no note of these lists goes there.`;
	return out;
}

/** The report in one line of clauses, for a notice: `created 3 notes, updated 1 note, 450 unchanged, 2 skipped`. */
export function summaryClauses(report: ImportReport): string[] {
	const { created, updated, base } = notesAndBase(report);
	const out = [`created ${countOf(created.length, 'note')}${base ? ' and the base' : ''}`, `updated ${countOf(updated, 'note')}`, `${report.unchanged} unchanged`];
	if (report.finished?.length) out.push(`${report.finished.length} of the new left empty by an interrupted import`);
	if (report.skipped.length) out.push(`${report.skipped.length} skipped`);
	const { items, topics } = missingParts(report);
	if (items.length) out.push(`${items.length} no longer in the list`);
	if (topics.length) out.push(`${countOf(topics.length, 'topic note')} no longer used`);
	if (report.advanced.length) out.push(`${report.advanced.length} moved forward by the list`);
	const empty = report.empty?.length ?? 0;
	if (empty) out.push(`${countOf(empty, 'empty note')} in the folder left as ${empty === 1 ? 'it is' : 'they are'}`);
	return out;
}

/** What a re-imported list no longer has: its items, and the topic notes it no longer uses. */
export function missingParts(report: Pick<ImportReport, 'missing'>): { items: ImportReport['missing']; topics: ImportReport['missing'] } {
	return { items: report.missing.filter((m) => !m.topic), topics: report.missing.filter((m) => m.topic) };
}

/** The sentences that head each part of `missingParts`, the same in the CLI and the report note. */
export function missingSentences(report: Pick<ImportReport, 'missing'>): { items?: string; topics?: string } {
	const { items, topics } = missingParts(report);
	const out: { items?: string; topics?: string } = {};
	if (items.length) out.items = `${countOf(items.length, 'item')} ${items.length === 1 ? 'is no longer in its' : 'are no longer in their'} list (notes kept)`;
	if (topics.length) {
		const used = topics.length === 1 ? 'is no longer used by its list; left as it is' : 'are no longer used by their lists; left as they are';
		out.topics = `${countOf(topics.length, 'topic note')} ${used}`;
	}
	return out;
}
