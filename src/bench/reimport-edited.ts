/**
 * Re-import after the reader worked in the vault as they do in Obsidian: 100
 * notes edited (status and body; the plugin ticks the list note's box to
 * match, as list-checkboxes.ts does) and 10 renamed (links to them follow,
 * as Obsidian's rename does), then the same list imported again. The edits are
 * the reader's, so the import must write nothing, keep every edit, and find
 * every renamed note where it now is; its time is read against plain reads
 * of the whole vault.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importCatalog, setBoxes, type Catalog, type ImportOptions, type ReceiptOptions } from '../core';
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
export async function reimportAfterEdits(vaultDir: string, catalog: Catalog, options: ImportOptions & ReceiptOptions, round: number): Promise<EditedRound> {
	const dir = join(vaultDir, options.folder, 'Resources');
	const names = readdirSync(dir).filter((f) => f.endsWith('.md') && !f.startsWith('Renamed ')).sort();
	const edited = names.slice(round * 110, round * 110 + 100);
	const renamed = names.slice(round * 110 + 100, round * 110 + 110);
	const nowReading = new Set<string>();
	for (const f of edited) {
		const p = join(dir, f);
		const text = readFileSync(p, 'utf8');
		if (text.includes('status: todo')) nowReading.add(f.slice(0, -3));
		writeFileSync(p, text.replace('status: todo', 'status: reading').replace('## Notes\n', `## Notes\n\nRound ${round}: my own words.\n`));
	}
	// The plugin keeps each list note's boxes in step with the statuses.
	const lists = join(vaultDir, options.folder, 'Lists');
	for (const f of readdirSync(lists)) {
		const ticked = setBoxes(readFileSync(join(lists, f), 'utf8'), (target) => (nowReading.has(target) ? 'reading' : undefined));
		if (ticked !== null) writeFileSync(join(lists, f), ticked);
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
