/**
 * The in-memory vault with what enrichment adds: property additions and
 * renames that carry every link along. Tests and the browser preview use it.
 */
import { MemoryVault } from '../vault/memory-vault';
import { addPropertiesVia } from './note-plan';
import { relinker, type Move } from './relink';
import type { EnrichVault } from './vault';

/** An in-memory vault that enrichment can write to. */
export class MemoryEnrichVault extends MemoryVault implements EnrichVault {
	addProperties(path: string, add: Record<string, unknown>, alias?: string): Promise<void> {
		return addPropertiesVia(this, path, add, alias);
	}

	async renameNotes(moves: Move[]): Promise<void> {
		const rewrite = relinker([...this.files.keys()], moves);
		for (const m of moves) this.rename(m.from, m.to);
		for (const path of [...this.files.keys()]) if (path.endsWith('.md')) await this.process(path, rewrite);
	}
}
