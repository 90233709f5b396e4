/**
 * Receipts of imports that found nothing to write (the core's
 * `ImportReceipts`), for the CLI's vault: the same lists imported again with
 * the same options into a vault whose every note has the size and time it had
 * then are answered from the receipt, with one `stat` per note and no scan or
 * plan, as `make` and git's index answer "nothing changed". Kept beside the
 * scan cache. A receipt is trusted only for exactly the same vault state,
 * never when a note's whole-second time was too close to the recording to
 * tell a later edit apart, and never from a missing, corrupt or other-version
 * file. An import that writes anything keeps no receipt: its next run plans.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { dirname } from 'node:path';
import type { KeepLinks, ListSource, PlanFindings } from '../core';
import { racy } from './scan-cache';

/** The file's format: any other is not read. */
export const RECEIPTS_VERSION = 'syllabus-receipts-1';
/** A vault into which a few lists are imported in turn keeps a receipt for each. */
const KEEP = 8;

/** One import that had nothing to write. */
interface Receipt {
	/** sha-256 of the import's key (its lists and options). */
	key: string;
	/** The vault as that import's scan found it (`VaultState.key`). */
	state: string;
	findings: PlanFindings;
}

/** A vault's files as one key: each file's path, and each read file's size and time. */
export interface VaultState {
	key: string;
	/** A whole-second time too close to the state's reading to tell an edit in that second apart: the state cannot vouch for the vault. */
	racy: boolean;
}

/** Files whose text an import reads (notes, and the base it may upgrade); of the rest only the path matters to it. */
const READ_FILE = /\.(md|base)$/i;

/**
 * A vault's files as one key: every file's path, and the size and time of
 * each file an import reads. One `stat` per note, no reads; the stats are
 * returned for the scan that follows.
 */
export function readState(listing: readonly { full: string; path: string }[]): { state: VaultState; stats: Map<string, Stats> } {
	const at = Date.now();
	const stats = new Map<string, Stats>();
	const paths: string[] = [];
	// Each file's size and time as numbers (-1 for a file only named), hashed as bytes: writing 20k numbers as text cost more than the stats.
	const numbers = new Float64Array(listing.length * 2).fill(-1);
	let unsure = false;
	listing.forEach(({ full, path }, i) => {
		paths.push(path);
		const stat = READ_FILE.test(path) ? statSync(full, { throwIfNoEntry: false }) : undefined;
		if (!stat) return;
		stats.set(full, stat);
		numbers[2 * i] = stat.size;
		numbers[2 * i + 1] = stat.mtimeMs;
		if (racy(stat.mtimeMs, at)) unsure = true;
	});
	const key = createHash('sha256').update(paths.join('\0')).update(new Uint8Array(numbers.buffer)).digest('hex');
	return { state: { key, racy: unsure }, stats };
}

function sha256(text: string): string {
	return createHash('sha256').update(text).digest('hex');
}

/** The running script's key, once per script a run. */
const codeKeys = new Map<string, string | undefined>();

/**
 * A key for the code that is running (the CLI's bundle, hashed once a run):
 * a receipt from another build of Syllabus is never trusted, since that build
 * may parse or plan differently. Undefined when the script cannot be read.
 */
function runningCode(): string | undefined {
	const script = process.argv[1] ?? '';
	if (!codeKeys.has(script)) {
		try {
			codeKeys.set(script, sha256(readFileSync(script, 'latin1')));
		} catch {
			codeKeys.set(script, undefined);
		}
	}
	return codeKeys.get(script);
}

/**
 * The catalog key of these lists read with these options (`buildCatalog`'s:
 * which left-out links to keep) for this build (`ReceiptOptions.catalogKey`),
 * or undefined when the build cannot be told.
 */
export function catalogKey(sources: ListSource[], options: { keep?: KeepLinks } = {}): string | undefined {
	const code = runningCode();
	if (!code) return undefined;
	const hash = createHash('sha256').update(code);
	const { keep } = options;
	hash.update(`\0keep:${keep === 'all' ? 'all' : JSON.stringify([...(keep ?? [])].sort())}`);
	// A list is known by its key (its real path) as well as its name: `list.md` typed in two folders is two lists.
	for (const s of sources) hash.update(`\0${s.file}\0${s.key ?? ''}\0${s.title ?? ''}\0${s.base ?? ''}\0${s.text.length}\0`).update(s.text);
	return hash.digest('hex');
}

function wellFormed(r: unknown): r is Receipt {
	if (!r || typeof r !== 'object') return false;
	const { key, state, findings } = r as Partial<Receipt>;
	if (typeof key !== 'string' || typeof state !== 'string' || !findings || typeof findings !== 'object') return false;
	return ['skipped', 'missing', 'listChanges', 'existing'].every((k) => Array.isArray((findings as unknown as Record<string, unknown>)[k]));
}

/** The receipts of one vault. */
export class ReceiptBook {
	private receipts: Receipt[] | undefined;
	private changed = false;

	constructor(private readonly file: string) {}

	private all(): Receipt[] {
		if (this.receipts) return this.receipts;
		try {
			const data = JSON.parse(readFileSync(this.file, 'utf8')) as { version?: unknown; receipts?: unknown };
			this.receipts = data.version === RECEIPTS_VERSION && Array.isArray(data.receipts) ? data.receipts.filter(wellFormed) : [];
		} catch {
			// No receipts yet, or a file we cannot read: the import plans.
			this.receipts = [];
		}
		return this.receipts;
	}

	/** What the import with this key found, if its receipt is for this very state. */
	find(key: string, state: VaultState): PlanFindings | undefined {
		const hashed = sha256(key);
		return this.all().find((r) => r.key === hashed && r.state === state.key)?.findings;
	}

	/** Keep a receipt for this key and state, replacing the key's older one. */
	add(key: string, state: VaultState, findings: PlanFindings): void {
		if (state.racy) return;
		const hashed = sha256(key);
		this.receipts = [{ key: hashed, state: state.key, findings }, ...this.all().filter((r) => r.key !== hashed)].slice(0, KEEP);
		this.changed = true;
	}

	/** Write the receipts if they changed, atomically; one that cannot be written only costs the next import its plan. */
	save(): void {
		if (!this.changed) return;
		mkdirSync(dirname(this.file), { recursive: true });
		const tmp = `${this.file}.${process.pid}.tmp`;
		try {
			writeFileSync(tmp, JSON.stringify({ version: RECEIPTS_VERSION, receipts: this.receipts }));
			renameSync(tmp, this.file);
		} catch {
			rmSync(tmp, { force: true });
		}
		this.changed = false;
	}
}
