/**
 * The in-memory vault with what enrichment adds: property additions and
 * renames that carry every link along. Tests and the browser preview use it.
 */
import { MemoryVault } from '../vault/memory-vault';
import { addPropertiesToText } from './note-plan';
import { relinker, type Move } from './relink';
import type { EnrichVault } from './vault';

/** An in-memory vault that enrichment can write to. */
export class MemoryEnrichVault extends MemoryVault implements EnrichVault {
	addProperties(path: string, add: Record<string, unknown>, alias?: string): Promise<void> {
		return this.process(path, (text) => {
			const next = addPropertiesToText(text, add, alias);
			if (next === null) throw new Error(`${path} has front matter that is not valid YAML`);
			return next;
		});
	}

	async renameNotes(moves: Move[]): Promise<void> {
		const rewrite = relinker([...this.files.keys()], moves);
		for (const m of moves) this.rename(m.from, m.to);
		for (const path of [...this.files.keys()]) if (path.endsWith('.md')) await this.process(path, rewrite);
	}
}
