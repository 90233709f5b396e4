/**
 * Runs an import against a vault: scan, plan, write. Each note is one write
 * (create, property patch, or list-block replacement), so a failure leaves
 * every other note whole; the report says what was done and what was not.
 */
import type { Catalog } from '../types';
import { planImport, type ImportOptions, type ImportReport } from './import-plan';
import { blockChange } from './list-block';
import type { Vault } from './types';

/** Import a catalog into a vault. With `dryRun`, report without writing. */
export async function importCatalog(
	vault: Vault,
	catalog: Catalog,
	options: ImportOptions & { dryRun?: boolean; onProgress?: (done: number, total: number) => void | Promise<void> },
): Promise<ImportReport> {
	// Leftovers of an import that was killed half-way go first, so the scan never sees them.
	const removedTemporary = (await vault.removeStaleTemporaryFiles?.(options.dryRun ?? false)) ?? 0;
	const scan = await vault.scan();
	const { writes, report } = planImport(catalog, scan, options);
	const out: ImportReport = { ...report, created: [], updated: [], skipped: [...report.skipped], removedTemporary };
	for (const [n, w] of writes.entries()) {
		// A large import hands control back now and then, so a window never freezes.
		if (options.onProgress && n % 50 === 0) await options.onProgress(n, writes.length);
		try {
			if (w.op === 'create') {
				if (!options.dryRun) await vault.create(w.path, w.content);
				out.created.push({ path: w.path, type: w.type });
			} else if (w.op === 'patch') {
				if (!options.dryRun) await vault.updateProperties(w.path, w.patch);
				out.updated.push({ path: w.path, type: w.type, fields: w.fields });
			} else if (w.op === 'upgrade') {
				const text = await vault.read(w.path);
				if (text === null || !w.from.includes(text)) continue;
				if (!options.dryRun) await vault.process(w.path, (t) => (w.from.includes(t) ? w.content : t));
				out.updated.push({ path: w.path, type: w.type, fields: ['views'] });
			} else {
				const text = await vault.read(w.path);
				const change = text === null ? { text: null } : blockChange(text, w.block);
				if (change.reason) out.skipped.push({ path: w.path, reason: change.reason });
				if (change.text === null) continue;
				if (!options.dryRun) await vault.process(w.path, (t) => blockChange(t, w.block).text ?? t);
				const prior = out.updated.find((u) => u.path === w.path);
				if (prior) prior.fields.push('list');
				else {
					out.updated.push({ path: w.path, type: w.type, fields: ['list'] });
					out.unchanged--;
				}
			}
		} catch (e) {
			out.skipped.push({ path: w.path, reason: `could not be written: ${(e as Error).message}` });
		}
	}
	if (!options.dryRun) await vault.finish?.();
	return out;
}

/** How many files an import wrote (or would write). */
export function writeCount(report: ImportReport): number {
	return report.created.length + report.updated.length;
}
