/**
 * The vault interface over a folder on disk, for the CLI. A new note is
 * written whole under a temporary name and then linked to its own (a link
 * never replaces a file, and the note appears whole or not at all); a change to a note that exists goes to a temporary
 * file in the same folder and is renamed into place, so no note is ever
 * half-written. A scan reads only the notes whose stat changed since the
 * last import (see scan-cache.ts) and reports the properties the core reads
 * from a scan (`SCANNED_KEYS`), whether a note came from the cache or not.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { ScanCache, trimmed, type FileStat } from './scan-cache';
import { isStaleTemporary, linkOrCreate, temporaryName } from './temp-files';
import { readState, ReceiptBook, type VaultState } from './import-receipts';
import { dirname, join, sep } from 'node:path';
import { applyPatchToText, ID_KEY, isInside, normalizePath, scanText } from '../core';
import type { ImportReceipts, PropertyPatch, ScannedNote, Vault, VaultScan } from '../core';

/** A file found by walking the vault. */
interface FileEntry {
	full: string;
	/** `/`-separated, relative to the root. */
	path: string;
	name: string;
}

const SKIP_DIRS = new Set(['.obsidian', '.git', '.trash', 'node_modules']);
/** Run synchronous file work as a promise, so its failures arrive as rejections. */
function attempt<T>(work: () => T): Promise<T> {
	try {
		return Promise.resolve(work());
	} catch (e) {
		return Promise.reject(e instanceof Error ? e : new Error(String(e)));
	}
}

/** A vault that is a folder on disk. */
export class FsVault implements Vault {
	writes = 0;
	/** Notes read from disk by scans (the rest came from the cache). */
	reads = 0;
	/** Imports answered from a receipt, without a scan or a plan. */
	receiptsUsed = 0;
	private readonly cacheFile: string;
	private scanCache: ScanCache | undefined;
	private readonly book: ReceiptBook;
	/** The listing the last removal of stale temporary files or state reading made, until a scan or a write uses or spoils it. */
	private listing: FileEntry[] | undefined;
	/** The stats the last state reading took, for the scan that follows it. */
	private stats: Map<string, Stats> | undefined;
	/** The vault as the last `recall` found it: a receipt kept now is for this state. */
	private state: VaultState | undefined;

	constructor(readonly root: string) {
		const config = join(root, '.obsidian', 'plugins', 'syllabus');
		this.cacheFile = join(config, 'scan-cache.json');
		this.book = new ReceiptBook(join(config, 'import-receipts.json'));
	}

	readonly receipts: ImportReceipts = {
		recall: (key) =>
			attempt(() => {
				this.state = this.readState();
				const found = this.book.find(key, this.state);
				if (found) this.receiptsUsed++;
				return found;
			}),
		remember: (key, findings) => {
			if (this.state) this.book.add(key, this.state, findings);
		},
	};

	/** The scan cache, read when first needed: an import answered from a receipt never needs it. */
	private get cache(): ScanCache {
		return (this.scanCache ??= new ScanCache(this.cacheFile));
	}

	/** The vault's state (`readState`); the listing and the stats are kept for the scan that follows when the state is new. */
	private readState(): VaultState {
		const listing = this.listing ?? this.walk();
		const { state, stats } = readState(listing);
		this.listing = listing;
		this.stats = stats;
		return state;
	}

	private abs(path: string): string {
		// Anything done to a path may change what a walk would find.
		this.listing = undefined;
		this.stats = undefined;
		const p = normalizePath(path);
		if (!isInside(p)) throw new Error(`path ${path} leaves the vault`);
		return join(this.root, ...p.split('/'));
	}

	/** Every file below the root, skipping the folders that are not notes: its full path, and its vault path. */
	private walk(): FileEntry[] {
		const out: FileEntry[] = [];
		// Vault paths are built as the walk goes down: `relative()` per file was a visible cost at 10k notes.
		const walk = (dir: string, prefix: string): void => {
			let entries;
			try {
				entries = readdirSync(dir, { withFileTypes: true });
			} catch {
				return;
			}
			for (const e of entries) {
				const full = dir + sep + e.name;
				if (e.isDirectory()) {
					if (!SKIP_DIRS.has(e.name)) walk(full, `${prefix}${e.name}/`);
					continue;
				}
				if (e.isFile()) out.push({ full, path: prefix + e.name, name: e.name });
			}
		};
		if (existsSync(this.root)) walk(this.root.endsWith(sep) ? this.root.slice(0, -1) : this.root, '');
		return out;
	}

	/** Whether a scan reports every property of a note rather than the scanned keys (and so reads every note). */
	protected allProperties(): boolean {
		return false;
	}

	scan(): Promise<VaultScan> {
		const files: string[] = [];
		const notes: ScannedNote[] = [];
		const empty: string[] = [];
		const seen = new Set<string>();
		// An import lists the vault to remove stale temporary files just before it scans: one walk serves both.
		const listing = this.listing ?? this.walk();
		const stats = this.stats;
		this.listing = undefined;
		this.stats = undefined;
		const all = this.allProperties();
		for (const { full, path } of listing) {
			files.push(path);
			if (!path.toLowerCase().endsWith('.md')) continue;
			seen.add(path);
			const stat = stats?.get(full) ?? statSync(full);
			if (stat.size === 0) empty.push(path);
			let note = all ? undefined : this.cache.lookup(path, stat);
			if (note === undefined) {
				const read = scanText(path, readFileSync(full, 'utf8')) ?? null;
				this.reads++;
				this.cache.record(path, stat, read);
				note = all ? read : trimmed(read);
			}
			if (note) notes.push(note);
		}
		this.cache.keepOnly(seen);
		return Promise.resolve({ files, notes, empty });
	}

	/** Keep what this run learnt for the next one. */
	finish(): Promise<void> {
		return attempt(() => {
			this.scanCache?.save();
			this.book.save();
		});
	}

	/**
	 * Tell the cache what a note we just wrote is, so the next scan need not
	 * read it. `properties` (what the content's front matter reads as) spare
	 * parsing the note again, where they show the note is one a scan reports.
	 */
	private learn(path: string, stat: FileStat, content: string, properties?: Record<string, unknown>): void {
		const p = normalizePath(path);
		// Only notes are scanned, so only notes are cached.
		if (!p.toLowerCase().endsWith('.md')) return;
		// A `syllabus-id` or `url` line in the front matter is what makes `scanText` report a note with its properties.
		const keyed = properties !== undefined && (Object.hasOwn(properties, ID_KEY) || Object.hasOwn(properties, 'url'));
		const reported = keyed && content.startsWith('---');
		this.cache.record(p, stat, reported ? { path: p, properties } : (scanText(p, content) ?? null));
	}

	removeStaleTemporaryFiles(dryRun: boolean): Promise<number> {
		const started = Date.now();
		let count = 0;
		return attempt(() => {
			const listing = this.walk();
			const kept = listing.filter(({ full, name }) => {
				if (!isStaleTemporary(name, () => statSync(full).mtimeMs, started)) return true;
				count++;
				if (dryRun) return true;
				rmSync(full, { force: true });
				return false;
			});
			this.listing = kept;
			return count;
		});
	}

	read(path: string): Promise<string | null> {
		return attempt(() => (existsSync(this.abs(path)) ? readFileSync(this.abs(path), 'utf8') : null));
	}

	private madeDirs = new Set<string>();
	private tmpCounter = 0;

	private ensureDir(abs: string): void {
		const dir = dirname(abs);
		// One mkdir per folder, not per note: 10k notes share four folders.
		if (!this.madeDirs.has(dir)) {
			mkdirSync(dir, { recursive: true });
			this.madeDirs.add(dir);
		}
	}

	/** A temporary name of ours (`TEMP_NAME`) in a file's folder: a rename or a link from it stays on one disk. */
	private temporaryBeside(abs: string): string {
		return join(dirname(abs), temporaryName(++this.tmpCounter));
	}

	private writeAtomic(path: string, abs: string, content: string): void {
		this.ensureDir(abs);
		const tmp = this.temporaryBeside(abs);
		try {
			// `wx`: a name left by a stopped import may be a second name of a note, never to be written through.
			writeFileSync(tmp, content, { encoding: 'utf8', flag: 'wx' });
			renameSync(tmp, abs);
		} catch (e) {
			rmSync(tmp, { force: true });
			throw e;
		}
		this.writes++;
		this.learn(path, statSync(abs), content);
	}

	create(path: string, content: string, properties?: Record<string, unknown>): Promise<void> {
		return attempt(() => {
			const abs = this.abs(path);
			this.ensureDir(abs);
			const tmp = this.temporaryBeside(abs);
			let stat: FileStat;
			try {
				writeFileSync(tmp, content, { encoding: 'utf8', flag: 'wx' });
				// A second name for the whole file: `link` fails if the note's name exists, so nothing of anyone's is
				// replaced, and the note appears with all its text or not at all, whenever the process is stopped.
				linkOrCreate(tmp, abs, content);
				stat = statSync(abs);
			} catch (e) {
				if ((e as { code?: string }).code === 'EEXIST' && existsSync(abs)) throw new Error(`${path} already exists`);
				throw e;
			} finally {
				// A temporary name a stopped import leaves is removed by the next one (`removeStaleTemporaryFiles`).
				rmSync(tmp, { force: true });
			}
			this.writes++;
			this.learn(path, stat, content, properties);
		});
	}

	process(path: string, change: (text: string) => string): Promise<void> {
		return attempt(() => {
			const abs = this.abs(path);
			const text = readFileSync(abs, 'utf8');
			const next = change(text);
			if (next !== text) this.writeAtomic(path, abs, next);
		});
	}

	updateProperties(path: string, patch: PropertyPatch): Promise<void> {
		return this.process(path, (text) => {
			const next = applyPatchToText(text, patch);
			if (next === null) throw new Error(`${path} has front matter that is not valid YAML`);
			return next;
		});
	}
}
