/**
 * What the last import learnt about each note, so the next one knows an
 * unchanged note from one `stat` and never reads it, as git's index does.
 * Kept in the vault's config folder. An entry is trusted only while the
 * note's size and modification time are exactly what was recorded, and not
 * when that time is too close to the recording to tell a later edit apart
 * (a "racy" entry, on file systems that keep whole seconds). A missing,
 * corrupt or older-version cache is never trusted: the notes are read.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ScannedNote } from '../core';

/** The cache's format; any other value is rebuilt by reading. */
const VERSION = 'syllabus-scan-1';

/** One note as last seen: its stat, and what a scan makes of it (null: not a note Syllabus reads). */
export interface CacheEntry {
	size: number;
	mtimeMs: number;
	note: ScannedNote | null;
}

interface CacheFile {
	version: string;
	/** When the entries were recorded (ms since the epoch). */
	recordedAt: number;
	entries: Record<string, CacheEntry>;
}

/** A note's stat as the cache compares it. */
export interface FileStat {
	size: number;
	mtimeMs: number;
}

/** The cache of one vault. */
export class ScanCache {
	private entries = new Map<string, CacheEntry>();
	private recordedAt = 0;
	private changed = false;

	constructor(private readonly file: string) {
		try {
			const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheFile>;
			if (data.version !== VERSION || typeof data.recordedAt !== 'number' || !data.entries || typeof data.entries !== 'object') {
				this.changed = true;
				return;
			}
			this.recordedAt = data.recordedAt;
			for (const [path, e] of Object.entries(data.entries)) {
				if (typeof e?.size === 'number' && typeof e.mtimeMs === 'number') this.entries.set(path, e);
			}
		} catch {
			// No cache yet, or one we cannot read: every note is read, and a new cache written.
			this.changed = true;
		}
	}

	/** The recorded scan of a note, if its stat says it has not changed since. */
	lookup(path: string, stat: FileStat): CacheEntry | undefined {
		const e = this.entries.get(path);
		if (!e || e.size !== stat.size || e.mtimeMs !== stat.mtimeMs) return undefined;
		// Whole-second times cannot tell an edit made in the same second as the recording.
		const coarse = stat.mtimeMs % 1000 === 0;
		if (coarse && this.recordedAt - stat.mtimeMs < 2000) return undefined;
		return e;
	}

	/** Record what a note is now. */
	record(path: string, stat: FileStat, note: ScannedNote | null): void {
		const e = this.entries.get(path);
		const same = e && e.size === stat.size && e.mtimeMs === stat.mtimeMs && JSON.stringify(e.note) === JSON.stringify(note);
		// A racy entry checked again is saved again, so its recording moves past its time.
		if (same && !(stat.mtimeMs % 1000 === 0 && this.recordedAt - stat.mtimeMs < 2000)) return;
		this.entries.set(path, { size: stat.size, mtimeMs: stat.mtimeMs, note });
		this.changed = true;
	}

	/** Forget every note not in `seen` (deleted or renamed away). */
	keepOnly(seen: Set<string>): void {
		for (const path of this.entries.keys()) {
			if (seen.has(path)) continue;
			this.entries.delete(path);
			this.changed = true;
		}
	}

	/** Write the cache if anything in it changed, atomically. */
	save(): void {
		if (!this.changed) return;
		const data: CacheFile = { version: VERSION, recordedAt: Date.now(), entries: Object.fromEntries(this.entries) };
		mkdirSync(dirname(this.file), { recursive: true });
		const tmp = `${this.file}.${process.pid}.tmp`;
		try {
			writeFileSync(tmp, JSON.stringify(data));
			renameSync(tmp, this.file);
		} catch {
			// A cache that cannot be written only costs the next import its reads.
			rmSync(tmp, { force: true });
		}
		this.changed = false;
	}
}
