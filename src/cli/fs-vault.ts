/**
 * The vault interface over a folder on disk, for the CLI. Writes go to a
 * temporary file in the same folder and are renamed into place, so a note is
 * never half-written; `create` refuses to replace an existing file.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

	constructor(readonly root: string) {}

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
		this.walk((full) => {
			const path = relative(this.root, full).split(sep).join('/');
			files.push(path);
			if (!path.toLowerCase().endsWith('.md')) return;
			const note = scanText(path, readFileSync(full, 'utf8'));
			if (note) notes.push(note);
		});
		return Promise.resolve({ files, notes });
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

	private writeAtomic(abs: string, content: string): void {
		const dir = dirname(abs);
		// One mkdir per folder, not per note: 10k notes share four folders.
		if (!this.madeDirs.has(dir)) {
			mkdirSync(dir, { recursive: true });
			this.madeDirs.add(dir);
		}
		const tmp = join(dir, `.syllabus-${process.pid}-${++this.tmpCounter}.tmp`);
		try {
			writeFileSync(tmp, content, 'utf8');
			renameSync(tmp, abs);
		} catch (e) {
			rmSync(tmp, { force: true });
			throw e;
		}
		this.writes++;
	}

	create(path: string, content: string): Promise<void> {
		return attempt(() => {
			const abs = this.abs(path);
			if (existsSync(abs)) throw new Error(`${path} already exists`);
			this.writeAtomic(abs, content);
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
