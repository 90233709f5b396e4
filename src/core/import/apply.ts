/**
 * Runs an import against a vault: scan, plan, write. Each note is one write
 * (create, property patch, or list-block replacement), so a failure leaves
 * every other note whole. The report is the plan's, worked out again only
 * when a write could not be made (`import-report.ts`).
 */
import type { Catalog } from '../types';
import { locateNotes, planImport, type ImportOptions, type ImportPlan, type ImportReport } from './plan';
import { importReport } from './report';
import type { ImportReceipts, PlannedWrite, Undone } from './types';
import { blockChange } from '../note/list-block';
import { TOPIC_BEGIN } from '../note/topic-base';
import type { Vault } from '../vault/types';

/** Options of writing a plan. */
export interface ApplyOptions {
	/** Report without writing. */
	dryRun?: boolean;
	/** Called every 50 writes: a large import hands control back now and then, so a window never freezes. */
	onProgress?: (done: number, total: number) => void | Promise<void>;
	/** Temporary files cleared before the scan, for the report. */
	removedTemporary?: number;
}

/** A vault's receipts (`ImportReceipts`) and what identifies the lists an import reads. */
export interface ReceiptOptions {
	/** The receipts of the vault the import writes to; without them, nothing is looked up or kept. */
	receipts?: ImportReceipts;
	/**
	 * A key for the catalog: for the texts it was built from and the code that
	 * built and plans it (the CLI's `catalogKey`). Without one, no receipt is
	 * looked up or kept.
	 */
	catalogKey?: string;
}

/** Bump when a plan's inputs or shape change in a way the caller's catalog key cannot see. */
const RECEIPT_FORMAT = 'syllabus-plan-1';

/** How an import is written, not what it plans: left out of a receipt's key. */
const NOT_IN_KEY = new Set(['dryRun', 'onProgress', 'removedTemporary', 'receipts']);

/** The key of an import's receipt: the catalog's key and every option that reaches the plan (not how it is written). */
function receiptKey(options: ImportOptions & ReceiptOptions): string {
	return `${RECEIPT_FORMAT}\n${JSON.stringify(options, function (this: unknown, k, v: unknown) {
		return this === options && NOT_IN_KEY.has(k) ? undefined : v;
	})}`;
}

/**
 * Scan the vault, read the notes the plan compares with, and plan. Writes
 * nothing. With a catalog key, a vault with receipts answers an import it has
 * seen find nothing to write, in a vault unchanged since, without a scan.
 */
export async function prepareImport(vault: Vault, catalog: Catalog, options: ImportOptions & ReceiptOptions): Promise<ImportPlan> {
	const { receipts } = options;
	const key = receipts && options.catalogKey ? receiptKey(options) : undefined;
	const known = key ? await receipts!.recall(key) : undefined;
	if (known) return { writes: [], findings: known, report: importReport([], known) };
	const located = locateNotes(catalog, await vault.scan(), options);
	const texts = new Map<string, string | null>();
	for (const path of located.reads) texts.set(path, await vault.read(path));
	const plan = planImport(located, texts);
	if (key && !plan.writes.length) receipts!.remember(key, plan.findings);
	return plan;
}

/** Why an empty note was not finished. */
const WRITTEN_SINCE = 'was empty when the import began and has been written in since; left as it is';

/**
 * Make one planned write; what was not made, and why. A list block and the
 * base are checked again as they are written: the reader may have changed
 * them since the plan (no reason then means the note was already as planned).
 */
async function write(vault: Vault, w: PlannedWrite): Promise<Undone | undefined> {
	if (w.op === 'create' && !w.finish) await vault.create(w.path, w.content, w.properties);
	else if (w.op === 'create') {
		// Filled only while still empty: someone may have written in it since the scan.
		let made = false;
		await vault.process(w.path, (t) => {
			made = t === '';
			return made ? w.content : t;
		});
		if (!made) return { write: w, reason: WRITTEN_SINCE };
	} else if (w.op === 'patch') await vault.updateProperties(w.path, w.patch);
	else {
		let made = false;
		let reason: string | undefined;
		await vault.process(w.path, (t) => {
			if (w.op === 'upgrade') {
				made = w.from.includes(t);
				return made ? w.content : t;
			}
			const change = blockChange(t, w.block, undefined, w.type === 'topic' ? TOPIC_BEGIN : undefined);
			reason = change.reason;
			made = change.text !== null;
			return change.text ?? t;
		});
		if (!made) return reason ? { write: w, reason } : { write: w };
	}
	return undefined;
}

/** Write a plan. The report is the plan's, less any write that could not be made. */
export async function applyPlan(vault: Vault, plan: ImportPlan, options: ApplyOptions = {}): Promise<ImportReport> {
	const undone: Undone[] = [];
	if (!options.dryRun) {
		for (const [n, w] of plan.writes.entries()) {
			if (options.onProgress && n % 50 === 0) await options.onProgress(n, plan.writes.length);
			try {
				const notMade = await write(vault, w);
				if (notMade) undone.push(notMade);
			} catch (e) {
				undone.push({ write: w, reason: `could not be written: ${(e as Error).message}` });
			}
		}
		await vault.finish?.();
	}
	const removed = options.removedTemporary ?? 0;
	return undone.length || removed ? importReport(plan.writes, plan.findings, undone, removed) : plan.report;
}

/** Import a catalog into a vault. With `dryRun`, report without writing. */
export async function importCatalog(vault: Vault, catalog: Catalog, options: ImportOptions & ReceiptOptions & Omit<ApplyOptions, 'removedTemporary'>): Promise<ImportReport> {
	// Leftovers of an import that was killed half-way go first, so the scan never sees them.
	const removedTemporary = (await vault.removeStaleTemporaryFiles?.(options.dryRun ?? false)) ?? 0;
	return applyPlan(vault, await prepareImport(vault, catalog, options), { ...options, removedTemporary });
}

/** How many files an import wrote (or would write). */
export function writeCount(report: ImportReport): number {
	return report.created.length + report.updated.length;
}
