/**
 * The vault interface over a folder on disk, for the CLI. A new note is made
 * with an exclusive create (it can never replace a file, and one that fails
 * half-way is removed); a change to a note that exists goes to a temporary
 * file in the same folder and is renamed into place, so no note is ever
 * half-written. A scan reads only the notes whose stat changed since the
 * last import (see scan-cache.ts).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { ScanCache } from './scan-cache';
import { dirname, join, relative, sep } from 'node:path';
import { applyPatchToText, isInside, normalizePath, scanText, type PropertyPatch, type ScannedNote, type Vault, type VaultScan } from '../core';

const SKIP_DIRS = new Set(['.obsidian', '.git', '.trash', 'node_modules']);
/** Our temporary files: `.syllabus-<pid>-<n>.tmp`, and nothing else. */
const TEMP_NAME = /^\.syllabus-(\d+)-\d+\.tmp$/;

/** True while a process with this id runs (its temporary files may still be in use). */
function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return (e as { code?: string }).code === 'EPERM';
	}
}

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
	private readonly cache: ScanCache;

	constructor(readonly root: string) {
		this.cache = new ScanCache(join(root, '.obsidian', 'plugins', 'syllabus', 'scan-cache.json'));
	}

	private abs(path: string): string {
		const p = normalizePath(path);
		if (!isInside(p)) throw new Error(`path ${path} leaves the vault`);
		return join(this.root, ...p.split('/'));
	}

	/** Every file below the root, skipping the folders that are not notes. */
	private walk(visit: (full: string, name: string) => void): void {
		const walk = (dir: string): void => {
			let entries;
			try {
				entries = readdirSync(dir, { withFileTypes: true });
			} catch {
				return;
			}
			for (const e of entries) {
				const full = join(dir, e.name);
				if (e.isDirectory()) {
					if (!SKIP_DIRS.has(e.name)) walk(full);
					continue;
				}
				if (e.isFile()) visit(full, e.name);
			}
		};
		if (existsSync(this.root)) walk(this.root);
	}

	scan(): Promise<VaultScan> {
		const files: string[] = [];
		const notes: ScannedNote[] = [];
		const seen = new Set<string>();
		this.walk((full) => {
			const path = relative(this.root, full).split(sep).join('/');
			files.push(path);
			if (!path.toLowerCase().endsWith('.md')) return;
			seen.add(path);
			const stat = statSync(full);
			let note = this.cache.lookup(path, stat)?.note;
			if (note === undefined) {
				note = scanText(path, readFileSync(full, 'utf8')) ?? null;
				this.reads++;
				this.cache.record(path, stat, note);
			}
			if (note) notes.push(note);
		});
		this.cache.keepOnly(seen);
		return Promise.resolve({ files, notes });
	}

	/** Keep what this run learnt for the next one. */
	finish(): Promise<void> {
		return attempt(() => this.cache.save());
	}

	/** Tell the cache what a note we just wrote is, so the next scan need not read it. */
	private learn(abs: string, content: string): void {
		const path = relative(this.root, abs).split(sep).join('/');
		// Only notes are scanned, so only notes are cached.
		if (path.toLowerCase().endsWith('.md')) this.cache.record(path, statSync(abs), scanText(path, content) ?? null);
	}

	removeStaleTemporaryFiles(dryRun: boolean): Promise<number> {
		const started = Date.now();
		let count = 0;
		return attempt(() => {
			this.walk((full, name) => {
				const m = TEMP_NAME.exec(name);
				if (!m) return;
				const pid = Number(m[1]);
				// Older than this run, and not a file another import is writing right now (a
				// process id seen again an hour later is another program's, not that import's).
				const age = started - statSync(full).mtimeMs;
				if (age <= 0 || (pid !== process.pid && isRunning(pid) && age < 3_600_000)) return;
				if (!dryRun) rmSync(full, { force: true });
				count++;
			});
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

	private writeAtomic(abs: string, content: string): void {
		this.ensureDir(abs);
		const dir = dirname(abs);
		const tmp = join(dir, `.syllabus-${process.pid}-${++this.tmpCounter}.tmp`);
		try {
			writeFileSync(tmp, content, 'utf8');
			renameSync(tmp, abs);
		} catch (e) {
			rmSync(tmp, { force: true });
			throw e;
		}
		this.writes++;
		this.learn(abs, content);
	}

	create(path: string, content: string): Promise<void> {
		return attempt(() => {
			const abs = this.abs(path);
			this.ensureDir(abs);
			// `wx` fails if the file exists, so nothing of anyone's is ever replaced.
			try {
				writeFileSync(abs, content, { encoding: 'utf8', flag: 'wx' });
			} catch (e) {
				if ((e as { code?: string }).code === 'EEXIST') throw new Error(`${path} already exists`);
				// A note that could not be written whole is not left behind half-made.
				rmSync(abs, { force: true });
				throw e;
			}
			this.writes++;
			this.learn(abs, content);
		});
	}

	process(path: string, change: (text: string) => string): Promise<void> {
		return attempt(() => {
			const abs = this.abs(path);
			const text = readFileSync(abs, 'utf8');
			const next = change(text);
			if (next !== text) this.writeAtomic(abs, next);
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
