/**
 * The Obsidian vault with what enrichment adds: properties through
 * `processFrontMatter` (set only where absent, checked again inside the
 * callback so an edit made meanwhile wins), and renames through
 * `fileManager.renameFile`, which updates links as the reader's settings say.
 */
import { normalizePath, type App } from 'obsidian';
import type { EnrichVault, Move } from '../core';
import { ObsidianVault } from './obsidian-vault';

function isEmpty(v: unknown): boolean {
	return v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
}

/** The vault enrichment writes to, inside Obsidian. */
export class ObsidianEnrichVault extends ObsidianVault implements EnrichVault {
	constructor(
		private readonly appRef: App,
		rootFolder: string,
	) {
		super(appRef, rootFolder);
	}

	async addProperties(path: string, add: Record<string, unknown>, alias?: string): Promise<void> {
		const f = this.appRef.vault.getFileByPath(normalizePath(path));
		if (!f) throw new Error(`${path} does not exist`);
		await this.appRef.fileManager.processFrontMatter(f, (fm: Record<string, unknown>) => {
			for (const [k, v] of Object.entries(add)) if (isEmpty(fm[k])) fm[k] = v;
			if (!alias) return;
			const list = Array.isArray(fm.aliases) ? fm.aliases.map(String) : typeof fm.aliases === 'string' ? [fm.aliases] : [];
			if (!list.some((a) => a.toLowerCase() === alias.toLowerCase())) fm.aliases = [...list, alias];
		});
	}

	async renameNotes(moves: Move[]): Promise<void> {
		for (const m of moves) {
			const f = this.appRef.vault.getFileByPath(normalizePath(m.from));
			if (f) await this.appRef.fileManager.renameFile(f, normalizePath(m.to));
		}
	}
}
