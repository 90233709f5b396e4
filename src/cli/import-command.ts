/**
 * `syllabus import <file>... --vault <dir> [--folder Syllabus] [--dry-run] [--keep-status] [--keep-all] [--json]`
 * and `syllabus stats --vault <dir>`: the vault commands, over the file system.
 */
import { missingParts, missingSentences, buildCatalog, buildStudyPlan, CONTENTS, countOf as count, countSentences, describeListChange, recoverySentences, importCatalog, keepable, leftOutLine, libraryFromScan, localDate, planProgress, type CatalogList, type ImportReport, type ListProgress, type Tally } from '../core';
import { vaultProblem } from './check-vault';
import { FsVault } from './fs-vault';
import { importToJson } from './import-json';
import { catalogKey } from './import-receipts';
import { progressLine } from './progress-line';
import { formatDiagnostic, readLists } from './read-lists';
import { readTemplates, TEMPLATE_OPTIONS } from './templates';
import { usageError, type CommandResult } from './usage';
import { skippedLines, withoutYamlPosition } from './yaml-line';

/** Options and positional arguments of a command line. */
export function parseArgs(args: string[], valued: string[], flags: string[]): { files: string[]; values: Map<string, string>; flags: Set<string>; error?: string } {
	const files: string[] = [];
	const values = new Map<string, string>();
	const set = new Set<string>();
	for (let i = 0; i < args.length; i++) {
		const a = args[i]!;
		const [name, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
		if (valued.includes(name)) {
			const v = inline ?? args[++i];
			if (v === undefined || v === '') return { files, values, flags: set, error: `${name} needs a value` };
			values.set(name, v);
		} else if (flags.includes(name)) set.add(name);
		else if (a.startsWith('-') && a !== '-') return { files, values, flags: set, error: `unknown option ${a}` };
		else files.push(a);
	}
	return { files, values, flags: set };
}

/** The flags `import` takes (`--enrich` is the dispatcher's). */
export const IMPORT_FLAGS = ['--dry-run', '--keep-status', '--keep-all', '--json'];

/** A list's left-out line, and how to import what can be: `--keep-all`, for all but contents links, which have no address. */
function leftOutHint(list: Pick<CatalogList, 'title' | 'report'>, keptAll: boolean): string | undefined {
	const line = leftOutLine(list.title, list.report);
	if (!line) return undefined;
	const n = keepable(list.report);
	if (keptAll || n === 0) return `${line}.`;
	const all = n === list.report.leftOut.length || !list.report.leftOut.some((l) => l.kind === CONTENTS);
	return `${line}; run with --keep-all to import ${all ? 'them' : 'all but the contents links'}.`;
}

/** What the import report adds to the core's report. */
export interface ReportContext {
	/** The catalog's lists: a line for each that left links out. */
	lists?: Pick<CatalogList, 'title' | 'report'>[];
	/** `--keep-all` was given. */
	keptAll?: boolean;
	/** The line at which each skipped note's front matter breaks, by path (`skippedLines`). */
	skippedAt?: Map<string, number>;
}

/** The import report as a person reads it: the core's sentences (`countSentences`), each with what it counts. */
export function formatReport(report: ImportReport, dryRun: boolean, context: ReportContext = {}): string {
	const out: string[] = [];
	if (report.removedTemporary) out.push(`${dryRun ? 'Would remove' : 'Removed'} ${count(report.removedTemporary, 'temporary file')} left by an interrupted import.`);
	for (const c of report.listChanges) out.push(describeListChange(c));
	for (const p of report.templateProblems ?? []) out.push(`Note: ${p}.`);
	const counts = countSentences(report, dryRun);
	out.push(counts.created, counts.updated);
	const recovery = recoverySentences(report, dryRun);
	if (recovery.finished) out.push(recovery.finished);
	if (recovery.empty) out.push(recovery.empty, ...(report.empty ?? []).map((p) => `  empty ${p}`));
	for (const u of report.updated) out.push(`  updated ${u.path}: ${u.fields.join(', ')}`);
	for (const s of report.skipped) {
		const line = s.path ? context.skippedAt?.get(s.path) : undefined;
		out.push(line === undefined ? `  skipped ${s.path ?? s.title ?? ''}: ${s.reason}` : `  skipped ${s.path!}:${line}: ${withoutYamlPosition(s.reason)}`);
	}
	if (report.advanced.length) {
		out.push(`${count(report.advanced.length, 'note')} moved forward because a list marks ${report.advanced.length === 1 ? 'it' : 'them'} so:`);
		for (const a of report.advanced) out.push(`  ${a.path}: ${a.from} → ${a.to}`);
	}
	const missing = missingParts(report);
	const said = missingSentences(report);
	if (said.items) out.push(`${said.items}:`, ...missing.items.map((m) => `  ${m.list}: ${m.path}`));
	if (said.topics) out.push(`${said.topics}:`, ...missing.topics.map((m) => `  ${m.list}: ${m.path}`));
	for (const list of context.lists ?? []) {
		const line = leftOutHint(list, context.keptAll ?? false);
		if (line) out.push(line);
	}
	return out.join('\n') + '\n';
}

/** Run `import`. */
/** `created`: the resource notes this import created (vault-relative), for `--enrich`. */
export async function runImport(args: string[]): Promise<CommandResult & { created?: string[] }> {
	const parsed = parseArgs(args, ['--vault', '--folder', ...Object.keys(TEMPLATE_OPTIONS)], IMPORT_FLAGS);
	if (parsed.error) return usageError('import', parsed.error);
	const vaultDir = parsed.values.get('--vault');
	if (!vaultDir) return usageError('import', 'name the vault with --vault <dir>');
	if (!parsed.files.length) return usageError('import', 'name at least one list file');
	const dryRun = parsed.flags.has('--dry-run');
	const keptAll = parsed.flags.has('--keep-all');
	const keep = keptAll ? ({ keep: 'all' } as const) : {};
	// Every input is read, and the vault folder checked, before anything is written.
	const read = readLists(parsed.files);
	const { templates, problems } = readTemplates(parsed.values);
	const unreadable = read.diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnostic(d).replace(/^error: /, ''));
	const vaultIssue = vaultProblem(vaultDir, { create: true, write: !dryRun });
	const stops = [...unreadable, ...problems, ...(vaultIssue ? [vaultIssue] : [])];
	if (stops.length) return { stdout: '', stderr: [...stops, 'nothing was written.'].map((s) => `syllabus import: ${s}\n`).join(''), code: 1 };
	const catalog = buildCatalog(read.sources, keep);
	const diagnostics = [...read.diagnostics, ...catalog.diagnostics];
	const progress = progressLine(process.stderr);
	const vault = new FsVault(vaultDir);
	const report = await importCatalog(vault, catalog, {
		folder: parsed.values.get('--folder') ?? 'Syllabus',
		today: localDate(),
		dryRun,
		statusFromLists: !parsed.flags.has('--keep-status'),
		templates,
		catalogKey: catalogKey(read.sources, keep),
		receipts: vault.receipts,
		...(progress.onProgress ? { onProgress: progress.onProgress } : {}),
	}).finally(progress.end);
	const code = report.skipped.some((s) => s.reason.startsWith('could not be written')) ? 1 : 0;
	if (parsed.flags.has('--json')) return { stdout: JSON.stringify(importToJson(report, catalog, diagnostics, dryRun), null, 2) + '\n', stderr: '', code };
	const diag = diagnostics.map(formatDiagnostic).join('\n');
	const skippedAt = skippedLines(vaultDir, report.skipped);
	const stdout = formatReport(report, dryRun, { lists: catalog.lists, keptAll, skippedAt }) + (diag ? `${diag}\n` : '');
	// The resource notes this import created: what `--enrich` fetches, and nothing else.
	const created = report.created.filter((c) => c.type === 'resource').map((c) => c.path);
	return { stdout, stderr: '', code, created };
}

function bar(p: { done: number; total: number }, width = 20): string {
	const filled = p.total ? Math.round((p.done / p.total) * width) : 0;
	return `${'#'.repeat(filled)}${'.'.repeat(width - filled)}`;
}

function line(p: Tally, title: string, indent = 0): string {
	const pct = p.total ? Math.round((p.done / p.total) * 100) : 0;
	return `  ${bar(p)} ${String(p.done).padStart(4)}/${String(p.total).padEnd(4)} ${String(pct).padStart(3)}%  ${'  '.repeat(indent)}${title}`;
}

/** A list, and its sections one level down: what the list files there and below (`--json` has every row). */
function listLines(l: ListProgress): string[] {
	return [line(l, l.title), ...l.rows.filter((r) => r.trail.length === 1).map((r) => line(r, r.trail[0]!, 1))];
}

/** Run `stats`. */
export async function runStats(args: string[]): Promise<CommandResult> {
	const parsed = parseArgs(args, ['--vault'], ['--json']);
	if (parsed.error || parsed.files.length) return usageError('stats', parsed.error ?? `takes no list files (got ${parsed.files[0]!})`);
	const vaultDir = parsed.values.get('--vault');
	if (!vaultDir) return usageError('stats', 'name the vault with --vault <dir>');
	const issue = vaultProblem(vaultDir, { create: false, write: false });
	if (issue) return { stdout: '', stderr: `syllabus stats: ${issue}\n`, code: 1 };
	const vault = new FsVault(vaultDir);
	// The same progress the study plan and the progress view show (core/library/progress.ts).
	const lib = await libraryFromScan(await vault.scan(), (path) => vault.read(path));
	const progress = planProgress(buildStudyPlan(lib.items, lib.blocks, lib.resolver, {}, 0));
	if (parsed.flags.has('--json')) return { stdout: JSON.stringify(progress, null, 2) + '\n', stderr: '', code: 0 };
	// A folder that is there but holds no imported list: say what would fill it, not "0/0 done".
	if (!progress.lists.length) return { stdout: `No Syllabus lists in ${vaultDir} yet: syllabus import <file> --vault ${vaultDir} adds one.\n`, stderr: '', code: 0 };
	const o = progress.overall;
	const out = [`Overall: ${o.done}/${o.total} done (${o.total ? Math.round((o.done / o.total) * 100) : 0}%), ${o.reading} reading.`, '', 'Lists:'];
	out.push(...progress.lists.flatMap(listLines), '', 'Topic notes (what any list files under each):');
	out.push(...progress.topics.map((t) => line(t, `${t.title} (in ${count(t.lists, 'list')})`)));
	return { stdout: out.join('\n') + '\n', stderr: '', code: 0 };
}

