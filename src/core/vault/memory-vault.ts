/**
 * A vault held in memory: the reference implementation of the vault interface,
 * used by tests and by anything that wants to plan without a disk. It counts
 * writes so tests can assert that a second import writes nothing.
 */
import { applyPatchToText, readProperties } from '../note/frontmatter';
import { normalizePath } from '../note/names';
import type { PropertyPatch, ScannedNote, Vault, VaultScan } from './types';
import { ID_KEY } from '../note/schema';

/** A front matter line that makes a note one a scan reports. */
const REPORTED_KEY = new RegExp(`^(?:${ID_KEY}|url)\\s*:`, 'm');

/** Notes that a scan reports: ours (`syllabus-id`), resources by `url`, and broken ones. */
export function scanText(path: string, text: string): ScannedNote | undefined {
	if (!path.toLowerCase().endsWith('.md') || !text.startsWith('---')) return undefined;
	const head = text.slice(0, 64 * 1024);
	if (!REPORTED_KEY.test(head)) {
		const parsed = readProperties(text);
		return 'error' in parsed ? { path, error: parsed.error, raw: parsed.raw } : undefined;
	}
	const parsed = readProperties(text);
	return 'error' in parsed ? { path, error: parsed.error, raw: parsed.raw } : { path, properties: parsed.properties };
}

/** An in-memory vault. */
export class MemoryVault implements Vault {
	readonly files = new Map<string, string>();
	private lower = new Set<string>();
	writes = 0;

	constructor(initial: Record<string, string> = {}) {
		for (const [p, t] of Object.entries(initial)) this.put(normalizePath(p), t);
	}

	private put(path: string, text: string): void {
		this.files.set(path, text);
		this.lower.add(path.toLowerCase());
	}

	scan(): Promise<VaultScan> {
		const notes: ScannedNote[] = [];
		const empty: string[] = [];
		for (const [path, text] of this.files) {
			const n = scanText(path, text);
			if (n) notes.push(n);
			else if (text === '' && path.toLowerCase().endsWith('.md')) empty.push(path);
		}
		return Promise.resolve({ files: [...this.files.keys()], notes, empty });
	}

	read(path: string): Promise<string | null> {
		return Promise.resolve(this.files.get(normalizePath(path)) ?? null);
	}

	create(path: string, content: string): Promise<void> {
		const p = normalizePath(path);
		if (this.lower.has(p.toLowerCase())) return Promise.reject(new Error(`${p} already exists`));
		this.put(p, content);
		this.writes++;
		return Promise.resolve();
	}

	process(path: string, change: (text: string) => string): Promise<void> {
		const p = normalizePath(path);
		const text = this.files.get(p);
		if (text === undefined) return Promise.reject(new Error(`${p} does not exist`));
		const next = change(text);
		if (next !== text) {
			this.files.set(p, next);
			this.writes++;
		}
		return Promise.resolve();
	}

	updateProperties(path: string, patch: PropertyPatch): Promise<void> {
		return this.process(path, (text) => {
			const next = applyPatchToText(text, patch);
			if (next === null) throw new Error(`${path} has front matter that is not valid YAML`);
			return next;
		});
	}

	/** Move a note, as a reader renaming it in Obsidian would. */
	rename(from: string, to: string): void {
		const text = this.files.get(normalizePath(from));
		if (text === undefined) throw new Error(`${from} does not exist`);
		this.files.delete(normalizePath(from));
		this.lower.delete(normalizePath(from).toLowerCase());
		this.put(normalizePath(to), text);
	}
}
