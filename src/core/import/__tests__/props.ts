/**
 * Reading a note's properties back in tests, failing loudly on broken YAML.
 */
import { readProperties } from '../../note/frontmatter';
import type { MemoryVault } from '../../vault/memory-vault';

/** The properties of the note at `path` in a memory vault. */
export function noteProperties(v: MemoryVault, path: string): Record<string, unknown> {
	const r = readProperties(v.files.get(path)!);
	if ('error' in r) throw new Error(r.error);
	return r.properties;
}
