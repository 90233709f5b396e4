/**
 * `syllabus parse <file>... [--json] [--keep-all]`: read lists and print the
 * catalog, as a readable summary or as the JSON other tools consume, with
 * each list's report (what was left out, where titles came from).
 */
import { buildCatalog, catalogToJson, countOf as count, reportLines, type Catalog, type Kind } from '../core';
import { formatDiagnostic, readLists } from './read-lists';
import { usageError, type CommandResult } from './usage';

/** Resources of a kind: `1 paper`, `3 papers`; `docs` and `other` are already what a count of them reads as. */
function kindCount(n: number, kind: Kind): string {
	return kind === 'docs' || kind === 'other' ? `${n} ${kind}` : count(n, kind);
}

/** A summary per list: title, resources by kind, concepts, topics, the list's report, diagnostics. */
export function summarize(catalog: Catalog): string {
	const byId = new Map(catalog.resources.map((r) => [r.id, r]));
	const out: string[] = [];
	for (const list of catalog.lists) {
		const kinds = new Map<Kind, number>();
		for (const id of list.resourceIds) {
			const k = byId.get(id)?.kind;
			if (k) kinds.set(k, (kinds.get(k) ?? 0) + 1);
		}
		const kindText = [...kinds].sort((a, b) => b[1] - a[1]).map(([k, n]) => kindCount(n, k)).join(', ');
		out.push(`${list.title}  (${list.file})`);
		out.push(`  resources: ${list.resourceIds.length}${kindText ? ` — ${kindText}` : ''}`);
		out.push(`  concepts:  ${list.conceptIds.length}`);
		out.push(`  topics:    ${list.topicIds.length}`);
		for (const line of reportLines(list.report)) out.push(`  ${line}`);
		const diags = catalog.diagnostics.filter((d) => d.file === list.file);
		for (const d of diags) out.push(`  ${formatDiagnostic(d)}`);
		out.push('');
	}
	const listed = new Set(catalog.lists.map((l) => l.file));
	for (const d of catalog.diagnostics.filter((x) => !listed.has(x.file))) out.push(formatDiagnostic(d));
	const done = catalog.resources.filter((r) => r.status === 'done').length;
	out.push(
		`All lists: ${count(catalog.resources.length, 'resource')} (${done} done), ${count(catalog.concepts.length, 'concept')}, ` +
			`${count(catalog.topics.length, 'topic')}, ${count(catalog.diagnostics.length, 'diagnostic')}.`,
	);
	return out.join('\n') + '\n';
}

/** Run `parse` with its arguments (after the command name). */
export function runParse(args: string[]): CommandResult {
	const json = args.includes('--json');
	const unknown = args.filter((a) => a.startsWith('-') && a !== '--json' && a !== '--keep-all');
	const files = args.filter((a) => !a.startsWith('-'));
	if (unknown.length) return usageError('parse', `unknown option ${unknown[0]}`);
	if (!files.length) return usageError('parse', 'name at least one list file');
	const read = readLists(files);
	// --keep-all reads every left-out link that has an address as a reading.
	const catalog = buildCatalog(read.sources, args.includes('--keep-all') ? { keep: 'all' } : {});
	catalog.diagnostics.unshift(...read.diagnostics);
	const failed = read.diagnostics.some((d) => d.severity === 'error');
	const stdout = json ? JSON.stringify(catalogToJson(catalog), null, 2) + '\n' : summarize(catalog);
	return { stdout, stderr: '', code: failed ? 1 : 0 };
}
