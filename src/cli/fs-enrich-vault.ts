/**
 * The folder vault with what enrichment adds: property additions through the
 * same atomic write as every other change, and renames that update every
 * link to the moved notes across the vault, as Obsidian would.
 */
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { addPropertiesVia, isInside, normalizePath, relinker, type EnrichVault, type Move } from '../core';
import { FsVault } from './fs-vault';

/** A folder vault that enrichment can write to. */
export class FsEnrichVault extends FsVault implements EnrichVault {
	/** Enrichment fills whatever metadata a note lacks, so it sees every property, not only the scanned keys. */
	protected override allProperties(): boolean {
		return true;
	}

	addProperties(path: string, add: Record<string, unknown>, alias?: string): Promise<void> {
		return addPropertiesVia(this, path, add, alias);
	}

	async renameNotes(moves: Move[]): Promise<void> {
		const before = (await this.scan()).files;
		const rewrite = relinker(before, moves);
		const place = (p: string): string => {
			const n = normalizePath(p);
			if (!isInside(n)) throw new Error(`path ${p} leaves the vault`);
			return join(this.root, ...n.split('/'));
		};
		for (const m of moves) {
			const to = place(m.to);
			if (existsSync(to)) throw new Error(`${m.to} already exists`);
			mkdirSync(dirname(to), { recursive: true });
			renameSync(place(m.from), to);
		}
		const moved = new Set(moves.map((m) => m.from));
		const after = before.filter((p) => !moved.has(p)).concat(moves.map((m) => m.to));
		for (const path of after) if (path.toLowerCase().endsWith('.md')) await this.process(path, rewrite);
	}
}
