/**
 * A library read straight from note texts (path → text): what the CLI, the
 * benchmark and tests have where the plugin has Obsidian's metadata cache.
 */
import { readProperties } from '../note/frontmatter';
import type { VaultScan } from '../vault/types';
import { LinkResolver } from '../note/wikilinks';
import { libraryItem, type LibraryItem } from './library';
import { parseListBlock, type BlockLine } from '../note/list-block';

/** Items by path, list notes' study order, and a resolver over every path. */
export interface LibraryFromFiles {
	items: Map<string, LibraryItem>;
	blocks: Map<string, BlockLine[]>;
	resolver: LinkResolver;
}

/** Read every Syllabus note among `files`. */
export function libraryFromFiles(files: Map<string, string>): LibraryFromFiles {
	const items = new Map<string, LibraryItem>();
	const blocks = new Map<string, BlockLine[]>();
	for (const [path, text] of files) {
		const p = readProperties(text);
		const item = 'properties' in p ? libraryItem(path, p.properties) : undefined;
		if (!item) continue;
		items.set(path, item);
		if (item.type === 'list') blocks.set(path, parseListBlock(text));
	}
	return { items, blocks, resolver: new LinkResolver(files.keys()) };
}

/** A library from a vault scan, reading only the list notes' text (for their blocks). */
export async function libraryFromScan(scan: VaultScan, read: (path: string) => Promise<string | null>): Promise<LibraryFromFiles> {
	const items = new Map<string, LibraryItem>();
	const blocks = new Map<string, BlockLine[]>();
	for (const n of scan.notes) {
		if (!('properties' in n)) continue;
		const item = libraryItem(n.path, n.properties);
		if (!item) continue;
		items.set(n.path, item);
		if (item.type === 'list') blocks.set(n.path, parseListBlock((await read(n.path)) ?? ''));
	}
	return { items, blocks, resolver: new LinkResolver(scan.files) };
}
