/**
 * The one small interface through which the core reads and writes a vault.
 * Obsidian (`app.vault`, `processFrontMatter`), the file system (the CLI) and
 * memory (tests) each implement it; import behaves the same through all three.
 */

import type { PropertyPatch } from '../note/frontmatter';
import { ID_KEY } from '../note/schema';

export type { PropertyPatch };

/** A note whose properties were read during a scan. */
export type ScannedNote =
	| { path: string; properties: Record<string, unknown> }
	/** Front matter that is not valid YAML: left untouched, reported. `raw` is its text. */
	| { path: string; error: string; raw: string };

/**
 * The properties the core reads from a scanned note: what an import plans
 * from (identity, source-owned properties, status and its dates, `order`)
 * and what the library shows. A scan may report only these — the CLI's scan
 * cache keeps no others, so a re-import need not hold every property of
 * every note — and code that reads another property from a scan must add it
 * here (the cache's version changes with this list, so old caches are read
 * again). Enrichment, which reads whatever metadata a note has, asks the
 * CLI's vault for every property instead.
 */
export const SCANNED_KEYS = [
	ID_KEY, 'url', 'kind', 'arxiv', 'pdf', 'source', 'status', 'started', 'finished', 'order',
	'topics', 'lists', 'aliases', 'authors', 'year', 'venue', 'rating', 'tags', 'title', 'priority',
] as const;

/** What a scan of the vault found. */
export interface VaultScan {
	/** Every file path in the vault, `/`-separated and relative to its root. */
	files: string[];
	/** Notes that carry a `syllabus-id` or `url` property, or whose front matter is broken. */
	notes: ScannedNote[];
	/**
	 * Notes (`.md`) of 0 bytes. An import that was stopped between making a
	 * note and writing it (older builds did both apart) leaves one: the next
	 * import finishes it where it plans that note, and reports the others.
	 */
	empty?: string[];
}

/** The vault as the core sees it. */
export interface Vault {
	scan(): Promise<VaultScan>;
	/** A file's text, or null if there is none. */
	read(path: string): Promise<string | null>;
	/**
	 * Create a new file (and its folders). Must fail rather than overwrite.
	 * `properties`, when given, are what reading the content's front matter
	 * gives, for a vault that records what it wrote without reading it again.
	 */
	create(path: string, content: string, properties?: Record<string, unknown>): Promise<void>;
	/** Change a file's whole text atomically. */
	process(path: string, change: (text: string) => string): Promise<void>;
	/** Change only a note's properties. */
	updateProperties(path: string, patch: PropertyPatch): Promise<void>;
	/**
	 * Remove the temporary files an earlier, interrupted import of ours left
	 * (our name pattern only, older than this run); with `dryRun`, only count
	 * them. Vaults whose writes leave no such files need not have it.
	 */
	removeStaleTemporaryFiles?(dryRun: boolean): Promise<number>;
	/** Called once after an import's writes (never on a dry run): keep what the run learnt. */
	finish?(): Promise<void>;
}
