/**
 * The CLI vault's temporary files: the names it writes a note under before
 * the note takes its own (in the note's folder, so a rename or a link stays on
 * one disk), linking a whole file into place, and which leftovers of a
 * stopped import the next one may remove.
 */
import { linkSync, writeFileSync } from 'node:fs';

/** Our temporary files: `.syllabus-<pid>-<n>.tmp`, and nothing else. */
export const TEMP_NAME = /^\.syllabus-(\d+)-\d+\.tmp$/;

/** True while a process with this id runs (its temporary files may still be in use). */
function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return (e as { code?: string }).code === 'EPERM';
	}
}

/** Codes of a file system that has no hard links (FAT, exFAT, some network shares). */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

/**
 * Give the whole temporary file the note's name; where the disk has no hard
 * links, make the note with an exclusive create and write it. A note cut off
 * there by a stopped process is empty, and the next import finishes it
 * (`VaultScan.empty`).
 */
export function linkOrCreate(tmp: string, abs: string, content: string): void {
	try {
		linkSync(tmp, abs);
	} catch (e) {
		if (!NO_LINKS.has((e as { code?: string }).code ?? '')) throw e;
		writeFileSync(abs, content, { encoding: 'utf8', flag: 'wx' });
	}
}

/** The `n`-th temporary name of this process. */
export function temporaryName(n: number): string {
	return `.syllabus-${process.pid}-${n}.tmp`;
}

/**
 * Whether a file is a temporary file of ours that a stopped import left: older
 * than this run (`started`), and not one another import is writing right now
 * (a process id seen again an hour later is another program's, not that import's).
 */
export function isStaleTemporary(name: string, mtimeMs: () => number, started: number): boolean {
	const m = TEMP_NAME.exec(name);
	if (!m) return false;
	const pid = Number(m[1]);
	const age = started - mtimeMs();
	return age > 0 && !(pid !== process.pid && isRunning(pid) && age < 3_600_000);
}
