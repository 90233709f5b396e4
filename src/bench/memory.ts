/**
 * Memory at 50k: what the plugin keeps for a 50k-note vault (its library
 * store and the picker's search index), measured as the heap grown between
 * two full collections and divided by the notes; and the peak heap a parse
 * plus import of the 50k list into a temporary `FsVault` reaches. The heap
 * figures count array buffers too, which typed arrays live in.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { buildCatalog, importCatalog, MemoryVault, readProperties } from '../core';
import { FsVault } from '../cli/fs-vault';
import { syntheticList } from './generate';

type Row = [string, string, string, string];

/** Bytes of index per note the plugin may keep. */
const INDEX_BYTES_PER_NOTE = 2048;

/** A full collection: `--expose-gc` if node was started with it, else turned on now. */
function collector(): () => void {
	const exposed = (globalThis as { gc?: () => void }).gc;
	if (exposed) return exposed;
	setFlagsFromString('--expose-gc');
	return runInNewContext('gc') as () => void;
}

/** Heap in use plus array buffers, after two full collections. */
function settled(gc: () => void): number {
	gc();
	gc();
	const m = process.memoryUsage();
	return m.heapUsed + m.arrayBuffers;
}

/** The library store and the search index over `n` synthetic notes: bytes each holds per note. */
async function indexBytes(n: number, gc: () => void): Promise<{ notes: number; store: number; index: number }> {
	const g = globalThis as { window?: unknown };
	// The store yields with window.setTimeout, as in Obsidian.
	const ownWindow = g.window === undefined;
	if (ownWindow) g.window = { setTimeout };
	const { LibraryStore } = await import('../plugin/library-store');
	const { ResourceSearch } = await import('../plugin/resource-search');
	// What Obsidian holds anyway (the files and their parsed front matter) is made before the first reading.
	const vault = new MemoryVault();
	await importCatalog(vault, buildCatalog([{ file: 'lists/big.md', text: syntheticList(n, 3) }]), { folder: 'Syllabus', today: '2026-11-22' });
	const files = [...vault.files.keys()].map((path) => ({ path, extension: 'md', basename: path.slice(path.lastIndexOf('/') + 1, -3) }));
	const caches = new Map([...vault.files].map(([path, text]) => {
		const p = readProperties(text);
		return [path, { frontmatter: 'properties' in p ? p.properties : undefined }] as const;
	}));
	const byPath = new Map(files.map((f) => [f.path, f]));
	const app = {
		vault: { getMarkdownFiles: () => files, getFileByPath: (p: string) => byPath.get(p) ?? null, cachedRead: (f: { path: string }) => Promise.resolve(vault.files.get(f.path) ?? '') },
		metadataCache: { getFileCache: (f: { path: string }) => caches.get(f.path) ?? null },
	};
	const before = settled(gc);
	const store = new LibraryStore(app as never);
	await store.build();
	// The About callouts are read after the build, one slice per tick.
	for (let i = 0; i < files.length / 500 + 10; i++) await new Promise((r) => setTimeout(r, 0));
	const withStore = settled(gc);
	const search = new ResourceSearch(store);
	search.search('flash attention');
	const withIndex = settled(gc);
	// Both are read after the last measurement, so neither is collected before it.
	if (!store.ready || search.nextUp(1).length === 0) throw new Error('memory bench: the library did not build');
	if (ownWindow) delete g.window;
	return { notes: files.length, store: (withStore - before) / files.length, index: (withIndex - withStore) / files.length };
}

/**
 * Peak live heap above the starting point while the `n` list is parsed and imported into an
 * empty folder, in bytes: sampled after a full collection at the end of each phase and every
 * 250 ms the import yields to timers (FsVault's writes mostly do not), so the figure is what the
 * work holds, not when the collector happened to run.
 */
async function parseImportPeak(n: number, gc: () => void): Promise<{ peak: number; listBytes: number }> {
	const dir = mkdtempSync(join(tmpdir(), 'syllabus-bench-mem-'));
	const base = settled(gc);
	let peak = base;
	const sample = (): void => {
		peak = Math.max(peak, settled(gc));
	};
	// Samples while the import awaits its writes; the parse is synchronous, so it is sampled once it ends.
	const timer = setInterval(sample, 250);
	try {
		const text = syntheticList(n, 2);
		const catalog = buildCatalog([{ file: 'lists/synthetic.md', text }]);
		sample();
		await importCatalog(new FsVault(dir), catalog, { folder: 'Syllabus', today: '2026-11-22' });
		sample();
		return { peak: peak - base, listBytes: text.length };
	} finally {
		clearInterval(timer);
		rmSync(dir, { recursive: true, force: true });
	}
}

/** The memory rows and JSON figures at `n` notes. */
export async function memoryFigures(n = 50_000): Promise<{ figures: Record<string, number>; rows: Row[] }> {
	const gc = collector();
	const k = `${n / 1000}k`;
	// The import first, from a clean heap: the index run leaves collectable state behind it.
	const heap = await parseImportPeak(n, gc);
	const idx = await indexBytes(n, gc);
	const perNote = idx.store + idx.index;
	const figures = {
		[`indexBytesPerNote${k}`]: Math.round(perNote),
		[`storeBytesPerNote${k}`]: Math.round(idx.store),
		[`searchBytesPerNote${k}`]: Math.round(idx.index),
		[`parseImportHeapMB${k}`]: +(heap.peak / 1e6).toFixed(0),
	};
	const rows: Row[] = [
		[`memory: library store + search index at ${idx.notes} notes (bytes per note)`, String(Math.round(perNote)), `store ${Math.round(idx.store)}, index ${Math.round(idx.index)}`, perNote <= INDEX_BYTES_PER_NOTE ? 'met' : 'MISSED'],
		[`memory: peak live heap of parse + import of the ${k} list (MB, sampled)`, (heap.peak / 1e6).toFixed(0), `list text ${(heap.listBytes / 1e6).toFixed(1)} MB`, '—'],
	];
	return { figures, rows };
}
