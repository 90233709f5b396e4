/**
 * The plain file-system work the import figures are measured against, shared
 * by `npm run bench` and `profile-import.ts` so both time the same baseline:
 * every file of a vault, and writing or reading them with nothing else; and
 * the import as the CLI runs it.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { importCatalog } from '../core';
import type { ApplyOptions, Catalog, ImportOptions, ImportReport, ReceiptOptions } from '../core';
import type { FsVault } from '../cli/fs-vault';

/** Every file below `dir`. */
export function walk(dir: string, out: string[] = []): string[] {
	for (const e of readdirSync(dir, { withFileTypes: true })) {
		const full = join(dir, e.name);
		if (e.isDirectory()) walk(full, out);
		else out.push(full);
	}
	return out;
}

/** Fresh temporary folders, all removed by `clean`. */
export function tempDirs(prefix: string): { fresh: () => string; clean: () => void } {
	const made: string[] = [];
	return {
		fresh: () => {
			const d = mkdtempSync(join(tmpdir(), prefix));
			made.push(d);
			return d;
		},
		clean: () => {
			for (const d of made) rmSync(d, { recursive: true, force: true });
		},
	};
}

/** Write `files` (paths under `from`, with their `contents`) under `to` with plain `writeFileSync`, one `mkdir` per folder. */
export function writeAll(files: string[], contents: string[], from: string, to: string): void {
	const made = new Set<string>();
	files.forEach((f, i) => {
		const target = join(to, f.slice(from.length));
		const dir = dirname(target);
		if (!made.has(dir)) {
			mkdirSync(dir, { recursive: true });
			made.add(dir);
		}
		writeFileSync(target, contents[i]!);
	});
}

/** Read every file below `dir` with plain `readFileSync`. */
export function readAll(dir: string): void {
	for (const f of walk(dir)) readFileSync(f, 'utf8');
}

/** Import as the CLI does: with the vault's receipts, used when the options carry the lists' key (`catalogKey`). */
export function importAsCli(
	v: FsVault,
	catalog: Catalog,
	options: ImportOptions & ReceiptOptions & ApplyOptions,
): Promise<ImportReport> {
	return importCatalog(v, catalog, { ...options, receipts: v.receipts });
}
