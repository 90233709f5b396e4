/**
 * `syllabus import <file>... --vault <dir> [--folder Syllabus] [--dry-run] [--keep-status] [--keep-all] [--json]`
 * and `syllabus stats --vault <dir>`: the vault commands, over the file system.
 */
import { buildCatalog, buildStudyPlan, CONTENTS, describeListChange, importCatalog, keepable, leftOutLine, libraryFromScan, localDate, planProgress, type CatalogList, type ImportReport, type Progress } from '../core';
import { vaultProblem } from './check-vault';
import { FsVault } from './fs-vault';
import { importToJson } from './import-json';
import { catalogKey } from './import-receipts';
import { progressLine } from './progress-line';
import type { CommandResult } from './parse-command';
import { formatDiagnostic, readLists } from './read-lists';
import { readTemplates, TEMPLATE_OPTIONS } from './templates';
import { usageError } from './usage';

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

/**
 * The import report as a person reads it; `lists` (the catalog's) add a line
 * for each list that left links out, `keptAll` when `--keep-all` was given.
 */
export function formatReport(report: ImportReport, dryRun: boolean, lists: Pick<CatalogList, 'title' | 'report'>[] = [], keptAll = false): string {
	const out: string[] = [];
	if (report.removedTemporary) {
		const n = report.removedTemporary;
		out.push(`${dryRun ? 'Would remove' : 'Removed'} ${n} temporary file${n === 1 ? '' : 's'} left by an interrupted import.`);
	}
	for (const c of report.listChanges) out.push(describeListChange(c));
	for (const p of report.templateProblems ?? []) out.push(`Note: ${p}.`);
	const verb = dryRun ? 'Would create' : 'Created';
	const byType = (items: { type: string }[]): string => {
		const counts = new Map<string, number>();
		for (const i of items) counts.set(i.type, (counts.get(i.type) ?? 0) + 1);
		return [...counts].map(([t, n]) => `${n} ${t}${n === 1 ? '' : 's'}`).join(', ');
	};
	out.push(`${verb} ${report.created.length} note${report.created.length === 1 ? '' : 's'}${report.created.length ? ` (${byType(report.created)})` : ''}.`);
	out.push(`${dryRun ? 'Would update' : 'Updated'} ${report.updated.length}; ${report.unchanged} unchanged.`);
	for (const u of report.updated) out.push(`  updated ${u.path}: ${u.fields.join(', ')}`);
	for (const s of report.skipped) out.push(`  skipped ${s.path ?? s.title ?? ''}: ${s.reason}`);
	if (report.advanced.length) {
		out.push(`${report.advanced.length} note${report.advanced.length === 1 ? '' : 's'} moved forward because a list marks ${report.advanced.length === 1 ? 'it' : 'them'} so:`);
		for (const a of report.advanced) out.push(`  ${a.path}: ${a.from} → ${a.to}`);
	}
	if (report.missing.length) {
		out.push(`${report.missing.length} item${report.missing.length === 1 ? ' is' : 's are'} no longer in their list (notes kept):`);
		for (const m of report.missing) out.push(`  ${m.list}: ${m.path}`);
	}
	for (const list of lists) {
		const line = leftOutHint(list, keptAll);
		if (line) out.push(line);
	}
	return out.join('\n') + '\n';
}

/** Run `import`. */
export async function runImport(args: string[]): Promise<CommandResult> {
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
	const report = await importCatalog(new FsVault(vaultDir), catalog, {
		folder: parsed.values.get('--folder') ?? 'Syllabus',
		today: localDate(),
		dryRun,
		statusFromLists: !parsed.flags.has('--keep-status'),
		templates,
		catalogKey: catalogKey(read.sources, keep),
		...(progress.onProgress ? { onProgress: progress.onProgress } : {}),
	}).finally(progress.end);
	const code = report.skipped.some((s) => s.reason.startsWith('could not be written')) ? 1 : 0;
	if (parsed.flags.has('--json')) return { stdout: JSON.stringify(importToJson(report, catalog, diagnostics, dryRun), null, 2) + '\n', stderr: '', code };
	const diag = diagnostics.map(formatDiagnostic).join('\n');
	return { stdout: formatReport(report, dryRun, catalog.lists, keptAll) + (diag ? `${diag}\n` : ''), stderr: '', code };
}

function bar(p: { done: number; total: number }, width = 20): string {
	const filled = p.total ? Math.round((p.done / p.total) * width) : 0;
	return `${'#'.repeat(filled)}${'.'.repeat(width - filled)}`;
}

function line(p: Progress): string {
	const pct = p.total ? Math.round((p.done / p.total) * 100) : 0;
	return `  ${bar(p)} ${String(p.done).padStart(4)}/${String(p.total).padEnd(4)} ${String(pct).padStart(3)}%  ${p.title}`;
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
	const o = progress.overall;
	const out = [`Overall: ${o.done}/${o.total} done (${o.total ? Math.round((o.done / o.total) * 100) : 0}%), ${o.reading} reading.`, '', 'Lists:'];
	out.push(...progress.lists.map(line), '', 'Topics:', ...progress.topics.map(line));
	return { stdout: out.join('\n') + '\n', stderr: '', code: 0 };
}

