/**
 * What the last import learnt about each note, so the next one knows an
 * unchanged note from one `stat` and never reads it, as git's index does.
 * Kept in the vault's config folder. An entry is trusted only while the
 * note's size and modification time are exactly what was recorded, and not
 * when that time is too close to the recording to tell a later edit apart
 * (a "racy" entry, on file systems that keep whole seconds). A missing,
 * corrupt or other-version cache is never trusted: the notes are read.
 *
 * Only the properties the core reads from a scan are kept (`SCANNED_KEYS`),
 * packed as arrays rather than objects keyed by name, so the file a
 * re-import parses is small: one flat list of path, size, time and note.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ScannedNote } from '../core';
import { SCANNED_KEYS } from '../core/vault/types';

/** The cache's format, with the keys it keeps: any other value is rebuilt by reading. */
export const VERSION = `syllabus-scan-2 ${SCANNED_KEYS.join(',')}`;

/**
 * A note as stored: 0 when it is not a note Syllabus reads; `[error, raw]`
 * for broken front matter; else `[mask, ...values]`, where bit i of the mask
 * says `SCANNED_KEYS[i]` is present and the values follow in key order (a
 * mask keeps an absent key apart from a present `null`).
 */
type Packed = 0 | [string, string] | [number, ...unknown[]];

interface Entry {
	size: number;
	mtimeMs: number;
	packed: Packed;
}

/** An entry as loaded: where its path, size, time and note start in the file's flat list (read in place), or one recorded since. */
type Slot = number | Entry;

/** A note's stat as the cache compares it. */
export interface FileStat {
	size: number;
	mtimeMs: number;
}

/** What of a scanned note the cache keeps, and what a scan reports: its path, broken state, and the scanned keys. */
export function pack(note: ScannedNote | null): Packed {
	if (!note) return 0;
	if ('error' in note) return [note.error, note.raw];
	let mask = 0;
	const values: unknown[] = [];
	SCANNED_KEYS.forEach((k, i) => {
		const v = note.properties[k];
		if (v === undefined) return;
		mask |= 1 << i;
		values.push(v);
	});
	return [mask, ...values];
}

/** The note a packed entry stands for, or undefined if the entry is not well formed. */
export function unpack(path: string, p: unknown): ScannedNote | null | undefined {
	if (p === 0) return null;
	if (!Array.isArray(p)) return undefined;
	if (typeof p[0] === 'string') return p.length === 2 && typeof p[1] === 'string' ? { path, error: p[0], raw: p[1] } : undefined;
	const mask = p[0] as unknown;
	if (typeof mask !== 'number' || !Number.isInteger(mask) || mask < 0 || mask >= 2 ** SCANNED_KEYS.length) return undefined;
	const properties: Record<string, unknown> = {};
	let at = 1;
	for (let i = 0; i < SCANNED_KEYS.length; i++) if (mask & (1 << i)) properties[SCANNED_KEYS[i]!] = p[at++];
	return at === p.length ? { path, properties } : undefined;
}

/** The scanned note with only the properties a scan reports. */
export function trimmed(note: ScannedNote | null): ScannedNote | null {
	return note && 'properties' in note ? (unpack(note.path, pack(note)) ?? null) : note;
}

/** A whole-second time too close to the recording to tell an edit in that second apart. */
export function racy(mtimeMs: number, recordedAt: number): boolean {
	return mtimeMs % 1000 === 0 && recordedAt - mtimeMs < 2000;
}

/** The cache of one vault. */
export class ScanCache {
	/** Entries by path: loaded ones stay in `flat` (no object per note is made to load 10k of them), recorded ones are objects. */
	private entries = new Map<string, Slot>();
	private flat: unknown[] = [];
	private recordedAt = 0;
	private changed = false;

	constructor(private readonly file: string) {
		try {
			const data = JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown; recordedAt?: unknown; entries?: unknown };
			const flat = data.entries;
			if (data.version !== VERSION || typeof data.recordedAt !== 'number' || !Array.isArray(flat) || flat.length % 4) {
				this.changed = true;
				return;
			}
			this.recordedAt = data.recordedAt;
			this.flat = flat;
			for (let i = 0; i < flat.length; i += 4) {
				const path: unknown = flat[i];
				const packed: unknown = flat[i + 3];
				// An entry not in the expected shape is dropped: that note is read again.
				if (typeof path === 'string' && typeof flat[i + 1] === 'number' && typeof flat[i + 2] === 'number' && (packed === 0 || Array.isArray(packed))) {
					this.entries.set(path, i);
				} else this.changed = true;
			}
		} catch {
			// No cache yet, or one we cannot read: every note is read, and a new cache written.
			this.changed = true;
		}
	}

	/** The entry recorded for a path. */
	private entry(path: string): Entry | undefined {
		const slot = this.entries.get(path);
		if (typeof slot !== 'number') return slot;
		const f = this.flat;
		return { size: f[slot + 1] as number, mtimeMs: f[slot + 2] as number, packed: f[slot + 3] as Packed };
	}

	/** The recorded scan of a note (null: not one Syllabus reads), if its stat says it has not changed since; else undefined. */
	lookup(path: string, stat: FileStat): ScannedNote | null | undefined {
		const slot = this.entries.get(path);
		if (slot === undefined) return undefined;
		// A loaded entry is compared where it lies in the file's list.
		const f = this.flat;
		const size = typeof slot === 'number' ? f[slot + 1] : slot.size;
		const mtimeMs = typeof slot === 'number' ? f[slot + 2] : slot.mtimeMs;
		if (size !== stat.size || mtimeMs !== stat.mtimeMs) return undefined;
		// Whole-second times cannot tell an edit made in the same second as the recording.
		if (racy(stat.mtimeMs, this.recordedAt)) return undefined;
		return unpack(path, typeof slot === 'number' ? f[slot + 3] : slot.packed);
	}

	/** Record what a note is now. */
	record(path: string, stat: FileStat, note: ScannedNote | null): void {
		const packed = pack(note);
		const e = this.entry(path);
		const same = e && e.size === stat.size && e.mtimeMs === stat.mtimeMs && JSON.stringify(e.packed) === JSON.stringify(packed);
		// A racy entry checked again is saved again, so its recording moves past its time.
		if (same && !racy(stat.mtimeMs, this.recordedAt)) return;
		this.entries.set(path, { size: stat.size, mtimeMs: stat.mtimeMs, packed });
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
		const flat: unknown[] = [];
		for (const path of this.entries.keys()) {
			const e = this.entry(path)!;
			flat.push(path, e.size, e.mtimeMs, e.packed);
		}
		mkdirSync(dirname(this.file), { recursive: true });
		const tmp = `${this.file}.${process.pid}.tmp`;
		try {
			writeFileSync(tmp, JSON.stringify({ version: VERSION, recordedAt: Date.now(), entries: flat }));
			renameSync(tmp, this.file);
		} catch {
			// A cache that cannot be written only costs the next import its reads.
			rmSync(tmp, { force: true });
		}
		this.changed = false;
	}
}
