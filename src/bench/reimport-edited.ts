/**
 * Re-import after the reader worked in the vault: 100 notes edited (status
 * and body) and 10 renamed as Obsidian renames them (links to them follow, so
 * the list note says `[[New name|Old name]]`), then the same list imported
 * again. The edits are
 * the reader's, so the import must write nothing, keep every edit, and find
 * every renamed note where it now is; its time is read against plain reads
 * of the whole vault.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importCatalog, type Catalog, type ImportOptions } from '../core';
import { FsEnrichVault } from '../cli/fs-enrich-vault';
import { FsVault } from '../cli/fs-vault';

/** What one round of edits and a re-import came to. */
export interface EditedRound {
	ms: number;
	writes: number;
	keptEdits: boolean;
	foundRenamed: boolean;
}

/** Edit 100 notes and rename 10 (a different set each round), then re-import and check. */
export async function reimportAfterEdits(vaultDir: string, catalog: Catalog, options: ImportOptions, round: number): Promise<EditedRound> {
	const dir = join(vaultDir, options.folder, 'Resources');
	const names = readdirSync(dir).filter((f) => f.endsWith('.md') && !f.startsWith('Renamed ')).sort();
	const edited = names.slice(round * 110, round * 110 + 100);
	const renamed = names.slice(round * 110 + 100, round * 110 + 110);
	for (const f of edited) {
		const p = join(dir, f);
		writeFileSync(p, readFileSync(p, 'utf8').replace('status: todo', 'status: reading').replace('## Notes\n', `## Notes\n\nRound ${round}: my own words.\n`));
	}
	const folder = `${options.folder}/Resources`;
	await new FsEnrichVault(vaultDir).renameNotes(renamed.map((f) => ({ from: `${folder}/${f}`, to: `${folder}/Renamed ${round} ${f}` })));
	const files = readdirSync(dir).length;
	const mtimes = new Map(edited.map((f) => [f, statSync(join(dir, f)).mtimeMs]));
	const v = new FsVault(vaultDir);
	const t = performance.now();
	const report = await importCatalog(v, catalog, options);
	const ms = performance.now() - t;
	const keptEdits = edited.every((f) => statSync(join(dir, f)).mtimeMs === mtimes.get(f) && readFileSync(join(dir, f), 'utf8').includes(`Round ${round}: my own words.`));
	const foundRenamed = report.created.length === 0 && readdirSync(dir).length === files;
	return { ms, writes: v.writes, keptEdits, foundRenamed };
}
